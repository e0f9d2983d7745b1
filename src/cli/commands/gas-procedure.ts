// Placeholder until a helper builds these subcommands (issue 18); replaced entirely.
export async function gasHoldersCommand(_args: string[]): Promise<void> {
  throw new Error('not built yet');
}
export async function gasLettersCommand(_args: string[]): Promise<void> {
  throw new Error('not built yet');
}
export async function gasPaymentsCommand(_args: string[]): Promise<void> {
  throw new Error('not built yet');
}

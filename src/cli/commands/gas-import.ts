// Placeholder until a helper builds this subcommand (issue 18); replaced entirely.
export async function gasImportCommand(_args: string[]): Promise<void> {
  throw new Error('not built yet');
}

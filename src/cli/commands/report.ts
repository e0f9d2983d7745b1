import { CliError } from '../cli-error.js';

const kinds = ['plan', 'evaluation', 'activity', 'guards', 'finance'] as const;

/** `svpp report KIND …`: the kinds that are not built yet say so and exit non-zero. */
export async function reportCommand(args: string[]): Promise<void> {
  const kind = args[0];
  if (!kind || !(kinds as readonly string[]).includes(kind)) throw new CliError(`usage: svpp report ${kinds.join('|')} --municipality M --year Y --format docx|pdf|xlsx --out FILE [--lang nl|fr|en]`, 2);
  throw new CliError(`report ${kind} is not built yet`, 4);
}

import { CliError } from '../cli-error.js';

/**
 * `svpp gas …`: enforcement at volume (issue 18). Each subcommand lives in its own module, loaded when asked:
 * gas-articles.ts (the catalogue), gas-import.ts (findings), gas-procedure.ts (holders, letters, decisions,
 * payments), gas-association.ts (agreements).
 */
const subcommands: Record<string, { usage: string; load: () => Promise<(args: string[]) => Promise<void>> }> = {
  articles: {
    usage: 'gas articles --municipality M [--format json|text] [--on YYYY-MM-DD]',
    load: () => import('./gas-articles.js').then((m) => m.gasArticlesCommand),
  },
  import: {
    usage: 'gas import FILE --municipality M [--dry-run] [--format json|text]',
    load: () => import('./gas-import.js').then((m) => m.gasImportCommand),
  },
  holders: {
    usage: 'gas holders FILE --municipality M [--dry-run] [--format json|text]',
    load: () => import('./gas-procedure.js').then((m) => m.gasHoldersCommand),
  },
  letters: {
    usage: 'gas letters --municipality M --kind notification|reminder --out DIR [--format json|text]',
    load: () => import('./gas-procedure.js').then((m) => m.gasLettersCommand),
  },
  payments: {
    usage: 'gas payments FILE.xml --municipality M [--dry-run] [--format json|text]',
    load: () => import('./gas-procedure.js').then((m) => m.gasPaymentsCommand),
  },
  association: {
    usage: 'gas association --municipality M [--off] [--format json|text]',
    load: () => import('./gas-association.js').then((m) => m.gasAssociationCommand),
  },
};

export const gasUsage = Object.values(subcommands)
  .map((s) => `  ${s.usage}`)
  .join('\n');

export async function gasCommand(args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  const subcommand = sub ? subcommands[sub] : undefined;
  if (!subcommand) throw new CliError(`usage:\n${gasUsage}`, 2);
  await (
    await subcommand.load()
  )(rest);
}

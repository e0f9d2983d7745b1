import { writeFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isLocale, locales, type Locale } from '../shared/i18n/locale.js';
import { CliError } from './cli-error.js';

/** The string options of a subcommand, parsed strictly (no positionals); a parse error prints the usage (exit 2). */
export function parseOptions<const N extends string>(
  args: string[],
  names: readonly N[],
  usage: string,
): Partial<Record<N, string>> {
  const options: NonNullable<ParseArgsConfig['options']> = Object.fromEntries(
    names.map((name) => [name, { type: 'string' }]),
  );
  try {
    return parseArgs({ args, allowPositionals: false, options }).values as Partial<Record<N, string>>;
  } catch (error) {
    throw new CliError(`${error instanceof Error ? error.message : String(error)}\n${usage}`, 2);
  }
}

/** Exit 2 naming every required option that is missing: `barometer export needs --from, --to`. */
export function requireOptions<N extends string>(
  values: Partial<Record<N, string>>,
  names: readonly N[],
  command: string,
  usage: string,
): void {
  const missing = names.filter((name) => !values[name]);
  if (missing.length > 0) {
    throw new CliError(`${command} needs ${missing.map((name) => `--${name}`).join(', ')}\n${usage}`, 2);
  }
}

/** `--format`, lower-cased, one of the formats the command writes. */
export function formatOption<F extends string>(value: string | undefined, formats: readonly F[]): F {
  const format = (value ?? '').toLowerCase();
  if (!(formats as readonly string[]).includes(format)) {
    throw new CliError(`--format must be one of ${formats.join(', ')} (got "${value}")`, 2);
  }
  return format as F;
}

/** `--lang`, nl when not given. */
export function langOption(value: string | undefined): Locale {
  return optionalLangOption(value) ?? 'nl';
}

/** `--lang`, undefined when not given (the command then picks the language, e.g. the plan's). */
export function optionalLangOption(value: string | undefined): Locale | undefined {
  if (value !== undefined && !isLocale(value)) {
    throw new CliError(`--lang must be one of ${locales.join(', ')} (got "${value}")`, 2);
  }
  return value;
}

/** `--year`, a whole year from 2000 to 2100. */
export function yearOption(value: string | undefined): number {
  const year = Number(value);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw new CliError(`--year must be a year between 2000 and 2100 (got "${value}")`, 2);
  }
  return year;
}

/** Writes the command's file; a failing write says which file and why (exit 1). */
export function writeOutFile(out: string, data: string | Uint8Array): void {
  try {
    writeFileSync(out, data);
  } catch (error) {
    throw new CliError(`cannot write ${out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

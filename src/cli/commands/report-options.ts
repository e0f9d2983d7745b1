import type { Locale } from '../../shared/i18n/locale.js';
import { reportFormats, type ReportFormat } from '../../shared/reports/report-document.js';
import { formatOption, optionalLangOption, parseOptions, requireOptions, yearOption } from '../command-args.js';

/** What every `svpp report` kind reads from its options. */
export interface ReportOptions {
  slug: string;
  /** 0 for a kind without a year (gas-workflow). */
  year: number;
  format: ReportFormat;
  /** Undefined: the report's own default (the plan's language, or nl). */
  lang: Locale | undefined;
  out: string;
}

/**
 * `--municipality M [--year Y] --format F --out FILE [--lang L]` of a report command, checked (exit 2 with the usage
 * on a missing or wrong option).
 */
export function reportOptions(args: string[], command: string, usage: string, withYear = true): ReportOptions {
  const values = parseOptions(args, ['municipality', 'year', 'format', 'out', 'lang'], usage);
  requireOptions(
    values,
    withYear ? ['municipality', 'year', 'format', 'out'] : ['municipality', 'format', 'out'],
    command,
    usage,
  );
  return {
    slug: values.municipality ?? '',
    year: withYear ? yearOption(values.year) : 0,
    format: formatOption(values.format, reportFormats),
    lang: optionalLangOption(values.lang),
    out: values.out ?? '',
  };
}

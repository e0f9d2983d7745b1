import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isLocale, locales } from '../../shared/i18n/locale.js';
import { reportFormats, type ReportFormat } from '../../shared/reports/report-document.js';
import { systemClock } from '../../server/adapters/clock.js';
import { GasReportService } from '../../server/features/enforcement/gas-report.service.js';
import { MunicipalityRepository } from '../../server/features/municipalities/municipality.repository.js';
import { CliError } from '../cli-error.js';
import { withDatabase } from '../runtime.js';

const usages = {
  gas: `usage: svpp report gas --municipality M --year Y --format ${reportFormats.join('|')} --out FILE [--lang ${locales.join('|')}]`,
  'gas-workflow': `usage: svpp report gas-workflow --municipality M --format ${reportFormats.join('|')} --out FILE [--lang ${locales.join('|')}]`,
};

/**
 * `svpp report gas …`: the GASAM yearly report of a municipality (or of an association: per member and as a whole),
 * with the evolution against the two years before; `svpp report gas-workflow …`: the description of the digital
 * workflow generated from the procedure and the municipality's catalogue.
 */
export async function reportGasCommand(kind: 'gas' | 'gas-workflow', args: string[]): Promise<void> {
  const usage = usages[kind];
  let values: { municipality?: string; year?: string; format?: string; out?: string; lang?: string };
  try {
    values = parseArgs({
      args,
      allowPositionals: false,
      options: {
        municipality: { type: 'string' },
        year: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        lang: { type: 'string' },
      },
    }).values;
  } catch (error) {
    throw new CliError(`${error instanceof Error ? error.message : String(error)}\n${usage}`, 2);
  }
  const needed =
    kind === 'gas'
      ? (['municipality', 'year', 'format', 'out'] as const)
      : (['municipality', 'format', 'out'] as const);
  const missing = needed.filter((name) => !values[name]);
  if (missing.length > 0) {
    throw new CliError(`report ${kind} needs ${missing.map((n) => `--${n}`).join(', ')}\n${usage}`, 2);
  }
  const year = Number(values.year ?? 0);
  if (kind === 'gas' && (!Number.isInteger(year) || year < 2000 || year > 2100)) {
    throw new CliError(`--year must be a year between 2000 and 2100 (got "${values.year}")`, 2);
  }
  const format = (values.format ?? '').toLowerCase();
  if (!(reportFormats as readonly string[]).includes(format)) {
    throw new CliError(`--format must be one of ${reportFormats.join(', ')} (got "${values.format}")`, 2);
  }
  const lang = values.lang;
  if (lang !== undefined && !isLocale(lang)) {
    throw new CliError(`--lang must be one of ${locales.join(', ')} (got "${lang}")`, 2);
  }
  const slug = values.municipality ?? '';
  const out = values.out ?? '';
  await withDatabase(async (db) => {
    const municipality = await new MunicipalityRepository(db.kysely).findBySlug(slug);
    if (!municipality) throw new CliError(`municipality "${slug}" does not exist`);
    const reports = new GasReportService({ db, clock: systemClock });
    const started = performance.now();
    const file =
      kind === 'gas'
        ? await reports.yearly(municipality.id, { year, format: format as ReportFormat, locale: lang })
        : await reports.workflow(municipality.id, { format: format as ReportFormat, locale: lang });
    try {
      writeFileSync(out, file.data);
    } catch (error) {
      throw new CliError(`cannot write ${out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    process.stdout.write(
      `wrote ${out}: ${kind} report of ${slug}${kind === 'gas' ? ` ${year}` : ''} (${format}, ${lang ?? 'nl'}, ${file.data.length} bytes, ${Math.round(performance.now() - started)} ms)\n`,
    );
  });
}

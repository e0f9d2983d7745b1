import { locales } from '../../shared/i18n/locale.js';
import { reportFormats } from '../../shared/reports/report-document.js';
import { systemClock } from '../../server/adapters/clock.js';
import { GasReportService } from '../../server/features/enforcement/gas-report.service.js';
import { MunicipalityRepository } from '../../server/features/municipalities/municipality.repository.js';
import { CliError } from '../cli-error.js';
import { writeOutFile } from '../command-args.js';
import { reportOptions } from './report-options.js';
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
  const { slug, year, format, lang, out } = reportOptions(args, `report ${kind}`, usage, kind === 'gas');
  await withDatabase(async (db) => {
    const municipality = await new MunicipalityRepository(db.kysely).findBySlug(slug);
    if (!municipality) throw new CliError(`municipality "${slug}" does not exist`);
    const reports = new GasReportService({ db, clock: systemClock });
    const started = performance.now();
    const file =
      kind === 'gas'
        ? await reports.yearly(municipality.id, { year, format, locale: lang })
        : await reports.workflow(municipality.id, { format, locale: lang });
    writeOutFile(out, file.data);
    process.stdout.write(
      `wrote ${out}: ${kind} report of ${slug}${kind === 'gas' ? ` ${year}` : ''} (${format}, ${lang ?? 'nl'}, ${file.data.length} bytes, ${Math.round(performance.now() - started)} ms)\n`,
    );
  });
}

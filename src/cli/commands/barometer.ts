import { locales } from '../../shared/i18n/locale.js';
import { isCalendarDay } from '../../shared/barometer/periods.js';
import { buildBarometerExport, type BarometerExportFormat } from '../../server/features/barometer/barometer-export.js';
import { BarometerRepository } from '../../server/features/barometer/barometer.repository.js';
import { BarometerService } from '../../server/features/barometer/barometer.service.js';
import { CliError } from '../cli-error.js';
import { formatOption, langOption, parseOptions, requireOptions, writeOutFile } from '../command-args.js';
import { withDatabase } from '../runtime.js';

const formats = ['csv', 'xlsx', 'geojson'] as const;
const usage = `usage: svpp barometer export --municipality M --from YYYY-MM-DD --to YYYY-MM-DD --format ${formats.join('|')} --out FILE [--by month] [--lang ${locales.join('|')}]`;

/** `svpp barometer export …`: counts per wijk × category (× month) as a file; counts from 1 to 4 read "<5". */
export async function barometerCommand(args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  if (sub !== 'export') throw new CliError(usage, 2);
  const values = parseOptions(rest, ['municipality', 'from', 'to', 'format', 'out', 'by', 'lang'], usage);
  requireOptions(values, ['municipality', 'from', 'to', 'format', 'out'], 'barometer export', usage);
  const from = values.from ?? '';
  const to = values.to ?? '';
  for (const [name, day] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!isCalendarDay(day)) throw new CliError(`--${name} must be a day YYYY-MM-DD (got "${day}")`, 2);
  }
  if (from > to) throw new CliError(`--from (${from}) comes after --to (${to})`, 2);
  const format: BarometerExportFormat = formatOption(values.format, formats);
  if (values.by !== undefined && values.by !== 'month') {
    throw new CliError(`--by must be "month" (got "${values.by}")`, 2);
  }
  const lang = langOption(values.lang);
  const slug = values.municipality ?? '';
  const out = values.out ?? '';

  await withDatabase(async (db) => {
    const repository = new BarometerRepository(db.kysely);
    const municipality = await repository.municipalityBySlug(slug);
    if (!municipality) throw new CliError(`municipality "${slug}" does not exist`);
    const started = performance.now();
    const file = await buildBarometerExport(new BarometerService({ db }), {
      municipalityId: municipality.id,
      from,
      to,
      format,
      byMonth: values.by === 'month',
      locale: lang,
    });
    writeOutFile(out, file.data);
    process.stdout.write(
      `wrote ${out}: barometer of ${slug} ${from} – ${to}${values.by ? ' by month' : ''} (${format}, ${file.data.length} bytes, ${Math.round(performance.now() - started)} ms)\n`,
    );
  });
}

import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isLocale, locales } from '../../shared/i18n/locale.js';
import { isCalendarDay } from '../../shared/barometer/periods.js';
import { buildBarometerExport, type BarometerExportFormat } from '../../server/features/barometer/barometer-export.js';
import { BarometerRepository } from '../../server/features/barometer/barometer.repository.js';
import { BarometerService } from '../../server/features/barometer/barometer.service.js';
import { CliError } from '../cli-error.js';
import { withDatabase } from '../runtime.js';

const formats = ['csv', 'xlsx', 'geojson'] as const;
const usage = `usage: svpp barometer export --municipality M --from YYYY-MM-DD --to YYYY-MM-DD --format ${formats.join('|')} --out FILE [--by month] [--lang ${locales.join('|')}]`;

/** `svpp barometer export …`: counts per wijk × category (× month) as a file; counts from 1 to 4 read "<5". */
export async function barometerCommand(args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  if (sub !== 'export') throw new CliError(usage, 2);
  let values: ReturnType<typeof parse>['values'];
  try {
    ({ values } = parse(rest));
  } catch (error) {
    throw new CliError(`${error instanceof Error ? error.message : String(error)}\n${usage}`, 2);
  }
  const missing = (['municipality', 'from', 'to', 'format', 'out'] as const).filter((name) => !values[name]);
  if (missing.length > 0) {
    throw new CliError(`barometer export needs ${missing.map((name) => `--${name}`).join(', ')}\n${usage}`, 2);
  }
  const from = values.from ?? '';
  const to = values.to ?? '';
  for (const [name, day] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!isCalendarDay(day)) throw new CliError(`--${name} must be a day YYYY-MM-DD (got "${day}")`, 2);
  }
  if (from > to) throw new CliError(`--from (${from}) comes after --to (${to})`, 2);
  const format = (values.format ?? '').toLowerCase();
  if (!(formats as readonly string[]).includes(format)) {
    throw new CliError(`--format must be one of ${formats.join(', ')} (got "${values.format}")`, 2);
  }
  if (values.by !== undefined && values.by !== 'month') {
    throw new CliError(`--by must be "month" (got "${values.by}")`, 2);
  }
  const lang = values.lang ?? 'nl';
  if (!isLocale(lang)) throw new CliError(`--lang must be one of ${locales.join(', ')} (got "${lang}")`, 2);
  const slug = values.municipality ?? '';
  const out = values.out ?? '';

  await withDatabase(async (db) => {
    const repository = new BarometerRepository(db.kysely);
    const municipality = await repository.municipalityBySlug(slug);
    if (!municipality) throw new CliError(`municipality "${slug}" does not exist`);
    const started = performance.now();
    const file = await buildBarometerExport(new BarometerService({ db }), repository, {
      municipalityId: municipality.id,
      from,
      to,
      format: format as BarometerExportFormat,
      byMonth: values.by === 'month',
      locale: lang,
    });
    try {
      writeFileSync(out, file.data);
    } catch (error) {
      throw new CliError(`cannot write ${out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    process.stdout.write(
      `wrote ${out}: barometer of ${slug} ${from} – ${to}${values.by ? ' by month' : ''} (${format}, ${file.data.length} bytes, ${Math.round(performance.now() - started)} ms)\n`,
    );
  });
}

function parse(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: false,
    options: {
      municipality: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      by: { type: 'string' },
      lang: { type: 'string' },
    },
  });
}

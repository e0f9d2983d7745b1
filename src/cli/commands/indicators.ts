import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { indicatorTableFormats, type IndicatorTableFormat } from '../../shared/api/indicator-table.schema.js';
import { isLocale, locales } from '../../shared/i18n/locale.js';
import { type Clock, systemClock } from '../../server/adapters/clock.js';
import type { Db } from '../../server/db/database.js';
import { IndicatorTableService } from '../../server/features/indicators/indicator-table.service.js';
import { IndicatorService } from '../../server/features/indicators/indicators.service.js';
import { MunicipalityRepository } from '../../server/features/municipalities/municipality.repository.js';
import { PlanService } from '../../server/features/plan/plan.service.js';
import { AppError } from '../../server/http/app-error.js';
import { CliError } from '../cli-error.js';
import { withDatabase } from '../runtime.js';

const usage = `usage: svpp indicators list --municipality M --year Y --format ${indicatorTableFormats.join('|')} [--lang ${locales.join('|')}] [--out FILE]
  json and csv go to stdout without --out; xlsx needs --out (binary never goes to a terminal)`;

/** What the command reads and writes: the configured database and stdout, or a test's own. */
export interface IndicatorsCommandIo {
  withDatabase?: <T>(run: (db: Db) => Promise<T>) => Promise<T>;
  stdout?: (chunk: string | Buffer) => void;
  clock?: Clock;
}

/**
 * `svpp indicators list …`: the indicator table of a municipality's current plan version (one row per indicator in
 * plan order: numbers, text, target and computation in words, value, status, sources, flags) as JSON, CSV or XLSX.
 */
export async function indicatorsCommand(args: string[], io: IndicatorsCommandIo = {}): Promise<void> {
  const [sub, ...rest] = args;
  if (sub !== 'list') throw new CliError(usage, 2);
  let values: ReturnType<typeof parse>['values'];
  try {
    ({ values } = parse(rest));
  } catch (error) {
    throw new CliError(`${error instanceof Error ? error.message : String(error)}\n${usage}`, 2);
  }
  const missing = (['municipality', 'year', 'format'] as const).filter((name) => !values[name]);
  if (missing.length > 0) {
    throw new CliError(`indicators list needs ${missing.map((name) => `--${name}`).join(', ')}\n${usage}`, 2);
  }
  const year = Number(values.year);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw new CliError(`--year must be a year between 2000 and 2100 (got "${values.year}")`, 2);
  }
  const format = (values.format ?? '').toLowerCase();
  if (!(indicatorTableFormats as readonly string[]).includes(format)) {
    throw new CliError(`--format must be one of ${indicatorTableFormats.join(', ')} (got "${values.format}")`, 2);
  }
  const lang = values.lang ?? 'nl';
  if (!isLocale(lang)) throw new CliError(`--lang must be one of ${locales.join(', ')} (got "${lang}")`, 2);
  const out = values.out;
  if (format === 'xlsx' && !out) throw new CliError(`--format xlsx needs --out FILE\n${usage}`, 2);
  const slug = values.municipality ?? '';
  const write = io.stdout ?? ((chunk: string | Buffer) => void process.stdout.write(chunk));
  const clock = io.clock ?? systemClock;
  const open = io.withDatabase ?? (<T>(run: (db: Db) => Promise<T>) => withDatabase((db) => run(db)));

  await open(async (db) => {
    const municipality = await new MunicipalityRepository(db.kysely).findBySlug(slug);
    if (!municipality) throw new CliError(`municipality "${slug}" does not exist`);
    const plans = new PlanService({ db, clock });
    const tables = new IndicatorTableService({ db, clock, indicators: new IndicatorService({ db, clock, plans }) });
    let file;
    try {
      file = await tables.file(
        { userId: '', role: 'viewer', municipalityId: municipality.id },
        { year, lang, format: format as IndicatorTableFormat },
      );
    } catch (error) {
      if (error instanceof AppError && error.code === 'PLAN_NONE') {
        throw new CliError(`municipality "${slug}" has no plan yet`);
      }
      throw error;
    }
    if (!out) {
      write(file.data);
      return;
    }
    try {
      writeFileSync(out, file.data);
    } catch (error) {
      throw new CliError(`cannot write ${out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    write(`wrote ${out}: indicators of ${slug} ${year} (${format}, ${lang}, ${file.data.length} bytes)\n`);
  });
}

function parse(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: false,
    options: {
      municipality: { type: 'string' },
      year: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      lang: { type: 'string' },
    },
  });
}

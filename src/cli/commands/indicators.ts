import { indicatorTableFormats, type IndicatorTableFormat } from '../../shared/api/indicator-table.schema.js';
import { locales } from '../../shared/i18n/locale.js';
import { type Clock, systemClock } from '../../server/adapters/clock.js';
import type { Db } from '../../server/db/database.js';
import { IndicatorTableService } from '../../server/features/indicators/indicator-table.service.js';
import { IndicatorService } from '../../server/features/indicators/indicators.service.js';
import { MunicipalityRepository } from '../../server/features/municipalities/municipality.repository.js';
import { PlanService } from '../../server/features/plan/plan.service.js';
import { AppError } from '../../server/http/app-error.js';
import { CliError } from '../cli-error.js';
import { formatOption, langOption, parseOptions, requireOptions, writeOutFile, yearOption } from '../command-args.js';
import { withDatabase } from '../runtime.js';

const usage = `usage: svpp indicators list --municipality M --year Y --format ${indicatorTableFormats.join('|')} [--lang ${locales.join('|')}] [--out FILE]
  json and csv go to stdout without --out; xlsx needs --out (binary never goes to a terminal)`;

/** What the command reads and writes: the configured database and stdout, or a test's own. */
interface IndicatorsCommandIo {
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
  const values = parseOptions(rest, ['municipality', 'year', 'format', 'out', 'lang'], usage);
  requireOptions(values, ['municipality', 'year', 'format'], 'indicators list', usage);
  const year = yearOption(values.year);
  const format: IndicatorTableFormat = formatOption(values.format, indicatorTableFormats);
  const lang = langOption(values.lang);
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
      file = await tables.file({ userId: '', role: 'viewer', municipalityId: municipality.id }, { year, lang, format });
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
    writeOutFile(out, file.data);
    write(`wrote ${out}: indicators of ${slug} ${year} (${format}, ${lang}, ${file.data.length} bytes)\n`);
  });
}

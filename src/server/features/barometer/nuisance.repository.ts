import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../../db/database.js';
import type { Database, NuisanceEventTable } from '../../db/schema.js';

export type NuisanceEventRow = NuisanceEventTable;

/**
 * The nuisance facts and their six rollups (daily and monthly; the heat map's also per wijk): every write here keeps
 * them in step, in the caller's transaction.
 */
export class NuisanceRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
  ) {}

  /** The event with this source id; on PostgreSQL locked for the rest of the transaction. */
  async findBySource(municipalityId: string, source: string, sourceId: string): Promise<NuisanceEventRow | undefined> {
    let query = this.db
      .selectFrom('nuisance_event')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('source', '=', source)
      .where('source_id', '=', sourceId);
    if (this.dialect === 'postgres') query = query.forUpdate();
    return query.executeTakeFirst();
  }

  /** The events of this source among these source ids (imports: which rows update instead of insert). */
  async findManyBySource(municipalityId: string, source: string, sourceIds: string[]): Promise<NuisanceEventRow[]> {
    const found: NuisanceEventRow[] = [];
    for (let i = 0; i < sourceIds.length; i += 500) {
      const chunk = sourceIds.slice(i, i + 500);
      found.push(
        ...(await this.db
          .selectFrom('nuisance_event')
          .selectAll()
          .where('municipality_id', '=', municipalityId)
          .where('source', '=', source)
          .where('source_id', 'in', chunk)
          .execute()),
      );
    }
    return found;
  }

  async insertImport(row: Database['nuisance_import']): Promise<void> {
    await this.db.insertInto('nuisance_import').values(row).execute();
  }

  async insert(row: NuisanceEventRow): Promise<void> {
    await this.db.insertInto('nuisance_event').values(row).execute();
    await this.addToRollups([row], 1);
  }

  async replace(before: NuisanceEventRow, after: NuisanceEventRow): Promise<void> {
    await this.db
      .updateTable('nuisance_event')
      .set(after)
      .where('municipality_id', '=', before.municipality_id)
      .where('id', '=', before.id)
      .execute();
    await this.addToRollups([before], -1);
    await this.addToRollups([after], 1);
  }

  async remove(row: NuisanceEventRow): Promise<void> {
    await this.db
      .deleteFrom('nuisance_event')
      .where('municipality_id', '=', row.municipality_id)
      .where('id', '=', row.id)
      .execute();
    await this.addToRollups([row], -1);
  }

  /** Bulk insert (police imports, the demo): rows in batches, the rollups merged per key. */
  async insertMany(rows: NuisanceEventRow[]): Promise<void> {
    for (let i = 0; i < rows.length; i += 300) {
      await this.db
        .insertInto('nuisance_event')
        .values(rows.slice(i, i + 300))
        .execute();
    }
    await this.addToRollups(rows, 1);
  }

  /**
   * Recomputes the rollups of a municipality from its events (repair, bulk loads): the monthly ones from the daily
   * ones.
   */
  async rebuildRollups(municipalityId: string): Promise<void> {
    for (const { table } of ROLLUPS) {
      await this.rollupDb().deleteFrom(table).where('municipality_id', '=', municipalityId).execute();
    }
    await sql`insert into nuisance_daily (municipality_id, day, source, category, wijk_code, n)
      select municipality_id, day, source, category, coalesce(wijk_code, ''), count(*) from nuisance_event
      where municipality_id = ${municipalityId} group by municipality_id, day, source, category, coalesce(wijk_code, '')`.execute(
      this.db,
    );
    await sql`insert into nuisance_hourly (municipality_id, day, source, category, hour, weekday, n)
      select municipality_id, day, source, category, hour, min(weekday), count(*) from nuisance_event
      where municipality_id = ${municipalityId} group by municipality_id, day, source, category, hour`.execute(this.db);
    await sql`insert into nuisance_monthly (municipality_id, month, source, category, wijk_code, n)
      select municipality_id, substr(day, 1, 7), source, category, wijk_code, sum(n) from nuisance_daily
      where municipality_id = ${municipalityId} group by municipality_id, substr(day, 1, 7), source, category, wijk_code`.execute(
      this.db,
    );
    await sql`insert into nuisance_monthly_hourly (municipality_id, month, source, category, weekday, hour, n)
      select municipality_id, substr(day, 1, 7), source, category, weekday, hour, sum(n) from nuisance_hourly
      where municipality_id = ${municipalityId} group by municipality_id, substr(day, 1, 7), source, category, weekday, hour`.execute(
      this.db,
    );
    await sql`insert into nuisance_wijk_hourly (municipality_id, wijk_code, day, source, category, hour, weekday, n)
      select municipality_id, coalesce(wijk_code, ''), day, source, category, hour, min(weekday), count(*) from nuisance_event
      where municipality_id = ${municipalityId} group by municipality_id, coalesce(wijk_code, ''), day, source, category, hour`.execute(
      this.db,
    );
    await sql`insert into nuisance_wijk_monthly_hourly (municipality_id, wijk_code, month, source, category, weekday, hour, n)
      select municipality_id, wijk_code, substr(day, 1, 7), source, category, weekday, hour, sum(n) from nuisance_wijk_hourly
      where municipality_id = ${municipalityId} group by municipality_id, wijk_code, substr(day, 1, 7), source, category, weekday, hour`.execute(
      this.db,
    );
  }

  private async addToRollups(rows: NuisanceEventRow[], sign: 1 | -1): Promise<void> {
    if (rows.length === 0) return;
    const facts = rows.map(rollupFacts);
    for (const rollup of ROLLUPS) {
      const counts = new Map<string, CountRow>();
      for (const f of facts) {
        const key = rollup.key.map((column) => f[column]).join('|');
        const row = counts.get(key) ?? pick(f, [...rollup.key, ...(rollup.extra ?? [])]);
        row.n += sign;
        counts.set(key, row);
      }
      await this.upsertCounts(rollup, [...counts.values()]);
    }
    if (sign < 0) await this.pruneZeroCounts(facts);
  }

  /** Adds the counts to the rollup's rows, inserting the keys it does not hold yet. */
  private async upsertCounts(rollup: Rollup, counts: CountRow[]): Promise<void> {
    const { table, key } = rollup;
    for (const chunk of chunks(counts)) {
      await this.rollupDb()
        .insertInto(table)
        .values(chunk)
        .onConflict((oc) => oc.columns(key).doUpdateSet((eb) => ({ n: eb(`${table}.n`, '+', eb.ref('excluded.n')) })))
        .execute();
    }
  }

  /** Keeps the rollups as small as the facts: a key whose count fell to zero goes. */
  private async pruneZeroCounts(facts: RollupFacts[]): Promise<void> {
    const municipalityId = facts[0]?.municipality_id ?? '';
    const periods = {
      day: [...new Set(facts.map((f) => f.day))],
      month: [...new Set(facts.map((f) => f.month))],
    };
    const wijken = [...new Set(facts.map((f) => f.wijk_code))];
    for (const rollup of ROLLUPS) {
      let query = this.rollupDb()
        .deleteFrom(rollup.table)
        .where('municipality_id', '=', municipalityId)
        .where(rollup.period, 'in', periods[rollup.period])
        .where('n', '<=', 0);
      // The per-wijk tables lead with the wijk: a key per wijk touched keeps these deletes on the primary key.
      if (rollup.leadsWithWijk) query = query.where('wijk_code', 'in', wijken);
      await query.execute();
    }
  }

  /** The six rollup tables seen through the one shape they share, so one upsert and one prune serve them all. */
  private rollupDb(): Kysely<Record<RollupTable, CountRow>> {
    return this.db as unknown as Kysely<Record<RollupTable, CountRow>>;
  }
}

/** The columns a rollup can be keyed by, as one event gives them. */
interface RollupFacts {
  municipality_id: string;
  day: string;
  month: string;
  source: string;
  category: string;
  wijk_code: string;
  hour: number;
  weekday: number;
}

type RollupColumn = keyof RollupFacts;
type RollupTable = Rollup['table'];
type CountRow = Partial<RollupFacts> & { n: number };

interface Rollup {
  table:
    | 'nuisance_daily'
    | 'nuisance_hourly'
    | 'nuisance_monthly'
    | 'nuisance_monthly_hourly'
    | 'nuisance_wijk_hourly'
    | 'nuisance_wijk_monthly_hourly';
  /** The primary key (the conflict target). */
  key: readonly RollupColumn[];
  /** Columns stored beside the key: the weekday follows the day. */
  extra?: readonly RollupColumn[];
  /** The column zero counts are pruned by. */
  period: 'day' | 'month';
  leadsWithWijk: boolean;
}

/** The six rollups of nuisance_event (migrations 0008 and 0019). */
const ROLLUPS: readonly Rollup[] = [
  {
    table: 'nuisance_daily',
    key: ['municipality_id', 'day', 'source', 'category', 'wijk_code'],
    period: 'day',
    leadsWithWijk: false,
  },
  {
    table: 'nuisance_hourly',
    key: ['municipality_id', 'day', 'source', 'category', 'hour'],
    extra: ['weekday'],
    period: 'day',
    leadsWithWijk: false,
  },
  {
    table: 'nuisance_monthly',
    key: ['municipality_id', 'month', 'source', 'category', 'wijk_code'],
    period: 'month',
    leadsWithWijk: false,
  },
  {
    table: 'nuisance_monthly_hourly',
    key: ['municipality_id', 'month', 'source', 'category', 'weekday', 'hour'],
    period: 'month',
    leadsWithWijk: false,
  },
  {
    table: 'nuisance_wijk_hourly',
    key: ['municipality_id', 'wijk_code', 'day', 'source', 'category', 'hour'],
    extra: ['weekday'],
    period: 'day',
    leadsWithWijk: true,
  },
  {
    table: 'nuisance_wijk_monthly_hourly',
    key: ['municipality_id', 'wijk_code', 'month', 'source', 'category', 'weekday', 'hour'],
    period: 'month',
    leadsWithWijk: true,
  },
];

function rollupFacts(r: NuisanceEventRow): RollupFacts {
  const { municipality_id, day, source, category, hour, weekday } = r;
  return {
    municipality_id,
    day,
    month: day.slice(0, 7),
    source,
    category,
    wijk_code: r.wijk_code ?? '',
    hour,
    weekday,
  };
}

/** A fresh count row holding these columns of the facts. */
function pick(facts: RollupFacts, columns: readonly RollupColumn[]): CountRow {
  const row: CountRow = { n: 0 };
  for (const column of columns) Object.assign(row, { [column]: facts[column] });
  return row;
}

/** Rows in batches small enough for one INSERT on both databases. */
function chunks<T>(rows: T[], size = 300): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

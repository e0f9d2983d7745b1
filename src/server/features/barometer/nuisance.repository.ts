import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../../db/database.js';
import type { Database, NuisanceEventTable } from '../../db/schema.js';

export type NuisanceEventRow = NuisanceEventTable;

/** The nuisance facts and their six rollups (daily and monthly; the heat map's also per wijk): every write here keeps them in step, in the caller's transaction. */
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

  /** Recomputes the rollups of a municipality from its events (repair, bulk loads): the monthly ones from the daily ones. */
  async rebuildRollups(municipalityId: string): Promise<void> {
    for (const table of [
      'nuisance_daily',
      'nuisance_hourly',
      'nuisance_monthly',
      'nuisance_monthly_hourly',
      'nuisance_wijk_hourly',
      'nuisance_wijk_monthly_hourly',
    ] as const) {
      await this.db.deleteFrom(table).where('municipality_id', '=', municipalityId).execute();
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
    const daily = new Map<string, Database['nuisance_daily']>();
    const hourly = new Map<string, Database['nuisance_hourly']>();
    const monthly = new Map<string, Database['nuisance_monthly']>();
    const monthlyHourly = new Map<string, Database['nuisance_monthly_hourly']>();
    const wijkHourly = new Map<string, Database['nuisance_wijk_hourly']>();
    const wijkMonthlyHourly = new Map<string, Database['nuisance_wijk_monthly_hourly']>();
    const bump = <T extends { n: number }>(map: Map<string, T>, key: string, fresh: () => T) => {
      const row = map.get(key) ?? fresh();
      row.n += sign;
      map.set(key, row);
    };
    for (const r of rows) {
      const { municipality_id, day, source, category, hour, weekday } = r;
      const wijk_code = r.wijk_code ?? '';
      const month = day.slice(0, 7);
      bump(daily, [municipality_id, day, source, category, wijk_code].join('|'), () => ({
        municipality_id,
        day,
        source,
        category,
        wijk_code,
        n: 0,
      }));
      bump(hourly, [municipality_id, day, source, category, hour].join('|'), () => ({
        municipality_id,
        day,
        source,
        category,
        hour,
        weekday,
        n: 0,
      }));
      bump(monthly, [municipality_id, month, source, category, wijk_code].join('|'), () => ({
        municipality_id,
        month,
        source,
        category,
        wijk_code,
        n: 0,
      }));
      bump(monthlyHourly, [municipality_id, month, source, category, weekday, hour].join('|'), () => ({
        municipality_id,
        month,
        source,
        category,
        weekday,
        hour,
        n: 0,
      }));
      bump(wijkHourly, [municipality_id, wijk_code, day, source, category, hour].join('|'), () => ({
        municipality_id,
        wijk_code,
        day,
        source,
        category,
        hour,
        weekday,
        n: 0,
      }));
      bump(wijkMonthlyHourly, [municipality_id, wijk_code, month, source, category, weekday, hour].join('|'), () => ({
        municipality_id,
        wijk_code,
        month,
        source,
        category,
        weekday,
        hour,
        n: 0,
      }));
    }
    for (const chunk of chunks([...daily.values()])) {
      await this.db
        .insertInto('nuisance_daily')
        .values(chunk)
        .onConflict((oc) =>
          oc
            .columns(['municipality_id', 'day', 'source', 'category', 'wijk_code'])
            .doUpdateSet((eb) => ({ n: eb('nuisance_daily.n', '+', eb.ref('excluded.n')) })),
        )
        .execute();
    }
    for (const chunk of chunks([...hourly.values()])) {
      await this.db
        .insertInto('nuisance_hourly')
        .values(chunk)
        .onConflict((oc) =>
          oc
            .columns(['municipality_id', 'day', 'source', 'category', 'hour'])
            .doUpdateSet((eb) => ({ n: eb('nuisance_hourly.n', '+', eb.ref('excluded.n')) })),
        )
        .execute();
    }
    for (const chunk of chunks([...monthly.values()])) {
      await this.db
        .insertInto('nuisance_monthly')
        .values(chunk)
        .onConflict((oc) =>
          oc
            .columns(['municipality_id', 'month', 'source', 'category', 'wijk_code'])
            .doUpdateSet((eb) => ({ n: eb('nuisance_monthly.n', '+', eb.ref('excluded.n')) })),
        )
        .execute();
    }
    for (const chunk of chunks([...monthlyHourly.values()])) {
      await this.db
        .insertInto('nuisance_monthly_hourly')
        .values(chunk)
        .onConflict((oc) =>
          oc
            .columns(['municipality_id', 'month', 'source', 'category', 'weekday', 'hour'])
            .doUpdateSet((eb) => ({ n: eb('nuisance_monthly_hourly.n', '+', eb.ref('excluded.n')) })),
        )
        .execute();
    }
    for (const chunk of chunks([...wijkHourly.values()])) {
      await this.db
        .insertInto('nuisance_wijk_hourly')
        .values(chunk)
        .onConflict((oc) =>
          oc
            .columns(['municipality_id', 'wijk_code', 'day', 'source', 'category', 'hour'])
            .doUpdateSet((eb) => ({ n: eb('nuisance_wijk_hourly.n', '+', eb.ref('excluded.n')) })),
        )
        .execute();
    }
    for (const chunk of chunks([...wijkMonthlyHourly.values()])) {
      await this.db
        .insertInto('nuisance_wijk_monthly_hourly')
        .values(chunk)
        .onConflict((oc) =>
          oc
            .columns(['municipality_id', 'wijk_code', 'month', 'source', 'category', 'weekday', 'hour'])
            .doUpdateSet((eb) => ({ n: eb('nuisance_wijk_monthly_hourly.n', '+', eb.ref('excluded.n')) })),
        )
        .execute();
    }
    if (sign < 0) {
      // Keep the rollups as small as the facts: a key whose count fell to zero goes.
      const municipalityId = rows[0]?.municipality_id ?? '';
      const days = [...new Set(rows.map((r) => r.day))];
      const months = [...new Set(days.map((d) => d.slice(0, 7)))];
      await this.db
        .deleteFrom('nuisance_daily')
        .where('municipality_id', '=', municipalityId)
        .where('day', 'in', days)
        .where('n', '<=', 0)
        .execute();
      await this.db
        .deleteFrom('nuisance_hourly')
        .where('municipality_id', '=', municipalityId)
        .where('day', 'in', days)
        .where('n', '<=', 0)
        .execute();
      await this.db
        .deleteFrom('nuisance_monthly')
        .where('municipality_id', '=', municipalityId)
        .where('month', 'in', months)
        .where('n', '<=', 0)
        .execute();
      await this.db
        .deleteFrom('nuisance_monthly_hourly')
        .where('municipality_id', '=', municipalityId)
        .where('month', 'in', months)
        .where('n', '<=', 0)
        .execute();
      // The per-wijk tables lead with the wijk: a key per wijk touched keeps these deletes on the primary key.
      const wijken = [...new Set(rows.map((r) => r.wijk_code ?? ''))];
      await this.db
        .deleteFrom('nuisance_wijk_hourly')
        .where('municipality_id', '=', municipalityId)
        .where('wijk_code', 'in', wijken)
        .where('day', 'in', days)
        .where('n', '<=', 0)
        .execute();
      await this.db
        .deleteFrom('nuisance_wijk_monthly_hourly')
        .where('municipality_id', '=', municipalityId)
        .where('wijk_code', 'in', wijken)
        .where('month', 'in', months)
        .where('n', '<=', 0)
        .execute();
    }
  }
}

/** Rows in batches small enough for one INSERT on both databases. */
function chunks<T>(rows: T[], size = 300): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

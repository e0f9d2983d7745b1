import { type Kysely, sql } from 'kysely';
import type { Database, RegisterTypeTable, RegistrationTable } from '../../db/schema.js';

export type RegistrationRow = RegistrationTable;

export interface RegistrationFilter {
  type?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  wijk?: string | undefined;
  category?: string | undefined;
}

/** Registrations and their daily rollup: every write here keeps the rollup in step, in the caller's transaction. */
export class RegistrationRepository {
  constructor(private readonly db: Kysely<Database>) {}

  findById(id: string): Promise<RegistrationRow | undefined> {
    return this.db.selectFrom('registration').selectAll().where('id', '=', id).executeTakeFirst();
  }

  findInMunicipality(municipalityId: string, id: string): Promise<RegistrationRow | undefined> {
    return this.db.selectFrom('registration').selectAll().where('municipality_id', '=', municipalityId).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  }

  async insert(row: RegistrationRow): Promise<void> {
    await this.db.insertInto('registration').values(row).execute();
    await this.addToRollup(row, 1);
  }

  /** Bulk insert for imports and the demo: rows and rollup in batches. */
  async insertMany(rows: RegistrationRow[]): Promise<void> {
    for (let i = 0; i < rows.length; i += 400) await this.db.insertInto('registration').values(rows.slice(i, i + 400)).execute();
    const merged = new Map<string, { row: RegistrationRow; n: number; quantity: number; hours: number }>();
    for (const row of rows) {
      const key = [row.type_key, row.category ?? '', row.status ?? '', row.wijk_code ?? '', row.occurred_on].join('|');
      const entry = merged.get(key) ?? { row, n: 0, quantity: 0, hours: 0 };
      entry.n += 1;
      entry.quantity += row.quantity ?? 0;
      entry.hours += row.hours ?? 0;
      merged.set(key, entry);
    }
    const deltas = [...merged.values()];
    for (let i = 0; i < deltas.length; i += 400) {
      await this.upsertRollup(deltas.slice(i, i + 400).map((d) => ({ ...rollupKey(d.row), n: d.n, quantity: d.quantity, hours: d.hours })));
    }
  }

  async replace(before: RegistrationRow, after: RegistrationRow): Promise<void> {
    await this.db.updateTable('registration').set(after).where('municipality_id', '=', before.municipality_id).where('id', '=', before.id).execute();
    await this.addToRollup(before, -1);
    await this.addToRollup(after, 1);
  }

  async softDelete(row: RegistrationRow, at: string): Promise<void> {
    await this.db.updateTable('registration').set({ deleted_at: at, updated_at: at }).where('municipality_id', '=', row.municipality_id).where('id', '=', row.id).execute();
    await this.addToRollup(row, -1);
  }

  async list(municipalityId: string, filter: RegistrationFilter, limit: number, offset: number): Promise<{ items: RegistrationRow[]; total: number }> {
    let query = this.db.selectFrom('registration').where('municipality_id', '=', municipalityId).where('deleted_at', 'is', null);
    if (filter.type) query = query.where('type_key', '=', filter.type);
    if (filter.from) query = query.where('occurred_on', '>=', filter.from);
    if (filter.to) query = query.where('occurred_on', '<=', filter.to);
    if (filter.wijk) query = query.where('wijk_code', '=', filter.wijk);
    if (filter.category) query = query.where('category', '=', filter.category);
    const [items, total] = await Promise.all([
      query.selectAll().orderBy('occurred_on', 'desc').orderBy('created_at', 'desc').limit(limit).offset(offset).execute(),
      query.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items, total: Number(total.n) };
  }

  customTypes(municipalityId: string): Promise<RegisterTypeTable[]> {
    return this.db.selectFrom('register_type').selectAll().where('municipality_id', '=', municipalityId).orderBy('key').execute();
  }

  customType(municipalityId: string, key: string): Promise<RegisterTypeTable | undefined> {
    return this.db.selectFrom('register_type').selectAll().where('municipality_id', '=', municipalityId).where('key', '=', key).executeTakeFirst();
  }

  async insertType(row: RegisterTypeTable): Promise<void> {
    await this.db.insertInto('register_type').values(row).execute();
  }

  async updateType(municipalityId: string, key: string, changes: Partial<RegisterTypeTable>): Promise<void> {
    await this.db.updateTable('register_type').set(changes).where('municipality_id', '=', municipalityId).where('key', '=', key).execute();
  }

  private async upsertDaily(rows: Database['registration_rollup'][]): Promise<void> {
    await this.db
      .insertInto('registration_daily')
      .values(dailyOf(rows))
      .onConflict((oc) =>
        oc.columns(['municipality_id', 'type_key', 'category', 'status', 'day']).doUpdateSet((eb) => ({
          n: eb('registration_daily.n', '+', eb.ref('excluded.n')),
          quantity: eb('registration_daily.quantity', '+', eb.ref('excluded.quantity')),
          hours: eb('registration_daily.hours', '+', eb.ref('excluded.hours')),
        })),
      )
      .execute();
  }

  private addToRollup(row: RegistrationRow, sign: 1 | -1): Promise<void> {
    return this.upsertRollup([{ ...rollupKey(row), n: sign, quantity: sign * (row.quantity ?? 0), hours: sign * (row.hours ?? 0) }]);
  }

  /**
   * Bulk load for large histories (and benchmarks): inserts the rows without touching the rollups row by row,
   * then rebuilds the municipality's rollups from the registrations in two statements.
   */
  async bulkLoad(municipalityId: string, batches: Iterable<RegistrationRow[]>): Promise<number> {
    let count = 0;
    for (const rows of batches) {
      for (let i = 0; i < rows.length; i += 400) await this.db.insertInto('registration').values(rows.slice(i, i + 400)).execute();
      count += rows.length;
    }
    await this.rebuildRollups(municipalityId);
    return count;
  }

  /** Recomputes both rollups of a municipality from its registrations (repair, bulk loads). */
  async rebuildRollups(municipalityId: string): Promise<void> {
    await this.db.deleteFrom('registration_rollup').where('municipality_id', '=', municipalityId).execute();
    await this.db.deleteFrom('registration_daily').where('municipality_id', '=', municipalityId).execute();
    await sql`insert into registration_rollup (municipality_id, type_key, category, status, wijk_code, day, n, quantity, hours)
      select municipality_id, type_key, coalesce(category, ''), coalesce(status, ''), coalesce(wijk_code, ''), occurred_on, count(*), coalesce(sum(quantity), 0), coalesce(sum(hours), 0)
      from registration where municipality_id = ${municipalityId} and deleted_at is null
      group by municipality_id, type_key, coalesce(category, ''), coalesce(status, ''), coalesce(wijk_code, ''), occurred_on`.execute(this.db);
    await sql`insert into registration_daily (municipality_id, type_key, category, status, day, n, quantity, hours)
      select municipality_id, type_key, category, status, day, sum(n), sum(quantity), sum(hours)
      from registration_rollup where municipality_id = ${municipalityId}
      group by municipality_id, type_key, category, status, day`.execute(this.db);
  }

  private async upsertRollup(rows: Database['registration_rollup'][]): Promise<void> {
    if (rows.length === 0) return;
    await this.upsertDaily(rows);
    await this.db
      .insertInto('registration_rollup')
      .values(rows)
      .onConflict((oc) =>
        oc.columns(['municipality_id', 'type_key', 'category', 'status', 'wijk_code', 'day']).doUpdateSet((eb) => ({
          n: eb('registration_rollup.n', '+', eb.ref('excluded.n')),
          quantity: eb('registration_rollup.quantity', '+', eb.ref('excluded.quantity')),
          hours: eb('registration_rollup.hours', '+', eb.ref('excluded.hours')),
        })),
      )
      .execute();
  }
}

function dailyOf(rows: Database['registration_rollup'][]): Database['registration_daily'][] {
  const merged = new Map<string, Database['registration_daily']>();
  for (const { wijk_code: _wijk, ...row } of rows) {
    const key = [row.type_key, row.category, row.status, row.day].join('|');
    const entry = merged.get(key);
    if (entry) {
      entry.n += row.n;
      entry.quantity += row.quantity;
      entry.hours += row.hours;
    } else merged.set(key, { ...row });
  }
  return [...merged.values()];
}

function rollupKey(row: RegistrationRow) {
  return { municipality_id: row.municipality_id, type_key: row.type_key, category: row.category ?? '', status: row.status ?? '', wijk_code: row.wijk_code ?? '', day: row.occurred_on };
}

import { type Kysely, sql } from 'kysely';
import type { z } from 'zod';
import type { registrationListQuerySchema } from '../../../shared/api/registrations.schema.js';
import type { Database, RegisterTypeTable, RegistrationTable } from '../../db/schema.js';
import { forUpdate } from '../../db/database.js';
import { given } from '../../db/filters.js';

export type RegistrationRow = RegistrationTable;

/** The list's filters: the list query without its paging. */
export type RegistrationFilter = Omit<z.infer<typeof registrationListQuerySchema>, 'limit' | 'offset'>;

/** Registrations and their daily rollup: every write here keeps the rollup in step, in the caller's transaction. */
export class RegistrationRepository {
  constructor(private readonly db: Kysely<Database>) {}

  findById(id: string): Promise<RegistrationRow | undefined> {
    return this.db.selectFrom('registration').selectAll().where('id', '=', id).executeTakeFirst();
  }

  findInMunicipality(municipalityId: string, id: string): Promise<RegistrationRow | undefined> {
    return this.db
      .selectFrom('registration')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', id)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
  }

  /**
   * The live registration, locked until the transaction ends on PostgreSQL (`FOR UPDATE`; a delete committed while
   * waiting makes it undefined). Edits and deletes decide on this row, so the rollup moves by what the row really was.
   */
  lockInMunicipality(municipalityId: string, id: string): Promise<RegistrationRow | undefined> {
    return forUpdate(
      this.db,
      this.db
        .selectFrom('registration')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .where('id', '=', id)
        .where('deleted_at', 'is', null),
    ).executeTakeFirst();
  }

  async insert(row: RegistrationRow): Promise<void> {
    await this.db.insertInto('registration').values(row).execute();
    await this.addToRollup(row, 1);
  }

  /** Bulk insert for imports and the demo: rows and rollup in batches. */
  async insertMany(rows: RegistrationRow[]): Promise<void> {
    for (let i = 0; i < rows.length; i += 400) {
      await this.db
        .insertInto('registration')
        .values(rows.slice(i, i + 400))
        .execute();
    }
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
      await this.upsertRollup(
        deltas.slice(i, i + 400).map((d) => ({ ...rollupKey(d.row), n: d.n, quantity: d.quantity, hours: d.hours })),
      );
    }
    const bySubject = new Map<string, Database['registration_subject_daily']>();
    for (const row of rows) {
      if (!row.subject_id) continue;
      const key = subjectKey(row, row.subject_id);
      const id = [key.subject_id, key.type_key, key.category, key.status, key.day].join('|');
      const entry = bySubject.get(id) ?? { ...key, n: 0, quantity: 0, hours: 0 };
      entry.n += 1;
      entry.quantity += row.quantity ?? 0;
      entry.hours += row.hours ?? 0;
      bySubject.set(id, entry);
    }
    const subjectDeltas = [...bySubject.values()];
    for (let i = 0; i < subjectDeltas.length; i += 400) await this.upsertSubjectDaily(subjectDeltas.slice(i, i + 400));
  }

  /**
   * Replaces a live registration (a deleted one stays deleted: false, nothing changed). `before` must be the stored
   * row.
   */
  async replace(before: RegistrationRow, after: RegistrationRow): Promise<boolean> {
    const result = await this.db
      .updateTable('registration')
      .set({ ...after, deleted_at: null })
      .where('municipality_id', '=', before.municipality_id)
      .where('id', '=', before.id)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return false;
    // Both moves in one statement per rollup, in key order: see upsertRollup.
    await this.moveInRollups([
      { row: before, sign: -1 },
      { row: after, sign: 1 },
    ]);
    return true;
  }

  /** Deletes a live registration once: false when it was already deleted (the rollup is not touched twice). */
  async softDelete(row: RegistrationRow, at: string): Promise<boolean> {
    const result = await this.db
      .updateTable('registration')
      .set({ deleted_at: at, updated_at: at })
      .where('municipality_id', '=', row.municipality_id)
      .where('id', '=', row.id)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return false;
    await this.addToRollup(row, -1);
    return true;
  }

  async list(
    municipalityId: string,
    filter: RegistrationFilter,
    limit: number,
    offset: number,
  ): Promise<{ items: RegistrationRow[]; total: number }> {
    let query = this.db
      .selectFrom('registration')
      .where('municipality_id', '=', municipalityId)
      .where('deleted_at', 'is', null)
      .where((eb) => eb.and(given({ type_key: filter.type, wijk_code: filter.wijk, category: filter.category })));
    if (filter.from) query = query.where('occurred_on', '>=', filter.from);
    if (filter.to) query = query.where('occurred_on', '<=', filter.to);
    const [items, total] = await Promise.all([
      query
        .selectAll()
        .orderBy('occurred_on', 'desc')
        .orderBy('created_at', 'desc')
        .limit(limit)
        .offset(offset)
        .execute(),
      query.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items, total: Number(total.n) };
  }

  customTypes(municipalityId: string): Promise<RegisterTypeTable[]> {
    return this.db
      .selectFrom('register_type')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .orderBy('key')
      .execute();
  }

  customType(municipalityId: string, key: string): Promise<RegisterTypeTable | undefined> {
    return this.db
      .selectFrom('register_type')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('key', '=', key)
      .executeTakeFirst();
  }

  async insertType(row: RegisterTypeTable): Promise<void> {
    await this.db.insertInto('register_type').values(row).execute();
  }

  async updateType(municipalityId: string, key: string, changes: Partial<RegisterTypeTable>): Promise<void> {
    await this.db
      .updateTable('register_type')
      .set(changes)
      .where('municipality_id', '=', municipalityId)
      .where('key', '=', key)
      .execute();
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
    return this.moveInRollups([{ row, sign }]);
  }

  private async moveInRollups(moves: { row: RegistrationRow; sign: 1 | -1 }[]): Promise<void> {
    const deltaOf = ({
      row,
      sign,
    }: {
      row: RegistrationRow;
      sign: 1 | -1;
    }): { n: number; quantity: number; hours: number } => ({
      n: sign,
      quantity: sign * (row.quantity ?? 0),
      hours: sign * (row.hours ?? 0),
    });
    await this.upsertRollup(moves.map((move) => ({ ...rollupKey(move.row), ...deltaOf(move) })));
    const subjects = moves.flatMap((move) =>
      move.row.subject_id ? [{ ...subjectKey(move.row, move.row.subject_id), ...deltaOf(move) }] : [],
    );
    const merged = mergedSorted(subjects, (r) => [
      r.municipality_id,
      r.subject_id,
      r.type_key,
      r.category,
      r.status,
      r.day,
    ]).filter((r) => r.n !== 0 || r.quantity !== 0 || r.hours !== 0);
    if (merged.length) await this.upsertSubjectDaily(merged);
  }

  /** The per-subject daily rollup, incremented in place (never read-modify-write). */
  private async upsertSubjectDaily(rows: Database['registration_subject_daily'][]): Promise<void> {
    if (rows.length === 0) return;
    await this.db
      .insertInto('registration_subject_daily')
      .values(rows)
      .onConflict((oc) =>
        oc.columns(['municipality_id', 'subject_id', 'type_key', 'category', 'status', 'day']).doUpdateSet((eb) => ({
          n: eb('registration_subject_daily.n', '+', eb.ref('excluded.n')),
          quantity: eb('registration_subject_daily.quantity', '+', eb.ref('excluded.quantity')),
          hours: eb('registration_subject_daily.hours', '+', eb.ref('excluded.hours')),
        })),
      )
      .execute();
  }

  /** Every live registration of a subject moves to another one (a merge), rollups rebuilt; returns how many moved. */
  async moveSubject(municipalityId: string, fromId: string, intoId: string, at: string): Promise<number> {
    const result = await this.db
      .updateTable('registration')
      .set({ subject_id: intoId, updated_at: at })
      .where('municipality_id', '=', municipalityId)
      .where('subject_id', '=', fromId)
      .executeTakeFirst();
    await this.rebuildSubjectRollup(municipalityId);
    return Number(result.numUpdatedRows);
  }

  /** Live registrations per subject of a municipality. */
  async countBySubject(municipalityId: string): Promise<Map<string, number>> {
    const rows = await this.db
      .selectFrom('registration')
      .select(['subject_id', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where('municipality_id', '=', municipalityId)
      .where('deleted_at', 'is', null)
      .where('subject_id', 'is not', null)
      .groupBy('subject_id')
      .execute();
    return new Map(rows.map((r) => [r.subject_id ?? '', Number(r.n)]));
  }

  private async rebuildSubjectRollup(municipalityId: string): Promise<void> {
    await this.db.deleteFrom('registration_subject_daily').where('municipality_id', '=', municipalityId).execute();
    await sql`insert into registration_subject_daily (municipality_id, subject_id, type_key, category, status, day, n, quantity, hours)
      select municipality_id, subject_id, type_key, coalesce(category, ''), coalesce(status, ''), occurred_on, count(*), coalesce(sum(quantity), 0), coalesce(sum(hours), 0)
      from registration where municipality_id = ${municipalityId} and deleted_at is null and subject_id is not null
      group by municipality_id, subject_id, type_key, coalesce(category, ''), coalesce(status, ''), occurred_on`.execute(
      this.db,
    );
  }

  /**
   * Bulk load for large histories (and benchmarks): inserts the rows without touching the rollups row by row,
   * then rebuilds the municipality's rollups from the registrations in two statements.
   */
  async bulkLoad(municipalityId: string, batches: Iterable<RegistrationRow[]>): Promise<number> {
    let count = 0;
    for (const rows of batches) {
      for (let i = 0; i < rows.length; i += 400) {
        await this.db
          .insertInto('registration')
          .values(rows.slice(i, i + 400))
          .execute();
      }
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
      group by municipality_id, type_key, coalesce(category, ''), coalesce(status, ''), coalesce(wijk_code, ''), occurred_on`.execute(
      this.db,
    );
    await sql`insert into registration_daily (municipality_id, type_key, category, status, day, n, quantity, hours)
      select municipality_id, type_key, category, status, day, sum(n), sum(quantity), sum(hours)
      from registration_rollup where municipality_id = ${municipalityId}
      group by municipality_id, type_key, category, status, day`.execute(this.db);
    await this.rebuildSubjectRollup(municipalityId);
  }

  /**
   * Adds deltas to both rollups as increments (`n = n + excluded.n`), never read-modify-write. The deltas are merged
   * per key and sorted, so every transaction locks rollup rows in the same order (two edits moving counts between
   * the same two days cannot deadlock on PostgreSQL) and one statement never touches a row twice.
   */
  private async upsertRollup(deltas: Database['registration_rollup'][]): Promise<void> {
    const rows = mergedSorted(deltas, (r) => [
      r.municipality_id,
      r.type_key,
      r.category,
      r.status,
      r.wijk_code,
      r.day,
    ]).filter((r) => r.n !== 0 || r.quantity !== 0 || r.hours !== 0);
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
  return mergedSorted(
    rows.map(({ wijk_code: _wijk, ...row }) => row),
    (r) => [r.municipality_id, r.type_key, r.category, r.status, r.day],
  );
}

/** Deltas summed per key, in key order. */
function mergedSorted<T extends { n: number; quantity: number; hours: number }>(
  rows: readonly T[],
  keyOf: (row: T) => string[],
): T[] {
  const merged = new Map<string, T>();
  for (const row of rows) {
    const key = keyOf(row).join('\u0001');
    const entry = merged.get(key);
    if (entry) {
      entry.n += row.n;
      entry.quantity += row.quantity;
      entry.hours += row.hours;
    } else merged.set(key, { ...row });
  }
  return [...merged.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
}

function rollupKey(row: RegistrationRow) {
  return {
    municipality_id: row.municipality_id,
    type_key: row.type_key,
    category: row.category ?? '',
    status: row.status ?? '',
    wijk_code: row.wijk_code ?? '',
    day: row.occurred_on,
  };
}

function subjectKey(row: RegistrationRow, subjectId: string) {
  return {
    municipality_id: row.municipality_id,
    subject_id: subjectId,
    type_key: row.type_key,
    category: row.category ?? '',
    status: row.status ?? '',
    day: row.occurred_on,
  };
}

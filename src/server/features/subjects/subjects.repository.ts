import type { Kysely } from 'kysely';
import type { Database, SubjectTable } from '../../db/schema.js';
import { forUpdate } from '../../db/database.js';

/** Subjects of one municipality: what its indicators count. */
export class SubjectRepository {
  constructor(private readonly db: Kysely<Database>) {}

  list(
    municipalityId: string,
    filter: { typeKey?: string | undefined; includeInactive?: boolean },
  ): Promise<SubjectTable[]> {
    let query = this.db.selectFrom('subject').selectAll().where('municipality_id', '=', municipalityId);
    if (filter.typeKey) query = query.where('type_key', '=', filter.typeKey);
    if (!filter.includeInactive) query = query.where('active', '=', 1);
    return query.orderBy('section_number').orderBy('name').execute();
  }

  findById(municipalityId: string, id: string): Promise<SubjectTable | undefined> {
    return this.db
      .selectFrom('subject')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  /** The subject locked for the rest of the transaction on PostgreSQL (merges and renames decide on it). */
  lock(municipalityId: string, id: string): Promise<SubjectTable | undefined> {
    return forUpdate(
      this.db,
      this.db.selectFrom('subject').selectAll().where('municipality_id', '=', municipalityId).where('id', '=', id),
    ).executeTakeFirst();
  }

  findByKeys(municipalityId: string, keys: string[]): Promise<SubjectTable[]> {
    if (keys.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('subject')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('key', 'in', keys)
      .execute();
  }

  findByReportKind(municipalityId: string, reportKind: string): Promise<SubjectTable | undefined> {
    return this.db
      .selectFrom('subject')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('report_kind', '=', reportKind)
      .where('active', '=', 1)
      .executeTakeFirst();
  }

  async insert(row: SubjectTable): Promise<void> {
    await this.db
      .insertInto('subject')
      .values(row)
      .onConflict((oc) => oc.columns(['municipality_id', 'key']).doNothing())
      .execute();
  }

  async update(municipalityId: string, id: string, changes: Partial<SubjectTable>): Promise<void> {
    await this.db
      .updateTable('subject')
      .set(changes)
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', id)
      .execute();
  }

  /** Confirms proposed subjects (a person confirmed a link that reads them). */
  async confirm(municipalityId: string, ids: string[], at: string): Promise<void> {
    if (ids.length === 0) return;
    await this.db
      .updateTable('subject')
      .set({ state: 'confirmed', updated_at: at })
      .where('municipality_id', '=', municipalityId)
      .where('id', 'in', ids)
      .where('state', '=', 'proposed')
      .execute();
  }
}

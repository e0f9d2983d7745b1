import type { Kysely } from 'kysely';
import type { Database, MunicipalityTable } from '../../db/schema.js';

export type MunicipalityRow = MunicipalityTable;

export class MunicipalityRepository {
  constructor(private readonly db: Kysely<Database>) {}

  findBySlug(slug: string): Promise<MunicipalityRow | undefined> {
    return this.db.selectFrom('municipality').selectAll().where('slug', '=', slug).executeTakeFirst();
  }

  findById(id: string): Promise<MunicipalityRow | undefined> {
    return this.db.selectFrom('municipality').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async insert(row: MunicipalityRow): Promise<void> {
    await this.db.insertInto('municipality').values(row).execute();
  }

  listIds(): Promise<{ id: string }[]> {
    return this.db.selectFrom('municipality').select('id').orderBy('id').execute();
  }
}

import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, MunicipalityTable } from '../../db/schema.js';

type MunicipalityRow = Selectable<MunicipalityTable>;

export class MunicipalityRepository {
  constructor(private readonly db: Kysely<Database>) {}

  findBySlug(slug: string): Promise<MunicipalityRow | undefined> {
    return this.db.selectFrom('municipality').selectAll().where('slug', '=', slug).executeTakeFirst();
  }

  findById(id: string): Promise<MunicipalityRow | undefined> {
    return this.db.selectFrom('municipality').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async insert(row: Insertable<MunicipalityTable>): Promise<void> {
    await this.db.insertInto('municipality').values(row).execute();
  }

  timeZoneOf(id: string): Promise<{ time_zone: string } | undefined> {
    return this.db.selectFrom('municipality').select('time_zone').where('id', '=', id).executeTakeFirst();
  }

  listIds(): Promise<{ id: string }[]> {
    return this.db.selectFrom('municipality').select('id').orderBy('id').execute();
  }
}

import type { Kysely } from 'kysely';
import type { Database, VolunteerIntervisionTable, VolunteerTable } from '../../db/schema.js';

/** The volunteer register of neighbour mediation. */
export class VolunteerRepository {
  constructor(private readonly db: Kysely<Database>) {}

  list(municipalityId: string): Promise<VolunteerTable[]> {
    return this.db
      .selectFrom('volunteer')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .orderBy('started_on')
      .orderBy('full_name')
      .execute();
  }

  find(municipalityId: string, id: string): Promise<VolunteerTable | undefined> {
    return this.db
      .selectFrom('volunteer')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  findByName(municipalityId: string, fullName: string): Promise<VolunteerTable[]> {
    return this.db
      .selectFrom('volunteer')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where((eb) => eb(eb.fn('lower', ['full_name']), '=', fullName.toLowerCase()))
      .execute();
  }

  async insert(row: VolunteerTable): Promise<void> {
    await this.db.insertInto('volunteer').values(row).execute();
  }

  async update(municipalityId: string, id: string, changes: Partial<VolunteerTable>): Promise<void> {
    await this.db
      .updateTable('volunteer')
      .set(changes)
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', id)
      .execute();
  }

  intervisions(municipalityId: string): Promise<VolunteerIntervisionTable[]> {
    return this.db
      .selectFrom('volunteer_intervision')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .orderBy('month')
      .execute();
  }

  async setIntervision(row: VolunteerIntervisionTable): Promise<void> {
    await this.db
      .insertInto('volunteer_intervision')
      .values(row)
      .onConflict((oc) => oc.columns(['volunteer_id', 'month']).doUpdateSet({ attended: row.attended }))
      .execute();
  }
}

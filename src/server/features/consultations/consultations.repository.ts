import type { Kysely, Selectable } from 'kysely';
import type { ConsultationActionTable, ConsultationTable, Database } from '../../db/schema.js';

export type ConsultationRow = Selectable<ConsultationTable>;
export type ConsultationActionRow = Selectable<ConsultationActionTable>;

/** SQL of the police–prevention consultation and its agreed actions. Always per municipality. */
export class ConsultationsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(row: ConsultationTable): Promise<void> {
    await this.db.insertInto('consultation').values(row).execute();
  }

  find(municipalityId: string, id: string): Promise<ConsultationRow | undefined> {
    return this.db
      .selectFrom('consultation')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  list(municipalityId: string, limit: number): Promise<ConsultationRow[]> {
    return this.db
      .selectFrom('consultation')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .orderBy('held_on', 'desc')
      .orderBy('id')
      .limit(limit)
      .execute();
  }

  /** The last consultation held before a day (its date starts the next agenda's period). */
  previous(municipalityId: string, before: string): Promise<ConsultationRow | undefined> {
    return this.db
      .selectFrom('consultation')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('held_on', '<', before)
      .orderBy('held_on', 'desc')
      .limit(1)
      .executeTakeFirst();
  }

  async update(municipalityId: string, id: string, changes: Partial<ConsultationTable>): Promise<void> {
    await this.db
      .updateTable('consultation')
      .set(changes)
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', id)
      .execute();
  }

  actions(municipalityId: string, consultationIds: string[]): Promise<ConsultationActionRow[]> {
    if (consultationIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('consultation_action')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('consultation_id', 'in', consultationIds)
      .orderBy('consultation_id')
      .orderBy('position')
      .execute();
  }

  findAction(
    municipalityId: string,
    consultationId: string,
    actionId: string,
  ): Promise<ConsultationActionRow | undefined> {
    return this.db
      .selectFrom('consultation_action')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('consultation_id', '=', consultationId)
      .where('id', '=', actionId)
      .executeTakeFirst();
  }

  /** Open actions of earlier consultations (they come back on the agenda until done). */
  openActionsBefore(municipalityId: string, day: string): Promise<ConsultationActionRow[]> {
    return this.db
      .selectFrom('consultation_action as a')
      .innerJoin('consultation as c', (j) =>
        j.onRef('c.id', '=', 'a.consultation_id').onRef('c.municipality_id', '=', 'a.municipality_id'),
      )
      .selectAll('a')
      .where('a.municipality_id', '=', municipalityId)
      .where('a.done', '=', 0)
      .where('c.held_on', '<', day)
      .orderBy('a.due_on')
      .execute();
  }

  actionsDue(municipalityId: string, from: string, to: string): Promise<ConsultationActionRow[]> {
    return this.db
      .selectFrom('consultation_action')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('due_on', '>=', from)
      .where('due_on', '<=', to)
      .orderBy('due_on')
      .execute();
  }

  /** Replaces the actions of a consultation: kept ids are updated, new ones inserted, missing ones deleted. */
  async replaceActions(municipalityId: string, consultationId: string, rows: ConsultationActionTable[]): Promise<void> {
    await this.db
      .deleteFrom('consultation_action')
      .where('municipality_id', '=', municipalityId)
      .where('consultation_id', '=', consultationId)
      .execute();
    if (rows.length) await this.db.insertInto('consultation_action').values(rows).execute();
  }

  async updateAction(municipalityId: string, id: string, changes: Partial<ConsultationActionTable>): Promise<void> {
    await this.db
      .updateTable('consultation_action')
      .set(changes)
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', id)
      .execute();
  }
}

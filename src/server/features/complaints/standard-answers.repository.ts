import type { Kysely, Selectable } from 'kysely';
import type { ComplaintStandardAnswerTable, Database } from '../../db/schema.js';

export type StandardAnswerRow = Selectable<ComplaintStandardAnswerTable>;

/** SQL of the desk's standard answers; every query filtered on the municipality. */
export class StandardAnswersRepository {
  constructor(private readonly db: Kysely<Database>) {}

  list(municipalityId: string): Promise<StandardAnswerRow[]> {
    return this.db
      .selectFrom('complaint_standard_answer')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .orderBy('title')
      .orderBy('id')
      .execute();
  }

  /** The active answers for a category: its own and those for every category. */
  forCategory(municipalityId: string, category: string): Promise<StandardAnswerRow[]> {
    return this.db
      .selectFrom('complaint_standard_answer')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('active', '=', 1)
      .where((eb) => eb.or([eb('category', '=', category), eb('category', 'is', null)]))
      .orderBy('title')
      .orderBy('id')
      .execute();
  }

  find(municipalityId: string, id: string): Promise<StandardAnswerRow | undefined> {
    return this.db
      .selectFrom('complaint_standard_answer')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async insert(row: ComplaintStandardAnswerTable): Promise<void> {
    await this.db.insertInto('complaint_standard_answer').values(row).execute();
  }

  async update(municipalityId: string, id: string, changes: Partial<ComplaintStandardAnswerTable>): Promise<void> {
    await this.db
      .updateTable('complaint_standard_answer')
      .set(changes)
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', id)
      .execute();
  }

  async remove(municipalityId: string, id: string): Promise<number> {
    const result = await this.db
      .deleteFrom('complaint_standard_answer')
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}

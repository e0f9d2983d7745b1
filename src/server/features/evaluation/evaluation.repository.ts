import type { Kysely } from 'kysely';
import type { Database, EvaluationTable } from '../../db/schema.js';

export class EvaluationRepository {
  constructor(private readonly db: Kysely<Database>) {}

  forYear(municipalityId: string, year: number): Promise<EvaluationTable[]> {
    return this.db
      .selectFrom('evaluation')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('year', '=', year)
      .execute();
  }

  find(municipalityId: string, objectiveLineageId: string, year: number): Promise<EvaluationTable | undefined> {
    return this.db
      .selectFrom('evaluation')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('objective_lineage_id', '=', objectiveLineageId)
      .where('year', '=', year)
      .executeTakeFirst();
  }

  async upsert(row: EvaluationTable): Promise<void> {
    await this.db
      .insertInto('evaluation')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['municipality_id', 'objective_lineage_id', 'year']).doUpdateSet({
          done_text: row.done_text,
          bottlenecks_text: row.bottlenecks_text,
          adjustments_text: row.adjustments_text,
          status: row.status,
          computed_status: row.computed_status,
          updated_by: row.updated_by,
          updated_at: row.updated_at,
        }),
      )
      .execute();
  }
}

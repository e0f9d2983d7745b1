import type { Kysely } from 'kysely';
import type { Database, DecisionStepTable } from '../../db/schema.js';

/** The dated steps of plan versions and reports; scoped to one municipality. */
export class DecisionRepository {
  constructor(private readonly db: Kysely<Database>) {}

  all(municipalityId: string): Promise<DecisionStepTable[]> {
    return this.db
      .selectFrom('decision_step')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .orderBy('decided_on')
      .execute();
  }

  ofSubject(municipalityId: string, subjectKind: string, subjectKey: string): Promise<DecisionStepTable[]> {
    return this.db
      .selectFrom('decision_step')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('subject_kind', '=', subjectKind)
      .where('subject_key', '=', subjectKey)
      .execute();
  }

  async upsert(row: DecisionStepTable): Promise<void> {
    await this.db
      .insertInto('decision_step')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['municipality_id', 'subject_kind', 'subject_key', 'step']).doUpdateSet({
          decided_on: row.decided_on,
          reference: row.reference,
          file_id: row.file_id,
          created_by: row.created_by,
          created_at: row.created_at,
        }),
      )
      .execute();
  }
}

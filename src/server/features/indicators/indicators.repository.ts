import type { Kysely } from 'kysely';
import type { Database, IndicatorLinkTable, IndicatorValueTable } from '../../db/schema.js';
import type { RollupRow } from '../../../shared/monitoring/rollup-index.js';

/** Links, manual values and the rollup read for indicator computation; always scoped to one municipality. */
export class IndicatorsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** The whole daily rollup of a municipality (without wijk): small (days × registers × categories × statuses). */
  async rollup(municipalityId: string): Promise<RollupRow[]> {
    const rows = await this.db
      .selectFrom('registration_daily')
      .select(['type_key', 'category', 'status', 'day', 'n', 'quantity', 'hours'])
      .where('municipality_id', '=', municipalityId)
      .where('n', '!=', 0)
      .execute();
    return rows.map((r) => ({ ...r, n: Number(r.n), quantity: Number(r.quantity), hours: Number(r.hours) }));
  }

  links(municipalityId: string): Promise<IndicatorLinkTable[]> {
    return this.db.selectFrom('indicator_link').selectAll().where('municipality_id', '=', municipalityId).execute();
  }

  link(municipalityId: string, lineageId: string): Promise<IndicatorLinkTable | undefined> {
    return this.db.selectFrom('indicator_link').selectAll().where('municipality_id', '=', municipalityId).where('indicator_lineage_id', '=', lineageId).executeTakeFirst();
  }

  async upsertLink(row: IndicatorLinkTable): Promise<void> {
    await this.db
      .insertInto('indicator_link')
      .values(row)
      .onConflict((oc) => oc.columns(['municipality_id', 'indicator_lineage_id']).doUpdateSet({ mode: row.mode, query_json: row.query_json, state: row.state, reason: row.reason, updated_by: row.updated_by, updated_at: row.updated_at }))
      .execute();
  }

  values(municipalityId: string, lineageId?: string): Promise<IndicatorValueTable[]> {
    let query = this.db.selectFrom('indicator_value').selectAll().where('municipality_id', '=', municipalityId);
    if (lineageId) query = query.where('indicator_lineage_id', '=', lineageId);
    return query.orderBy('period_start').execute();
  }

  findValue(municipalityId: string, id: string): Promise<IndicatorValueTable | undefined> {
    return this.db.selectFrom('indicator_value').selectAll().where('municipality_id', '=', municipalityId).where('id', '=', id).executeTakeFirst();
  }

  async upsertValue(row: IndicatorValueTable): Promise<void> {
    await this.db
      .insertInto('indicator_value')
      .values(row)
      .onConflict((oc) => oc.columns(['municipality_id', 'indicator_lineage_id', 'period_start', 'period_end']).doUpdateSet({ value: row.value, comment: row.comment, evidence: row.evidence, entered_by: row.entered_by, entered_at: row.entered_at }))
      .execute();
  }

  async deleteValue(municipalityId: string, id: string): Promise<void> {
    await this.db.deleteFrom('indicator_value').where('municipality_id', '=', municipalityId).where('id', '=', id).execute();
  }
}

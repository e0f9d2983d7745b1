import type { Kysely } from 'kysely';
import type { Database, IndicatorLinkTable, IndicatorReviewTable, IndicatorValueTable } from '../../db/schema.js';
import type { RollupRow } from '../../../shared/indicators/rollup-index.js';

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
    const subjectRows = await this.db
      .selectFrom('registration_subject_daily')
      .select(['subject_id', 'type_key', 'category', 'status', 'day', 'n', 'quantity', 'hours'])
      .where('municipality_id', '=', municipalityId)
      .where('n', '!=', 0)
      .execute();
    return [...rows, ...subjectRows].map((r) => ({
      ...r,
      n: Number(r.n),
      quantity: Number(r.quantity),
      hours: Number(r.hours),
    }));
  }

  /**
   * The rollup rows some queries read, and no others: a register's rows (queries without a subject) and a subject's
   * rows of a register (queries naming one). A RollupIndex over them sums those queries exactly as over the whole
   * rollup. Only the columns that vary are read (building row objects is most of the cost); quantity and hours only
   * when a query measures them (they read 0 otherwise, which no count reads).
   */
  async rollupFor(
    municipalityId: string,
    only: { typeKeys: string[]; subjects: { subjectId: string; typeKey: string }[]; amounts: boolean },
  ): Promise<RollupRow[]> {
    const out: RollupRow[] = [];
    const add = (
      rows: { category: string; status: string; day: string; n: unknown; quantity?: unknown; hours?: unknown }[],
      typeKey: string,
      subjectId?: string,
    ) => {
      for (const r of rows) {
        out.push({
          type_key: typeKey,
          category: r.category,
          status: r.status,
          day: r.day,
          n: Number(r.n),
          quantity: Number(r.quantity ?? 0),
          hours: Number(r.hours ?? 0),
          ...(subjectId ? { subject_id: subjectId } : {}),
        });
      }
    };
    for (const typeKey of only.typeKeys) {
      const query = this.db
        .selectFrom('registration_daily')
        .select(['category', 'status', 'day', 'n'])
        .where('municipality_id', '=', municipalityId)
        .where('type_key', '=', typeKey)
        .where('n', '!=', 0);
      add(only.amounts ? await query.select(['quantity', 'hours']).execute() : await query.execute(), typeKey);
    }
    for (const { subjectId, typeKey } of only.subjects) {
      const query = this.db
        .selectFrom('registration_subject_daily')
        .select(['category', 'status', 'day', 'n'])
        .where('municipality_id', '=', municipalityId)
        .where('subject_id', '=', subjectId)
        .where('type_key', '=', typeKey)
        .where('n', '!=', 0);
      add(
        only.amounts ? await query.select(['quantity', 'hours']).execute() : await query.execute(),
        typeKey,
        subjectId,
      );
    }
    return out;
  }

  /**
   * The indicators of some lineages in a plan version with their operational objective's number, in the dashboard's
   * order (section, strategic objective, operational objective, indicator), and only where the dashboard shows them:
   * under an operational objective whose parent is a strategic objective of a section.
   */
  indicatorsInPlanOrder(municipalityId: string, versionId: string, lineageIds: string[]) {
    return this.db
      .selectFrom('indicator as i')
      .innerJoin('plan_objective as op', (j) =>
        j
          .onRef('op.id', '=', 'i.objective_id')
          .on('op.level', '=', 'operational')
          .on('op.municipality_id', '=', municipalityId)
          .on('op.plan_version_id', '=', versionId),
      )
      .innerJoin('plan_objective as st', (j) =>
        j
          .onRef('st.id', '=', 'op.parent_id')
          .on('st.level', '=', 'strategic')
          .on('st.municipality_id', '=', municipalityId)
          .on('st.plan_version_id', '=', versionId),
      )
      .innerJoin('plan_section as s', (j) =>
        j
          .onRef('s.id', '=', 'st.section_id')
          .on('s.municipality_id', '=', municipalityId)
          .on('s.plan_version_id', '=', versionId),
      )
      .select(['i.id', 'i.lineage_id', 'i.text', 'i.targets_json', 'op.number'])
      .where('i.municipality_id', '=', municipalityId)
      .where('i.plan_version_id', '=', versionId)
      .where('i.lineage_id', 'in', lineageIds)
      .orderBy('s.position')
      .orderBy('st.position')
      .orderBy('op.position')
      .orderBy('i.position')
      .execute();
  }

  links(municipalityId: string): Promise<IndicatorLinkTable[]> {
    return this.db.selectFrom('indicator_link').selectAll().where('municipality_id', '=', municipalityId).execute();
  }

  /**
   * The confirmed query and ratio links whose stored JSON names the register: a superset of the links that read a
   * registration of it (`_` in a register key is a LIKE wildcard and only widens the match), read with their schema after.
   */
  confirmedLinksNaming(municipalityId: string, typeKey: string): Promise<IndicatorLinkTable[]> {
    return this.db
      .selectFrom('indicator_link')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('state', '=', 'confirmed')
      .where('mode', '!=', 'manual')
      .where('query_json', 'like', `%"${typeKey}"%`)
      .execute();
  }

  link(municipalityId: string, lineageId: string): Promise<IndicatorLinkTable | undefined> {
    return this.db
      .selectFrom('indicator_link')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('indicator_lineage_id', '=', lineageId)
      .executeTakeFirst();
  }

  async upsertLink(row: IndicatorLinkTable): Promise<void> {
    await this.db
      .insertInto('indicator_link')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['municipality_id', 'indicator_lineage_id']).doUpdateSet({
          mode: row.mode,
          query_json: row.query_json,
          manual_reason: row.manual_reason ?? null,
          state: row.state,
          reason: row.reason,
          updated_by: row.updated_by,
          updated_at: row.updated_at,
        }),
      )
      .execute();
  }

  values(municipalityId: string, lineageId?: string): Promise<IndicatorValueTable[]> {
    let query = this.db.selectFrom('indicator_value').selectAll().where('municipality_id', '=', municipalityId);
    if (lineageId) query = query.where('indicator_lineage_id', '=', lineageId);
    return query.orderBy('period_start').execute();
  }

  findValue(municipalityId: string, id: string): Promise<IndicatorValueTable | undefined> {
    return this.db
      .selectFrom('indicator_value')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async upsertValue(row: IndicatorValueTable): Promise<void> {
    await this.db
      .insertInto('indicator_value')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['municipality_id', 'indicator_lineage_id', 'period_start', 'period_end']).doUpdateSet({
          value: row.value,
          comment: row.comment,
          evidence: row.evidence,
          entered_by: row.entered_by,
          entered_at: row.entered_at,
        }),
      )
      .execute();
  }

  async deleteValue(municipalityId: string, id: string): Promise<void> {
    await this.db
      .deleteFrom('indicator_value')
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', id)
      .execute();
  }

  reviews(municipalityId: string): Promise<IndicatorReviewTable[]> {
    return this.db.selectFrom('indicator_review').selectAll().where('municipality_id', '=', municipalityId).execute();
  }

  async upsertReview(row: IndicatorReviewTable): Promise<void> {
    await this.db
      .insertInto('indicator_review')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['municipality_id', 'indicator_lineage_id', 'flag']).doUpdateSet({
          fingerprint: row.fingerprint,
          comment: row.comment,
          accepted_by: row.accepted_by,
          accepted_at: row.accepted_at,
        }),
      )
      .execute();
  }
}

import { type Kysely, sql } from 'kysely';
import { isPostgres } from '../../db/database.js';
import type { Database, IndicatorLinkTable, IndicatorReviewTable, IndicatorValueTable } from '../../db/schema.js';
import type { RollupRow, RollupSeries } from '../../../shared/indicators/rollup-index.js';

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
   * rollup. Building row objects is most of the cost: when every query counts, each series comes as one row of
   * comma-separated days and counts (`series`); quantity and hours, with their rows, only when a query measures them.
   */
  async rollupFor(
    municipalityId: string,
    only: { typeKeys: string[]; subjects: { subjectId: string; typeKey: string }[]; amounts: boolean },
  ): Promise<{ rows: RollupRow[]; series: RollupSeries[] }> {
    const reads = [
      ...only.typeKeys.map((typeKey) => ({ typeKey, subjectId: undefined })),
      ...only.subjects.map(({ subjectId, typeKey }) => ({ typeKey, subjectId })),
    ];
    if (!only.amounts) {
      // Counts only: one row per category × status with its days and counts as one text each, in day order. A
      // subject's year of meetings is ~370 rows; building a JS object per row was most of a save's countsFor.
      const series: RollupSeries[] = [];
      for (const { typeKey, subjectId } of reads) {
        for (const r of await this.seriesOf(municipalityId, typeKey, subjectId)) {
          series.push({
            type_key: typeKey,
            category: r.category,
            status: r.status,
            ...(subjectId ? { subject_id: subjectId } : {}),
            days: r.days.split(','),
            n: r.counts.split(',').map(Number),
          });
        }
      }
      return { rows: [], series };
    }
    const out: RollupRow[] = [];
    for (const { typeKey, subjectId } of reads) {
      const rows = subjectId
        ? await this.db
            .selectFrom('registration_subject_daily')
            .select(['category', 'status', 'day', 'n', 'quantity', 'hours'])
            .where('municipality_id', '=', municipalityId)
            .where('subject_id', '=', subjectId)
            .where('type_key', '=', typeKey)
            .where('n', '!=', 0)
            .execute()
        : await this.db
            .selectFrom('registration_daily')
            .select(['category', 'status', 'day', 'n', 'quantity', 'hours'])
            .where('municipality_id', '=', municipalityId)
            .where('type_key', '=', typeKey)
            .where('n', '!=', 0)
            .execute();
      for (const r of rows) {
        out.push({
          type_key: typeKey,
          category: r.category,
          status: r.status,
          day: r.day,
          n: Number(r.n),
          quantity: Number(r.quantity),
          hours: Number(r.hours),
          ...(subjectId ? { subject_id: subjectId } : {}),
        });
      }
    }
    return { rows: out, series: [] };
  }

  /** A register's (or one subject's) daily counts per category × status: days and counts comma-separated, by day. */
  private async seriesOf(
    municipalityId: string,
    typeKey: string,
    subjectId: string | undefined,
  ): Promise<{ category: string; status: string; days: string; counts: string }[]> {
    const postgres = isPostgres(this.db);
    const days = postgres ? sql`string_agg(day, ',' order by day)` : sql`group_concat(day, ',' order by day)`;
    const counts = postgres
      ? sql`string_agg(cast(n as text), ',' order by day)`
      : sql`group_concat(cast(n as text), ',' order by day)`;
    const { rows } = subjectId
      ? await sql<{ category: string; status: string; days: string; counts: string }>`select category, status,
          ${days} as days, ${counts} as counts from registration_subject_daily
          where municipality_id = ${municipalityId} and subject_id = ${subjectId} and type_key = ${typeKey} and n != 0
          group by category, status`.execute(this.db)
      : await sql<{ category: string; status: string; days: string; counts: string }>`select category, status,
          ${days} as days, ${counts} as counts from registration_daily
          where municipality_id = ${municipalityId} and type_key = ${typeKey} and n != 0
          group by category, status`.execute(this.db);
    return rows;
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
   * registration of it (`_` in a register key is a LIKE wildcard and only widens the match), read with their schema
   * after.
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

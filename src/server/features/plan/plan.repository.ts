import type { Kysely, Updateable } from 'kysely';
import type {
  ActionProgrammeTable,
  Database,
  IndicatorTable,
  PlanObjectiveTable,
  PlanResultTable,
  PlanSectionTable,
  PlanVersionTable,
} from '../../db/schema.js';

export interface PlanRows {
  version: PlanVersionTable;
  sections: PlanSectionTable[];
  actionProgrammes: ActionProgrammeTable[];
  objectives: PlanObjectiveTable[];
  results: PlanResultTable[];
  indicators: IndicatorTable[];
}

export type PlanElementTable = 'plan_section' | 'plan_objective' | 'plan_result' | 'indicator';
/** Every table whose rows belong to one plan version. */
type PlanPartTable = PlanElementTable | 'action_programme';

// SQLite allows 32,766 bound variables per statement; rows here have at most 11 columns.
const chunkSize = 500;
function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += chunkSize) out.push(rows.slice(i, i + chunkSize));
  return out;
}

/** Plan versions and their elements; every query is scoped to one municipality. */
export class PlanRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insertTree(rows: PlanRows): Promise<void> {
    await this.db.insertInto('plan_version').values(rows.version).execute();
    for (const part of chunks(rows.sections)) await this.db.insertInto('plan_section').values(part).execute();
    for (const part of chunks(rows.actionProgrammes)) {
      await this.db.insertInto('action_programme').values(part).execute();
    }
    // Strategic objectives before the operational ones that point at them.
    for (const part of chunks(rows.objectives)) await this.db.insertInto('plan_objective').values(part).execute();
    for (const part of chunks(rows.results)) await this.db.insertInto('plan_result').values(part).execute();
    for (const part of chunks(rows.indicators)) await this.db.insertInto('indicator').values(part).execute();
  }

  listVersions(municipalityId: string): Promise<PlanVersionTable[]> {
    return this.db
      .selectFrom('plan_version')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .orderBy('version_no', 'desc')
      .execute();
  }

  findVersion(municipalityId: string, id: string): Promise<PlanVersionTable | undefined> {
    return this.db
      .selectFrom('plan_version')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  latestConfirmed(municipalityId: string): Promise<PlanVersionTable | undefined> {
    return this.db
      .selectFrom('plan_version')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('status', '=', 'confirmed')
      .orderBy('version_no', 'desc')
      .limit(1)
      .executeTakeFirst();
  }

  async nextVersionNo(municipalityId: string): Promise<number> {
    const row = await this.db
      .selectFrom('plan_version')
      .select((eb) => eb.fn.max('version_no').as('n'))
      .where('municipality_id', '=', municipalityId)
      .executeTakeFirst();
    return Number(row?.n ?? 0) + 1;
  }

  async loadTree(municipalityId: string, versionId: string): Promise<PlanRows | undefined> {
    const version = await this.findVersion(municipalityId, versionId);
    if (!version) return undefined;
    const [sections, actionProgrammes, objectives, results, indicators] = await Promise.all([
      this.versionRows('plan_section', municipalityId, versionId),
      this.versionRows('action_programme', municipalityId, versionId),
      this.versionRows('plan_objective', municipalityId, versionId),
      this.versionRows('plan_result', municipalityId, versionId),
      this.versionRows('indicator', municipalityId, versionId),
    ]);
    return { version, sections, actionProgrammes, objectives, results, indicators };
  }

  /** Counts per version for the list view, in one query per table. */
  async countsByVersion(municipalityId: string): Promise<Map<string, Record<string, number>>> {
    const counts = new Map<string, Record<string, number>>();
    const add = (versionId: string, key: string, n: unknown) => {
      const entry = counts.get(versionId) ?? {};
      entry[key] = Number(n);
      counts.set(versionId, entry);
    };
    for (const r of await this.countPerVersion('plan_section', municipalityId)) add(r.plan_version_id, 'sections', r.n);
    const objectives = await this.db
      .selectFrom('plan_objective')
      .select(['plan_version_id', 'level', (eb) => eb.fn.countAll().as('n')])
      .where('municipality_id', '=', municipalityId)
      .groupBy(['plan_version_id', 'level'])
      .execute();
    for (const r of objectives) add(r.plan_version_id, r.level, r.n);
    for (const r of await this.countPerVersion('plan_result', municipalityId)) add(r.plan_version_id, 'results', r.n);
    for (const r of await this.countPerVersion('indicator', municipalityId)) add(r.plan_version_id, 'indicators', r.n);
    return counts;
  }

  /** The rows of one element table in a version, in plan order. */
  private versionRows<T extends PlanPartTable>(table: T, municipalityId: string, versionId: string) {
    return this.db
      .selectFrom(table as 'indicator')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('plan_version_id', '=', versionId)
      .orderBy('position')
      .execute() as Promise<Database[T][]>;
  }

  /** The number of rows of one element table per version. */
  private countPerVersion(table: PlanPartTable, municipalityId: string) {
    return this.db
      .selectFrom(table)
      .select(['plan_version_id', (eb) => eb.fn.countAll().as('n')])
      .where('municipality_id', '=', municipalityId)
      .groupBy('plan_version_id')
      .execute();
  }

  /** Indicators whose lineage already existed in an earlier version. */
  async continuedIndicatorCounts(municipalityId: string): Promise<Map<string, number>> {
    const rows = await this.db
      .selectFrom('indicator as i')
      .innerJoin('indicator as earlier', (join) =>
        join
          .onRef('earlier.lineage_id', '=', 'i.lineage_id')
          .onRef('earlier.municipality_id', '=', 'i.municipality_id')
          .onRef('earlier.plan_version_id', '!=', 'i.plan_version_id'),
      )
      .innerJoin('plan_version as v', 'v.id', 'i.plan_version_id')
      .innerJoin('plan_version as ev', 'ev.id', 'earlier.plan_version_id')
      .select(['i.plan_version_id', (eb) => eb.fn.count<number | string>('i.id').distinct().as('n')])
      .where('i.municipality_id', '=', municipalityId)
      .whereRef('ev.version_no', '<', 'v.version_no')
      .groupBy('i.plan_version_id')
      .execute();
    return new Map(rows.map((r) => [r.plan_version_id, Number(r.n)]));
  }

  findElement<T extends PlanElementTable>(table: T, municipalityId: string, id: string) {
    return this.db
      .selectFrom(table as 'indicator')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', id)
      .executeTakeFirst() as Promise<Database[T] | undefined>;
  }

  async updateElement<T extends PlanElementTable>(
    table: T,
    municipalityId: string,
    id: string,
    changes: Updateable<Database[T]>,
  ): Promise<void> {
    await this.db
      .updateTable(table as 'indicator')
      .set(changes as Updateable<IndicatorTable>)
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', id)
      .execute();
  }

  async updateVersion(municipalityId: string, id: string, changes: Updateable<PlanVersionTable>): Promise<void> {
    await this.db
      .updateTable('plan_version')
      .set(changes)
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', id)
      .execute();
  }

  /** Deletes a version and its elements (children first: SQLite and PostgreSQL alike, without relying on cascades). */
  async deleteVersion(municipalityId: string, id: string): Promise<void> {
    for (const table of ['indicator', 'plan_result', 'plan_objective', 'action_programme', 'plan_section'] as const) {
      await this.db
        .deleteFrom(table)
        .where('municipality_id', '=', municipalityId)
        .where('plan_version_id', '=', id)
        .execute();
    }
    await this.db
      .deleteFrom('plan_version')
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', id)
      .execute();
  }

  /** Lineage candidates of a version: objectives by their own number, indicators by their objective's number. */
  async lineageCandidates(municipalityId: string, versionId: string) {
    const objectives = await this.db
      .selectFrom('plan_objective')
      .select(['lineage_id', 'number', 'title', 'level'])
      .where('municipality_id', '=', municipalityId)
      .where('plan_version_id', '=', versionId)
      .execute();
    const indicators = await this.db
      .selectFrom('indicator')
      .innerJoin('plan_objective', 'plan_objective.id', 'indicator.objective_id')
      .select(['indicator.lineage_id', 'plan_objective.number', 'indicator.text'])
      .where('indicator.municipality_id', '=', municipalityId)
      .where('indicator.plan_version_id', '=', versionId)
      .execute();
    return {
      objectives: objectives.map((o) => ({ lineageId: o.lineage_id, number: `${o.level}:${o.number}`, text: o.title })),
      indicators: indicators.map((i) => ({ lineageId: i.lineage_id, number: i.number, text: i.text })),
    };
  }
}

export type {
  ActionProgrammeTable,
  IndicatorTable,
  PlanObjectiveTable,
  PlanResultTable,
  PlanSectionTable,
  PlanVersionTable,
};

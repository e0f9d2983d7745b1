import type { Kysely } from 'kysely';
import type { Database, EnforcementPlanSignatoryTable, EnforcementPlanTable } from '../../db/schema.js';
import { forUpdate } from '../../db/database.js';
import { steeringRegisterKey } from '../../../shared/enforcement/steering-register.js';

/** The enforcement plan with its signatories, and the steering group's registrations (issue 18). */
export class SteeringRepository {
  constructor(private readonly db: Kysely<Database>) {}

  plans(municipalityId: string): Promise<EnforcementPlanTable[]> {
    return this.db
      .selectFrom('enforcement_plan')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .orderBy('valid_from', 'desc')
      .orderBy('created_at', 'desc')
      .execute();
  }

  signatories(municipalityId: string, planIds: readonly string[]): Promise<EnforcementPlanSignatoryTable[]> {
    if (planIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('enforcement_plan_signatory')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('plan_id', 'in', [...planIds])
      .orderBy('plan_id')
      .orderBy('party')
      .execute();
  }

  /** The plan row, locked for the rest of the transaction (PostgreSQL; SQLite's write transaction holds the file). */
  lockPlan(municipalityId: string, id: string): Promise<EnforcementPlanTable | undefined> {
    return forUpdate(
      this.db,
      this.db
        .selectFrom('enforcement_plan')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .where('id', '=', id),
    ).executeTakeFirst();
  }

  async insertPlan(row: EnforcementPlanTable, signatories: readonly EnforcementPlanSignatoryTable[]): Promise<void> {
    await this.db.insertInto('enforcement_plan').values(row).execute();
    if (signatories.length) {
      await this.db
        .insertInto('enforcement_plan_signatory')
        .values([...signatories])
        .execute();
    }
  }

  async replacePlan(row: EnforcementPlanTable, signatories: readonly EnforcementPlanSignatoryTable[]): Promise<void> {
    const { id, municipality_id, created_at: _created, ...changes } = row;
    await this.db
      .updateTable('enforcement_plan')
      .set(changes)
      .where('municipality_id', '=', municipality_id)
      .where('id', '=', id)
      .execute();
    await this.db
      .deleteFrom('enforcement_plan_signatory')
      .where('municipality_id', '=', municipality_id)
      .where('plan_id', '=', id)
      .execute();
    if (signatories.length) {
      await this.db
        .insertInto('enforcement_plan_signatory')
        .values([...signatories])
        .execute();
    }
  }

  async deletePlan(municipalityId: string, id: string): Promise<void> {
    await this.db
      .deleteFrom('enforcement_plan_signatory')
      .where('municipality_id', '=', municipalityId)
      .where('plan_id', '=', id)
      .execute();
    await this.db
      .deleteFrom('enforcement_plan')
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', id)
      .execute();
  }

  /** The steering group's live registrations per kind between two days. */
  async countsByKind(municipalityId: string, from: string, to: string): Promise<Map<string, number>> {
    const rows = await this.steeringRegistrations(municipalityId)
      .select(['category', (eb) => eb.fn.countAll<number>().as('n')])
      .where((eb) => eb.between('occurred_on', from, to))
      .groupBy('category')
      .execute();
    return new Map(rows.map((r) => [r.category ?? '', Number(r.n)]));
  }

  /** The subjects the given (live) registrations name, by registration id. */
  async registrationSubjects(municipalityId: string, ids: readonly string[]): Promise<Map<string, string | null>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('registration')
      .select(['id', 'subject_id'])
      .where('municipality_id', '=', municipalityId)
      .where('id', 'in', [...ids])
      .where('deleted_at', 'is', null)
      .execute();
    return new Map(rows.map((r) => [r.id, r.subject_id ?? null]));
  }

  recent(municipalityId: string, limit: number) {
    return this.steeringRegistrations(municipalityId)
      .select(['id', 'occurred_on', 'category', 'title'])
      .orderBy('occurred_on', 'desc')
      .orderBy('id')
      .limit(limit)
      .execute();
  }

  /** The steering group's live registrations (the register of its meetings and decisions). */
  private steeringRegistrations(municipalityId: string) {
    return this.db
      .selectFrom('registration')
      .where('municipality_id', '=', municipalityId)
      .where('type_key', '=', steeringRegisterKey)
      .where('deleted_at', 'is', null);
  }
}

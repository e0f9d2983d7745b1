import type { Kysely } from 'kysely';
import type { BudgetLineTable, Database, ExpenseTable, FinanceSchemeTable, FundedStaffTable } from '../../db/schema.js';
import { forUpdate } from '../../db/database.js';

/**
 * Conventions' schemes, funded staff, expenses and multi-year plan lines; every query is scoped to one municipality.
 */
export class FinanceRepository {
  constructor(private readonly db: Kysely<Database>) {}

  schemes(municipalityId: string, versionId: string, year: number): Promise<FinanceSchemeTable[]> {
    return this.db
      .selectFrom('finance_scheme')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('plan_version_id', '=', versionId)
      .where('year', '=', year)
      .orderBy('position')
      .execute();
  }

  schemesOfYear(municipalityId: string, year: number): Promise<FinanceSchemeTable[]> {
    return this.db
      .selectFrom('finance_scheme')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('year', '=', year)
      .orderBy('position')
      .execute();
  }

  findScheme(municipalityId: string, id: string): Promise<FinanceSchemeTable | undefined> {
    return this.db
      .selectFrom('finance_scheme')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  /**
   * The scheme, locked until the transaction ends on PostgreSQL (`FOR UPDATE`): what its pots have spent is read
   * after this, so expenses sent at once are checked against the cap one after the other.
   */
  lockScheme(municipalityId: string, id: string): Promise<FinanceSchemeTable | undefined> {
    return forUpdate(
      this.db,
      this.db
        .selectFrom('finance_scheme')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .where('id', '=', id),
    ).executeTakeFirst();
  }

  async insertScheme(row: FinanceSchemeTable): Promise<void> {
    await this.db.insertInto('finance_scheme').values(row).execute();
  }

  async updateStated(
    municipalityId: string,
    id: string,
    stated: Pick<FinanceSchemeTable, 'stated_wage_cents' | 'stated_equipment_cents'>,
  ): Promise<void> {
    await this.db
      .updateTable('finance_scheme')
      .set(stated)
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', id)
      .execute();
  }

  staffOfSchemes(municipalityId: string, schemeIds: string[]): Promise<FundedStaffTable[]> {
    if (schemeIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('funded_staff')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('scheme_id', 'in', schemeIds)
      .orderBy('label')
      .execute();
  }

  findStaff(municipalityId: string, id: string): Promise<FundedStaffTable | undefined> {
    return this.db
      .selectFrom('funded_staff')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async insertStaff(row: FundedStaffTable): Promise<void> {
    await this.db.insertInto('funded_staff').values(row).execute();
  }

  async updateStaff(
    municipalityId: string,
    id: string,
    changes: Pick<
      FundedStaffTable,
      'scheme_id' | 'label' | 'regime_numerator' | 'regime_denominator' | 'start_on' | 'end_on'
    >,
  ): Promise<void> {
    await this.db
      .updateTable('funded_staff')
      .set(changes)
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', id)
      .execute();
  }

  expensesOfSchemes(municipalityId: string, schemeIds: string[]): Promise<ExpenseTable[]> {
    if (schemeIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('expense')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('scheme_id', 'in', schemeIds)
      .orderBy('spent_on')
      .orderBy('created_at')
      .execute();
  }

  findExpense(municipalityId: string, id: string): Promise<ExpenseTable | undefined> {
    return this.db
      .selectFrom('expense')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  /** What a scheme's categories have spent so far. */
  async spentByCategory(municipalityId: string, schemeId: string): Promise<Map<string, number>> {
    const rows = await this.db
      .selectFrom('expense')
      .select(['category', (eb) => eb.fn.sum<number | string>('amount_cents').as('total')])
      .where('municipality_id', '=', municipalityId)
      .where('scheme_id', '=', schemeId)
      .groupBy('category')
      .execute();
    return new Map(rows.map((r) => [r.category, Number(r.total ?? 0)]));
  }

  async insertExpense(row: ExpenseTable): Promise<void> {
    await this.db.insertInto('expense').values(row).execute();
  }

  budgetLines(municipalityId: string, year: number): Promise<BudgetLineTable[]> {
    return this.db
      .selectFrom('budget_line')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('year', '=', year)
      .orderBy('code')
      .execute();
  }

  findBudgetLine(municipalityId: string, year: number, code: string): Promise<BudgetLineTable | undefined> {
    return this.db
      .selectFrom('budget_line')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('year', '=', year)
      .where('code', '=', code)
      .executeTakeFirst();
  }

  async upsertBudgetLine(row: BudgetLineTable): Promise<void> {
    await this.db
      .insertInto('budget_line')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['municipality_id', 'year', 'code']).doUpdateSet({
          label: row.label,
          budget_cents: row.budget_cents,
          council_estimate_cents: row.council_estimate_cents,
          scheme_names_json: row.scheme_names_json,
        }),
      )
      .execute();
  }

  async objectiveLineageExists(municipalityId: string, lineageId: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('plan_objective')
      .select('id')
      .where('municipality_id', '=', municipalityId)
      .where('lineage_id', '=', lineageId)
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }
}

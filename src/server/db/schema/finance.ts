/** Money (features/finance): schemes, funded staff, expenses, budget lines. Part of `Database` (../schema.ts). */

/** A scheme of a convention for one plan version and year (the plan's own subsidy, a community-guard contingent). */
export interface FinanceSchemeTable {
  id: string;
  municipality_id: string;
  plan_version_id: string;
  year: number;
  name: string;
  /** 'plan' (no contingent) or 'guards' (wage subsidy per FTE and an equipment cap). */
  kind: string;
  amount_cents: number;
  fte_hundredths: number | null;
  stated_wage_cents: number | null;
  stated_equipment_cents: number | null;
  position: number;
  created_at: string;
}

/** A person funded by a scheme (synthetic label only), with their work regime and time in service. */
export interface FundedStaffTable {
  id: string;
  municipality_id: string;
  scheme_id: string;
  label: string;
  regime_numerator: number;
  regime_denominator: number;
  start_on: string;
  end_on: string | null;
  created_at: string;
}

export interface ExpenseTable {
  id: string;
  municipality_id: string;
  scheme_id: string;
  /** wages | equipment | training | operating */
  category: string;
  spent_on: string;
  amount_cents: number;
  description: string;
  staff_id: string | null;
  objective_lineage_id: string | null;
  file_ids_json: string;
  /** 1 when a person confirmed it past the scheme's cap (the excess is the city's own cost). */
  over_cap: number;
  created_by: string | null;
  created_at: string;
}

/** A line of the city's multi-year plan (MJP number) that holds subsidy of one or more schemes. */
export interface BudgetLineTable {
  id: string;
  municipality_id: string;
  year: number;
  code: string;
  label: string;
  budget_cents: number;
  council_estimate_cents: number | null;
  scheme_names_json: string;
  created_at: string;
}

export interface FinanceTables {
  finance_scheme: FinanceSchemeTable;
  funded_staff: FundedStaffTable;
  expense: ExpenseTable;
  budget_line: BudgetLineTable;
}

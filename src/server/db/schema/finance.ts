/** Money and decisions (features/finance, decisions, partners, calendar): schemes, staff, expenses, budget lines, decision steps, partners, agreements, calendar feeds and reminders. Part of `Database` (../schema.ts). */

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

/** One dated step of a plan version's or yearly report's path: college referral, council approval, ministry submission. */
export interface DecisionStepTable {
  id: string;
  municipality_id: string;
  /** 'plan_version' (key: its id) or 'report' (key: `<kind>:<year>`). */
  subject_kind: string;
  subject_key: string;
  step: string;
  decided_on: string;
  reference: string;
  file_id: string | null;
  created_by: string | null;
  created_at: string;
}

export interface PartnerTable {
  id: string;
  municipality_id: string;
  name: string;
  kind: string;
  created_at: string;
}

export interface AgreementTable {
  id: string;
  municipality_id: string;
  partner_id: string;
  title: string;
  objectives_json: string;
  /** quarterly | half_yearly | yearly */
  rhythm: string;
  signed_on: string;
  end_on: string | null;
  objective_lineage_id: string | null;
  file_ids_json: string;
  created_at: string;
}

export interface AgreementReviewTable {
  id: string;
  municipality_id: string;
  agreement_id: string;
  due_on: string;
  reviewed_on: string;
  notes: string;
  created_at: string;
}

/** A user's secret calendar feed: only the sha256 of the token is kept. */
export interface CalendarFeedTable {
  id: string;
  municipality_id: string;
  user_id: string;
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
}

/** A reminder sent for a deadline (kind 'before' or 'overdue'), so each goes out once. */
export interface DeadlineReminderTable {
  id: string;
  municipality_id: string;
  deadline_id: string;
  due: string;
  kind: string;
  recipient: string;
  mail_id: string;
  sent_at: string;
}

export interface FinanceTables {
  finance_scheme: FinanceSchemeTable;
  funded_staff: FundedStaffTable;
  expense: ExpenseTable;
  budget_line: BudgetLineTable;
  decision_step: DecisionStepTable;
  partner: PartnerTable;
  agreement: AgreementTable;
  agreement_review: AgreementReviewTable;
  calendar_feed: CalendarFeedTable;
  deadline_reminder: DeadlineReminderTable;
}

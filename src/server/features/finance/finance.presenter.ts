import type {
  BudgetLine,
  Expense,
  ExpenseCategory,
  Pot,
  PotKey,
  Scheme,
  Staff,
} from '../../../shared/api/finance.schema.js';
import { capState, checkConvention, reconcile } from '../../../shared/finance/convention-check.js';
import { eligibleWageByMonth, regimeFteHundredths } from '../../../shared/finance/subsidy-rules.js';
import type { BudgetLineTable, ExpenseTable, FinanceSchemeTable, FundedStaffTable } from '../../db/schema.js';

const json = <T>(text: string, fallback: T): T => {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
};

/** Which pot of a scheme an expense category draws on; null when the scheme does not pay for it. */
export function potOf(kind: string, category: ExpenseCategory): PotKey | null {
  if (kind !== 'guards') return 'all';
  if (category === 'wages') return 'wages';
  if (category === 'equipment' || category === 'training') return 'equipment_training';
  return null;
}

export function presentStaff(row: FundedStaffTable, year: number): Staff {
  const regime = { numerator: row.regime_numerator, denominator: row.regime_denominator };
  const monthlyCents = eligibleWageByMonth(regime, year, row.start_on, row.end_on);
  return {
    id: row.id,
    schemeId: row.scheme_id,
    label: row.label,
    regime: `${regime.numerator}/${regime.denominator}`,
    startOn: row.start_on,
    endOn: row.end_on,
    monthlyCents,
    yearCents: monthlyCents.reduce((a, b) => a + b, 0),
  };
}

export function presentExpense(row: ExpenseTable): Expense {
  return {
    id: row.id,
    schemeId: row.scheme_id,
    category: row.category as ExpenseCategory,
    spentOn: row.spent_on,
    amountCents: Number(row.amount_cents),
    description: row.description,
    staffId: row.staff_id,
    objectiveLineageId: row.objective_lineage_id,
    fileIds: json<string[]>(row.file_ids_json, []),
    overCap: Number(row.over_cap) === 1,
    createdAt: row.created_at,
  };
}

const pot = (key: PotKey, capCents: number, spentCents: number): Pot => ({
  key,
  capCents,
  spentCents,
  remainingCents: capCents - spentCents,
  state: capState(spentCents, capCents),
});

/** The pots of a scheme and what is left in each, given what its staff may claim and what was spent. */
export function schemePots(
  row: FinanceSchemeTable,
  staff: Staff[],
  spent: ReadonlyMap<string, number>,
): { pots: Pot[]; eligibleWageCents: number; check: ReturnType<typeof checkConvention> } {
  const amount = Number(row.amount_cents);
  const fte = row.fte_hundredths === null ? null : Number(row.fte_hundredths);
  const check = checkConvention({
    amountCents: amount,
    fteHundredths: fte,
    statedWageCents: row.stated_wage_cents === null ? null : Number(row.stated_wage_cents),
    statedEquipmentCents: row.stated_equipment_cents === null ? null : Number(row.stated_equipment_cents),
  });
  const spentOf = (...categories: string[]) => categories.reduce((a, c) => a + (spent.get(c) ?? 0), 0);
  const staffYear = staff.reduce((a, s) => a + s.yearCents, 0);
  if (row.kind !== 'guards' || check.ruleWageCents === null) {
    return {
      pots: [pot('all', amount, spentOf('wages', 'equipment', 'training', 'operating'))],
      eligibleWageCents: staffYear,
      check,
    };
  }
  // Wages: what the staff may claim pro rata, never more than the contingent's wage part; equipment: the rest, within
  // its cap.
  const wageCap = staff.length > 0 ? Math.min(check.ruleWageCents, staffYear) : check.ruleWageCents;
  const equipmentCap = Math.min(check.equipmentCents ?? 0, check.equipmentCapCents ?? 0);
  return {
    pots: [
      pot('wages', wageCap, spentOf('wages')),
      pot('equipment_training', equipmentCap, spentOf('equipment', 'training')),
    ],
    eligibleWageCents: Math.min(staffYear, check.ruleWageCents),
    check,
  };
}

export function presentScheme(row: FinanceSchemeTable, staff: Staff[], spent: ReadonlyMap<string, number>): Scheme {
  const { pots, eligibleWageCents, check } = schemePots(row, staff, spent);
  return {
    id: row.id,
    name: row.name,
    kind: row.kind === 'guards' ? 'guards' : 'plan',
    year: Number(row.year),
    amountCents: Number(row.amount_cents),
    fteHundredths: row.fte_hundredths === null ? null : Number(row.fte_hundredths),
    statedWageCents: row.stated_wage_cents === null ? null : Number(row.stated_wage_cents),
    statedEquipmentCents: row.stated_equipment_cents === null ? null : Number(row.stated_equipment_cents),
    ruleWageCents: check.ruleWageCents,
    equipmentCents: check.equipmentCents,
    equipmentCapCents: check.equipmentCapCents,
    findings: check.findings,
    eligibleWageCents,
    staffFteHundredths: staff.reduce((a, s) => a + regimeFteHundredths(parseFraction(s.regime)), 0),
    pots,
  };
}

function parseFraction(text: string): { numerator: number; denominator: number } {
  const [n, d] = text.split('/').map(Number);
  return { numerator: n ?? 1, denominator: d ?? 1 };
}

/** A multi-year plan line against the subsidy its schemes bring (amounts of the schemes of the same year). */
export function presentBudgetLine(
  row: BudgetLineTable,
  schemes: readonly { name: string; amountCents: number }[],
): BudgetLine {
  const schemeNames = json<string[]>(row.scheme_names_json, []);
  const expectedCents = schemes.filter((s) => schemeNames.includes(s.name)).reduce((a, s) => a + s.amountCents, 0);
  const budgetCents = Number(row.budget_cents);
  const { differenceCents, flagged } = reconcile(budgetCents, expectedCents);
  const council = row.council_estimate_cents === null ? null : Number(row.council_estimate_cents);
  return {
    id: row.id,
    year: Number(row.year),
    code: row.code,
    label: row.label,
    budgetCents,
    councilEstimateCents: council,
    schemeNames,
    expectedCents,
    differenceCents,
    flagged: flagged || (council !== null && reconcile(budgetCents, council).flagged),
    councilDifferenceCents: council === null ? null : budgetCents - council,
  };
}

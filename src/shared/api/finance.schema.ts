import { z } from 'zod';

const cents = z.number().int();
const day = z.iso.date();

const schemeKinds = ['plan', 'guards'] as const;
const expenseCategories = ['wages', 'equipment', 'training', 'operating'] as const;
export type ExpenseCategory = (typeof expenseCategories)[number];
/** The budget pots of a scheme: wages, equipment + training, and (plan subsidy only) everything. */
const potKeys = ['wages', 'equipment_training', 'all'] as const;
export type PotKey = (typeof potKeys)[number];

export const financeQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  versionId: z.uuid().optional(),
});

const conventionFindingSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('wage_differs'), statedCents: cents, ruleCents: cents }),
  z.object({ code: z.literal('equipment_over_cap'), equipmentCents: cents, capCents: cents }),
  z.object({ code: z.literal('parts_differ_from_total'), partsCents: cents, amountCents: cents }),
  z.object({ code: z.literal('amount_below_wage'), amountCents: cents, ruleCents: cents }),
]);

const potSchema = z.object({
  key: z.enum(potKeys),
  capCents: cents,
  spentCents: cents,
  remainingCents: cents,
  state: z.enum(['ok', 'near', 'over']),
});
export type Pot = z.infer<typeof potSchema>;

export const schemeSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(schemeKinds),
  year: z.number().int(),
  amountCents: cents,
  fteHundredths: z.number().int().nullable(),
  statedWageCents: cents.nullable(),
  statedEquipmentCents: cents.nullable(),
  ruleWageCents: cents.nullable(),
  equipmentCents: cents.nullable(),
  equipmentCapCents: cents.nullable(),
  findings: z.array(conventionFindingSchema),
  /** The staff's eligible wage subsidy this year (pro rata), at most the contingent's wage part. */
  eligibleWageCents: cents,
  staffFteHundredths: z.number().int(),
  pots: z.array(potSchema),
});
export type Scheme = z.infer<typeof schemeSchema>;

export const staffSchema = z.object({
  id: z.string(),
  schemeId: z.string(),
  label: z.string(),
  regime: z.string(),
  startOn: z.string(),
  endOn: z.string().nullable(),
  /** Twelve monthly amounts of the year asked. */
  monthlyCents: z.array(cents),
  yearCents: cents,
});
export type Staff = z.infer<typeof staffSchema>;

const expenseSchema = z.object({
  id: z.string(),
  schemeId: z.string(),
  category: z.enum(expenseCategories),
  spentOn: z.string(),
  amountCents: cents,
  description: z.string(),
  staffId: z.string().nullable(),
  objectiveLineageId: z.string().nullable(),
  fileIds: z.array(z.string()),
  overCap: z.boolean(),
  createdAt: z.string(),
});
export type Expense = z.infer<typeof expenseSchema>;

export const budgetLineSchema = z.object({
  id: z.string(),
  year: z.number().int(),
  code: z.string(),
  label: z.string(),
  budgetCents: cents,
  councilEstimateCents: cents.nullable(),
  schemeNames: z.array(z.string()),
  /** The subsidy the linked schemes bring this year, from the conventions. */
  expectedCents: cents,
  differenceCents: cents,
  flagged: z.boolean(),
  /** Budget − the council's own estimate (Mechelen: €899), when the council text gives one. */
  councilDifferenceCents: cents.nullable(),
});
export type BudgetLine = z.infer<typeof budgetLineSchema>;

export const financeOverviewSchema = z.object({
  year: z.number().int(),
  versionId: z.string(),
  versionLabel: z.string(),
  schemes: z.array(schemeSchema),
  staff: z.array(staffSchema),
  expenses: z.array(expenseSchema),
  budgetLines: z.array(budgetLineSchema),
  totals: z.object({ grantedCents: cents, spentCents: cents }),
});
export type FinanceOverview = z.infer<typeof financeOverviewSchema>;

export const staffInputSchema = z.object({
  schemeId: z.uuid(),
  label: z.string().trim().min(1).max(120),
  regime: z.string().regex(/^\s*\d{1,2}\s*\/\s*\d{1,2}\s*$/u),
  startOn: day,
  endOn: day.nullable().optional(),
});
export type StaffInput = z.infer<typeof staffInputSchema>;

export const expenseInputSchema = z.object({
  schemeId: z.uuid(),
  category: z.enum(expenseCategories),
  spentOn: day,
  amountCents: z.number().int().min(1).max(2_000_000_000),
  description: z.string().trim().min(1).max(500),
  staffId: z.uuid().nullable().optional(),
  objectiveLineageId: z.uuid().nullable().optional(),
  fileIds: z.array(z.uuid()).max(20).default([]),
  /** Record it even though it passes the cap (the excess is the city's own cost). */
  confirmOverCap: z.boolean().default(false),
});
export type ExpenseInput = z.infer<typeof expenseInputSchema>;

/** The answer to an expense: the pot after it, and a warning when it comes near (90%) or past its cap. */
export const expenseResultSchema = z.object({
  expense: expenseSchema,
  pot: potSchema,
  warning: z.enum(['near_cap', 'over_cap']).nullable(),
});

export const budgetLineInputSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  code: z
    .string()
    .trim()
    .regex(/^[A-Z]{2,5}\d{3,10}$/u),
  label: z.string().trim().min(1).max(200),
  budgetCents: z.number().int().min(0).max(2_000_000_000),
  councilEstimateCents: z.number().int().min(0).max(2_000_000_000).nullable().optional(),
  schemeNames: z.array(z.string().min(1).max(120)).min(1).max(10),
});
export type BudgetLineInput = z.infer<typeof budgetLineInputSchema>;

export const schemeStatedInputSchema = z.object({
  statedWageCents: z.number().int().min(0).max(2_000_000_000).nullable(),
  statedEquipmentCents: z.number().int().min(0).max(2_000_000_000).nullable(),
});

import { z } from 'zod';
import {
  budgetLineSchema,
  expenseResultSchema,
  financeOverviewSchema,
  type ExpenseCategory,
  type FinanceOverview,
} from '../../../shared/api/finance.schema.js';
import { decisionListSchema, type DecisionPath } from '../../../shared/api/decisions.schema.js';
import { storedFileSchema } from '../../../shared/api/files.schema.js';
import { apiClient } from '../../api/api-client.js';

export type ExpenseResult = z.infer<typeof expenseResultSchema>;

export const financeApi = {
  overview: (year?: number): Promise<FinanceOverview> =>
    apiClient.request('/api/finance', { query: { year }, schema: financeOverviewSchema }),
  setup: (year: number): Promise<FinanceOverview> =>
    apiClient.request('/api/finance/schemes/from-plan', {
      method: 'POST',
      body: { year },
      schema: financeOverviewSchema,
    }),
  addExpense: (body: {
    schemeId: string;
    category: ExpenseCategory;
    spentOn: string;
    amountCents: number;
    description: string;
    objectiveLineageId?: string | null;
    fileIds: string[];
    confirmOverCap: boolean;
  }): Promise<ExpenseResult> =>
    apiClient.request('/api/finance/expenses', { method: 'POST', body, schema: expenseResultSchema }),
  upload: (name: string, contentBase64: string) =>
    apiClient.request('/api/files', { method: 'POST', body: { name, contentBase64 }, schema: storedFileSchema }),
  decisions: (): Promise<DecisionPath[]> =>
    apiClient.request('/api/decisions', { schema: decisionListSchema }).then((r) => r.paths),
  budgetLine: budgetLineSchema,
};

/** `125,50`, `125.50`, `1.250,00`, `1 250` → cents; null when it is not an amount. Integers only: never a float sum. */
export function euroTextToCents(text: string): number | null {
  const compact = text.replace(/[\s\u00a0€]/gu, '');
  if (!/^\d[\d.,]*$/u.test(compact)) return null;
  const separators = [...compact.matchAll(/[.,]/gu)].map((m) => m[0]);
  const last = separators.at(-1);
  const tail = last === undefined ? '' : compact.slice(compact.lastIndexOf(last) + 1);
  // The last separator is the decimal one when 1–2 digits follow it; the others (all of one kind) group thousands.
  const decimal = last !== undefined && tail.length <= 2 ? last : null;
  const grouping = separators.slice(0, decimal ? -1 : undefined);
  if (new Set(grouping).size > 1 || (decimal !== null && grouping.includes(decimal))) return null;
  const [whole = '', fraction = ''] =
    decimal === null ? [compact] : [compact.slice(0, compact.lastIndexOf(decimal)), tail];
  const groups = whole.split(/[.,]/u);
  if (groups.slice(1).some((g) => g.length !== 3) || (groups.length > 1 && (groups[0] ?? '').length > 3)) return null;
  const total = Number(groups.join('')) * 100 + (fraction === '' ? 0 : Number(fraction.padEnd(2, '0')));
  return Number.isSafeInteger(total) && total > 0 ? total : null;
}

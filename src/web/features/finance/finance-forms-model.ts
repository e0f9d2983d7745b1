import type { DecisionPath } from '../../../shared/api/decisions.schema.js';
import type { DecisionStep } from '../../../shared/finance/decision-path.js';
import { euroTextToCents } from './finance.api.js';

/** `4/5`, ` 1 / 2 ` → the regime as the server stores it; null when it is not a fraction of at most 1. */
export function normaliseRegime(text: string): string | null {
  const match = /^\s*(\d{1,2})\s*\/\s*(\d{1,2})\s*$/u.exec(text);
  if (!match) return null;
  const [top, bottom] = [Number(match[1]), Number(match[2])];
  return top > 0 && bottom > 0 && top <= bottom ? `${top}/${bottom}` : null;
}

export interface BudgetLineDraft {
  code: string;
  label: string;
  budget: string;
  councilEstimate: string;
  schemeNames: string[];
}
export type BudgetLineField = 'code' | 'label' | 'budget' | 'councilEstimate' | 'schemeNames';

/** Cents → the euro text a person types back (`59833,00`), for editing a line. */
export const centsToEuroText = (cents: number | null): string =>
  cents === null ? '' : `${Math.trunc(cents / 100)},${String(Math.abs(cents) % 100).padStart(2, '0')}`;

/** Checks a multi-year plan line; `0` is a valid budget (the API takes 0), an empty council estimate is none. */
export function checkBudgetLine(
  draft: BudgetLineDraft,
  year: number,
): {
  body: {
    year: number;
    code: string;
    label: string;
    budgetCents: number;
    councilEstimateCents: number | null;
    schemeNames: string[];
  } | null;
  problems: BudgetLineField[];
} {
  const problems: BudgetLineField[] = [];
  const code = draft.code.trim().toUpperCase();
  if (!/^[A-Z]{2,5}\d{3,10}$/u.test(code)) problems.push('code');
  if (draft.label.trim().length === 0) problems.push('label');
  const budgetCents = /^\s*0+([.,]0{1,2})?\s*$/u.test(draft.budget) ? 0 : euroTextToCents(draft.budget);
  if (budgetCents === null) problems.push('budget');
  const councilEstimateCents = draft.councilEstimate.trim() === '' ? null : euroTextToCents(draft.councilEstimate);
  if (draft.councilEstimate.trim() !== '' && councilEstimateCents === null) problems.push('councilEstimate');
  if (draft.schemeNames.length === 0) problems.push('schemeNames');
  if (problems.length > 0 || budgetCents === null) return { body: null, problems };
  return {
    body: { year, code, label: draft.label.trim(), budgetCents, councilEstimateCents, schemeNames: draft.schemeNames },
    problems,
  };
}

/** The step the decision form proposes for a path: the next one, or the last one (to correct it) when complete. */
export function proposedStep(path: DecisionPath): DecisionStep {
  return path.next ?? path.stage ?? 'college_referral';
}

/** The paths the finance page offers for a year: the plan version, and the yearly reports of that year. */
export function pathsForYear(paths: DecisionPath[], versionId: string, year: number): DecisionPath[] {
  return paths.filter((p) => p.subjectKey === versionId || (p.subjectKind === 'report' && p.year === year));
}

import { type CaseState, caseDeadlines, type DeadlineState, nextDeadline } from '../../../shared/cases/case-engine.js';
import { type CaseTypeDefinition, caseTypes, isCaseTypeKey } from '../../../shared/cases/case-types.js';
import type { CaseSummary } from '../../../shared/api/cases.schema.js';
import { AppError } from '../../http/app-error.js';
import type { CaseRow, StepRow } from './case.repository.js';

export function typeOf(row: CaseRow): CaseTypeDefinition {
  if (!isCaseTypeKey(row.type_key)) throw new AppError('INTERNAL', { reason: 'unknown case type in the database' });
  return caseTypes[row.type_key];
}

export function stateOf(row: CaseRow, steps: readonly StepRow[]): CaseState {
  return {
    openedOn: row.opened_on,
    closedOn: row.closed_on,
    steps: steps.map((s) => ({
      stepKey: s.step_key,
      doneOn: s.done_on,
      outcome: s.outcome,
      hours: s.hours === null ? null : Number(s.hours),
    })),
  };
}

export const deadlineView = (d: DeadlineState) => ({
  key: d.key,
  due: d.due,
  metOn: d.metOn,
  overdue: d.overdue,
  period: d.rule.period ?? false,
});

/** A case as the list shows it: no names, only its reference, owner and deadlines. */
export interface EvaluatedCase {
  row: CaseRow;
  steps: StepRow[];
  deadlines: DeadlineState[];
  summary: Omit<CaseSummary, 'ownerName'>;
}

export function evaluateCase(row: CaseRow, steps: StepRow[], today: string): EvaluatedCase {
  const type = typeOf(row);
  const deadlines = caseDeadlines(type, stateOf(row, steps), today);
  const next = nextDeadline(
    deadlines.filter((d) => !d.rule.period),
    row.closed_on !== null,
  );
  return {
    row,
    steps,
    deadlines,
    summary: {
      id: row.id,
      typeKey: type.key,
      reference: row.reference,
      status: row.closed_on === null ? 'open' : 'closed',
      ownerUserId: row.owner_user_id,
      wijkCode: row.wijk_code,
      openedOn: row.opened_on,
      closedOn: row.closed_on,
      closeOutcome: row.close_outcome,
      lastStepKey: steps.at(-1)?.step_key ?? null,
      nextDeadline: next ? deadlineView(next) : null,
      overdue: deadlines.some((d) => d.overdue),
    },
  };
}

/** Groups steps by case id. */
export function stepsByCase(steps: readonly StepRow[]): Map<string, StepRow[]> {
  const map = new Map<string, StepRow[]>();
  for (const step of steps) {
    const list = map.get(step.case_id) ?? [];
    list.push(step);
    map.set(step.case_id, list);
  }
  return map;
}

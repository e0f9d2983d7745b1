import { addDays, addMonths } from '../calendar/days.js';
import { type FlowDefinition, type DeadlineRule, type StepDefinition, stepOf } from './case-types.js';

/** A step as it was recorded on a case. */
export interface RecordedStep {
  stepKey: string;
  doneOn: string;
  outcome: string | null;
  hours: number | null;
}

/** What the rules need to know about a case. */
export interface CaseState {
  openedOn: string;
  closedOn: string | null;
  steps: readonly RecordedStep[];
}

interface StepInput {
  stepKey: string;
  doneOn: string;
  outcome?: string | null | undefined;
  hours?: number | null | undefined;
  choices?: Record<string, string> | undefined;
}

/** Why the rules refuse an action: each is an error code of the catalog. */
type CaseRefusal =
  | 'CASE_CLOSED'
  | 'CASE_STEP_UNKNOWN'
  | 'CASE_STEP_REQUIRES'
  | 'CASE_CONSENT_REQUIRED'
  | 'CASE_STEP_ALREADY_DONE'
  | 'CASE_STEP_OUTCOME'
  | 'CASE_HOURS_MAXIMUM'
  | 'CASE_STEP_TOO_EARLY'
  | 'CASE_DATE_IMPOSSIBLE'
  | 'CASE_CLOSE_OUTCOME';

export type Verdict = { ok: true } | { ok: false; code: CaseRefusal; details: Record<string, unknown> };

const refuse = (code: CaseRefusal, details: Record<string, unknown> = {}): Verdict => ({ ok: false, code, details });
const ok: Verdict = { ok: true };

/** Whether the step `key` was recorded with an outcome that lets dependent steps start. */
function passed(type: FlowDefinition, state: CaseState, key: string): boolean {
  const step = stepOf(type, key);
  if (!step) return false;
  return state.steps.some(
    (s) => s.stepKey === key && (!step.passOutcomes || (s.outcome !== null && step.passOutcomes.includes(s.outcome))),
  );
}

/** Every step a step depends on, directly or through others. */
function prerequisitesOf(type: FlowDefinition, key: string, seen = new Set<string>()): Set<string> {
  for (const required of stepOf(type, key)?.requires ?? []) {
    if (seen.has(required)) continue;
    seen.add(required);
    prerequisitesOf(type, required, seen);
  }
  return seen;
}

export function hoursUsed(state: CaseState): number {
  return state.steps.reduce((sum, s) => sum + (s.hours ?? 0), 0);
}

/** May this step be recorded now? The one gate every step goes through (web, API, demo). */
export function checkStep(type: FlowDefinition, state: CaseState, input: StepInput, today: string): Verdict {
  if (state.closedOn !== null) return refuse('CASE_CLOSED');
  const step = stepOf(type, input.stepKey);
  if (!step) return refuse('CASE_STEP_UNKNOWN', { stepKey: input.stepKey });
  if (input.doneOn < state.openedOn || input.doneOn > today) {
    return refuse('CASE_DATE_IMPOSSIBLE', { doneOn: input.doneOn, openedOn: state.openedOn, today });
  }
  // Transitively: a step never starts before every step it depends on has passed (NERO: the prosecutor's consent).
  const missing = [...prerequisitesOf(type, step.key)].filter((key) => !passed(type, state, key));
  if (missing.length) {
    return refuse(
      type.consentStep && missing.includes(type.consentStep) ? 'CASE_CONSENT_REQUIRED' : 'CASE_STEP_REQUIRES',
      { stepKey: step.key, missing },
    );
  }
  for (const required of prerequisitesOf(type, step.key)) {
    const firstPass = state.steps
      .filter((s) => s.stepKey === required)
      .map((s) => s.doneOn)
      .sort()[0];
    if (firstPass !== undefined && input.doneOn < firstPass) {
      return refuse('CASE_DATE_IMPOSSIBLE', { doneOn: input.doneOn, before: required });
    }
  }
  if (!step.repeatable && state.steps.some((s) => s.stepKey === step.key)) {
    return refuse('CASE_STEP_ALREADY_DONE', { stepKey: step.key });
  }
  const outcome = input.outcome ?? null;
  if (step.outcomes ? outcome === null || !step.outcomes.some((o) => o.key === outcome) : outcome !== null) {
    return refuse('CASE_STEP_OUTCOME', { stepKey: step.key, allowed: step.outcomes?.map((o) => o.key) ?? [] });
  }
  for (const [choice, value] of Object.entries(input.choices ?? {})) {
    const definition = step.choices?.find((c) => c.key === choice);
    if (!definition?.options.some((o) => o.key === value)) {
      return refuse('CASE_STEP_OUTCOME', { stepKey: step.key, choice });
    }
  }
  const missingChoice = step.choices?.find((c) => c.required && input.choices?.[c.key] === undefined);
  if (missingChoice) return refuse('CASE_STEP_OUTCOME', { stepKey: step.key, choice: missingChoice.key });
  const hoursVerdict = checkHours(type, step, state, input.hours ?? null);
  if (!hoursVerdict.ok) return hoursVerdict;
  if (step.notBefore) {
    const anchor = state.steps.find((s) => s.stepKey === step.notBefore?.after);
    const earliest = anchor ? addDays(anchor.doneOn, step.notBefore.days) : undefined;
    if (earliest !== undefined && input.doneOn < earliest) {
      return refuse('CASE_STEP_TOO_EARLY', { stepKey: step.key, earliest });
    }
  }
  return ok;
}

function checkHours(type: FlowDefinition, step: StepDefinition, state: CaseState, hours: number | null): Verdict {
  if (!step.hours) {
    return hours === null ? ok : refuse('CASE_STEP_OUTCOME', { stepKey: step.key, hours: 'not recorded on this step' });
  }
  const max = type.maxHours ?? 0;
  const used = hoursUsed(state);
  if (hours === null || !(hours > 0) || used + hours > max) {
    return refuse('CASE_HOURS_MAXIMUM', { max, used, asked: hours });
  }
  return ok;
}

/** The steps that may be recorded next (today), for the web's choices. */
export function availableSteps(type: FlowDefinition, state: CaseState, today: string): StepDefinition[] {
  if (state.closedOn !== null) return [];
  return type.steps
    .filter((step) => {
      if (!step.repeatable && state.steps.some((s) => s.stepKey === step.key)) return false;
      if ([...prerequisitesOf(type, step.key)].some((key) => !passed(type, state, key))) return false;
      return !step.hours || hoursUsed(state) < (type.maxHours ?? 0);
    })
    .filter(() => state.openedOn <= today);
}

export function checkClose(
  type: FlowDefinition,
  state: CaseState,
  outcome: string,
  closedOn: string,
  today: string,
): Verdict {
  if (state.closedOn !== null) return refuse('CASE_CLOSED');
  const definition = type.closeOutcomes.find((o) => o.key === outcome);
  if (!definition) return refuse('CASE_CLOSE_OUTCOME', { outcome, allowed: type.closeOutcomes.map((o) => o.key) });
  const missing = definition.requires.filter((key) => !state.steps.some((s) => s.stepKey === key));
  if (missing.length) return refuse('CASE_STEP_REQUIRES', { outcome, missing });
  const lastStep =
    state.steps
      .map((s) => s.doneOn)
      .sort()
      .at(-1) ?? state.openedOn;
  if (closedOn < lastStep || closedOn > today) return refuse('CASE_DATE_IMPOSSIBLE', { closedOn, lastStep, today });
  return ok;
}

/** `months` calendar months after an ISO day, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export { addMonths };

export interface DeadlineState {
  key: string;
  rule: DeadlineRule;
  due: string;
  /** The day it was met, or null. */
  metOn: string | null;
  overdue: boolean;
}

/** The case's deadlines that have started (their anchor happened): due day, met or not, overdue on `today`. */
export function caseDeadlines(type: FlowDefinition, state: CaseState, today: string): DeadlineState[] {
  const out: DeadlineState[] = [];
  for (const rule of type.deadlines) {
    const anchor =
      rule.anchor === 'opened'
        ? state.openedOn
        : state.steps
            .filter((s) => s.stepKey === rule.anchor)
            .map((s) => s.doneOn)
            .sort()[0];
    if (anchor === undefined) continue;
    let due = anchor;
    if (rule.months) due = addMonths(due, rule.months);
    if (rule.days) due = addDays(due, rule.days);
    let metOn =
      rule.metBy === 'closed'
        ? state.closedOn
        : (state.steps
            .filter((s) => s.stepKey === rule.metBy)
            .map((s) => s.doneOn)
            .sort()[0] ?? null);
    if (rule.period && metOn === null && due <= today) metOn = due;
    // A closed case has no open deadlines left: what was not met by then no longer can be.
    const open = metOn === null && state.closedOn === null;
    out.push({ key: rule.key, rule, due, metOn, overdue: open && due < today });
  }
  return out;
}

/** The earliest deadline still open, or null. */
export function nextDeadline(deadlines: readonly DeadlineState[], closed: boolean): DeadlineState | null {
  if (closed) return null;
  return deadlines.filter((d) => d.metOn === null).sort((a, b) => a.due.localeCompare(b.due))[0] ?? null;
}

import type { Labels } from '../indicators/register-fields.js';

/** The parts of a flow the case engine runs (a case type, the GAS procedure): in their own module so that the
 * definitions (case-types.ts, procedure.ts) and their constructors (flow-constructors.ts) both name them. */

export interface OutcomeDefinition {
  key: string;
  labels: Labels;
}

/** One step of a case flow. A step is recorded when it happened (a day), possibly with an outcome. */
export interface StepDefinition {
  key: string;
  labels: Labels;
  /** Steps that must be recorded first (with a passing outcome) before this one may be recorded. */
  requires: string[];
  /** Outcomes to choose from; none = the step simply happened. */
  outcomes?: OutcomeDefinition[];
  /** With outcomes: the ones that let the steps requiring this one start (others block them). */
  passOutcomes?: string[];
  /** May happen more than once (talks, modules, contacts). */
  repeatable?: boolean;
  /** Community service hours are recorded on this step; their total is capped by the type's `maxHours`. */
  hours?: boolean;
  /** May not be recorded on a day before `days` after the step `after` (the 15-day defence period). */
  notBefore?: { after: string; days: number };
  /** Extra choices recorded with the step (kinds of problem, interventions, referral targets). */
  choices?: { key: string; labels: Labels; options: OutcomeDefinition[]; required?: boolean }[];
  /** The pseudonymised registration this step writes (register `case_work`, status = this event), if it counts. */
  counts?: string;
}

/** A deadline: `days`/`months` after an anchor (a step, or the opening), met when `metBy` is recorded or the case closes. */
export interface DeadlineRule {
  key: string;
  labels: Labels;
  /** A step key, or 'opened' for the day the case was opened. */
  anchor: string;
  days?: number;
  months?: number;
  /** The step that meets the deadline, or 'closed' for closing the case. */
  metBy: string;
  /** A waiting period rather than a task (the offender's 15 days to defend): it ends, it is never overdue. */
  period?: boolean;
}

/** A way to close: its name and the steps that must have been recorded for it. */
export type CloseOutcomeDefinition = OutcomeDefinition & { requires: string[] };

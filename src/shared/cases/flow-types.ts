import { z } from 'zod';
import { labelsSchema } from '../indicators/register-fields.js';

/**
 * The parts of a flow the case engine runs (a case type, the GAS procedure). The flows themselves are data
 * (`case-types.json`, `src/shared/enforcement/gas-procedure.json`), read through these schemas when the module
 * loads, so a malformed entry fails at start-up and in the tests, never halfway through a case.
 */

const keySchema = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/);

export const outcomeDefinitionSchema = z.object({ key: keySchema, labels: labelsSchema });
export type OutcomeDefinition = z.infer<typeof outcomeDefinitionSchema>;

/** One step of a case flow. A step is recorded when it happened (a day), possibly with an outcome. */
export const stepDefinitionSchema = z.object({
  key: keySchema,
  labels: labelsSchema,
  /** Steps that must be recorded first (with a passing outcome) before this one may be recorded. */
  requires: z.array(keySchema),
  /** Outcomes to choose from; none = the step simply happened. */
  outcomes: z.array(outcomeDefinitionSchema).optional(),
  /** With outcomes: the ones that let the steps requiring this one start (others block them). */
  passOutcomes: z.array(keySchema).optional(),
  /** May happen more than once (talks, modules, contacts). */
  repeatable: z.boolean().optional(),
  /** Community service hours are recorded on this step; their total is capped by the type's `maxHours`. */
  hours: z.boolean().optional(),
  /** May not be recorded on a day before `days` after the step `after` (the 15-day defence period). */
  notBefore: z.object({ after: keySchema, days: z.number().int().positive() }).optional(),
  /** Extra choices recorded with the step (kinds of problem, interventions, referral targets). */
  choices: z
    .array(
      z.object({
        key: keySchema,
        labels: labelsSchema,
        options: z.array(outcomeDefinitionSchema).min(1),
        required: z.boolean().optional(),
      }),
    )
    .optional(),
  /** The pseudonymised registration this step writes (register `case_work`, status = this event), if it counts. */
  counts: keySchema.optional(),
});
export type StepDefinition = z.infer<typeof stepDefinitionSchema>;

/**
 * A deadline: `days`/`months` after an anchor (a step, or the opening), met when `metBy` is recorded or the case
 * closes.
 */
export const deadlineRuleSchema = z.object({
  key: keySchema,
  labels: labelsSchema,
  /** A step key, or 'opened' for the day the case was opened. */
  anchor: keySchema,
  days: z.number().int().positive().optional(),
  months: z.number().int().positive().optional(),
  /** The step that meets the deadline, or 'closed' for closing the case. */
  metBy: keySchema,
  /** A waiting period rather than a task (the offender's 15 days to defend): it ends, it is never overdue. */
  period: z.boolean().optional(),
});
export type DeadlineRule = z.infer<typeof deadlineRuleSchema>;

/** A way to close: its name and the steps that must have been recorded for it. */
export const closeOutcomeDefinitionSchema = outcomeDefinitionSchema.extend({ requires: z.array(keySchema) });
export type CloseOutcomeDefinition = z.infer<typeof closeOutcomeDefinitionSchema>;

/** What the case engine (case-engine.ts) needs of a flow: its steps, deadlines and ways to close. */
export const flowShape = z.object({
  steps: z.array(stepDefinitionSchema).min(1),
  deadlines: z.array(deadlineRuleSchema),
  closeOutcomes: z.array(closeOutcomeDefinitionSchema).min(1),
  /** Legal maximum of community service hours in one case. */
  maxHours: z.number().int().positive().optional(),
  /** The step every other step waits for (NERO: the youth prosecutor's consent); refusals name it. */
  consentStep: keySchema.optional(),
});
export type FlowDefinition = z.infer<typeof flowShape>;

/**
 * The checks a flow's schema adds: every step it names is one of its own (a typo would leave a step that can never
 * start), each outcome that lets others pass is one the step offers, a deadline runs in days or in months.
 */
export function checkFlow(flow: FlowDefinition, ctx: z.RefinementCtx): void {
  const steps = new Set(flow.steps.map((s) => s.key));
  const named = (key: string, path: (string | number)[], also: string[] = []) => {
    if (!steps.has(key) && !also.includes(key)) ctx.addIssue({ code: 'custom', path, message: `no step ${key}` });
  };
  if (steps.size !== flow.steps.length) ctx.addIssue({ code: 'custom', path: ['steps'], message: 'duplicate step' });
  flow.steps.forEach((s, i) => {
    s.requires.forEach((r, j) => named(r, ['steps', i, 'requires', j]));
    if (s.notBefore) named(s.notBefore.after, ['steps', i, 'notBefore', 'after']);
    const outcomes = new Set(s.outcomes?.map((o) => o.key));
    s.passOutcomes?.forEach((p, j) => {
      if (!outcomes.has(p)) ctx.addIssue({ code: 'custom', path: ['steps', i, 'passOutcomes', j], message: p });
    });
  });
  flow.deadlines.forEach((d, i) => {
    named(d.anchor, ['deadlines', i, 'anchor'], ['opened']);
    named(d.metBy, ['deadlines', i, 'metBy'], ['closed']);
    if ((d.days === undefined) === (d.months === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['deadlines', i], message: 'days or months, not both' });
    }
  });
  flow.closeOutcomes.forEach((c, i) => c.requires.forEach((r, j) => named(r, ['closeOutcomes', i, 'requires', j])));
  if (flow.consentStep) named(flow.consentStep, ['consentStep']);
}

export const flowDefinitionSchema = flowShape.superRefine(checkFlow);

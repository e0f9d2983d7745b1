import { z } from 'zod';
import { decisionSteps, decisionSubjectKinds } from '../finance/decision-path.js';

const decisionStepSchema = z.object({
  step: z.enum(decisionSteps),
  decidedOn: z.string().nullable(),
  reference: z.string().nullable(),
  fileId: z.string().nullable(),
});

export const decisionPathSchema = z.object({
  subjectKind: z.enum(decisionSubjectKinds),
  /** The plan version's id, or `<report kind>:<year>` such as `evaluation:2020`. */
  subjectKey: z.string(),
  /** The plan version's label or the report and year, for people. */
  label: z.string(),
  year: z.number().int().nullable(),
  steps: z.array(decisionStepSchema),
  /** The last step taken; null when none. */
  stage: z.enum(decisionSteps).nullable(),
  next: z.enum(decisionSteps).nullable(),
  /** The day the path must be finished (the step named by `dueStep`). */
  due: z.string(),
  dueStep: z.enum(decisionSteps),
});
export type DecisionPath = z.infer<typeof decisionPathSchema>;

export const decisionListSchema = z.object({ paths: z.array(decisionPathSchema) });

export const decisionQuerySchema = z.object({
  subjectKind: z.enum(decisionSubjectKinds).optional(),
  subjectKey: z.string().max(80).optional(),
});

export const decisionInputSchema = z.object({
  subjectKind: z.enum(decisionSubjectKinds),
  subjectKey: z.string().min(1).max(80),
  step: z.enum(decisionSteps),
  decidedOn: z.iso.date(),
  /** The decision's reference, e.g. `Collegebesluit 16 maart 2020 – punt 71`. */
  reference: z.string().trim().min(1).max(300),
  /** The decision document (uploaded through the files API). */
  fileId: z.uuid().nullable().optional(),
  /**
   * What was decided on, when an indicator counts it: an active `decision` subject (e.g. the yearly action
   * programmes). Left out: a correction keeps the subject named before (a report's own subject otherwise); null: none.
   */
  subjectId: z.uuid().nullable().optional(),
});
export type DecisionInput = z.infer<typeof decisionInputSchema>;

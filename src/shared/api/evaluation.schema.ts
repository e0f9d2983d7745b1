import { z } from 'zod';
import { statusSchema } from './indicators.schema.js';

/** The evaluator's yearly judgement of one operational objective, beside the computed status. */
export const evaluationSchema = z.object({
  objectiveId: z.string(),
  objectiveLineageId: z.string(),
  number: z.string(),
  title: z.string(),
  sectionNumber: z.string(),
  year: z.number().int(),
  computedStatus: statusSchema,
  /** null until the evaluator wrote the evaluation. */
  evaluation: z
    .object({
      done: z.string(),
      bottlenecks: z.string(),
      adjustments: z.string(),
      status: statusSchema,
      computedStatusAtWriting: statusSchema,
      updatedAt: z.string(),
      updatedBy: z.string().nullable(),
    })
    .nullable(),
});
export type Evaluation = z.infer<typeof evaluationSchema>;

export const evaluationListSchema = z.object({
  year: z.number().int(),
  versionId: z.string(),
  evaluations: z.array(evaluationSchema),
});
export const evaluationQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  versionId: z.uuid().optional(),
});
export const evaluationParamsSchema = z.object({
  objectiveId: z.uuid(),
  year: z.coerce.number().int().min(2000).max(2100),
});
export const evaluationInputSchema = z.object({
  done: z.string().trim().max(20_000),
  bottlenecks: z.string().trim().max(20_000),
  adjustments: z.string().trim().max(20_000),
  status: statusSchema,
});

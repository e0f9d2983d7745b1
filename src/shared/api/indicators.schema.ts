import { z } from 'zod';
import { targetSchema } from './plan.schema.js';
import {
  indicatorLinkInputSchema,
  indicatorQuerySchema,
  manualReasons,
  ratioSchema,
} from '../indicators/indicator-query.js';
import { statusRules, statuses } from '../indicators/indicator-status.js';

export const statusSchema = z.enum(statuses);

const statusReasonSchema = z.object({
  rule: z.enum(statusRules),
  value: z.number().optional(),
  required: z.number().optional(),
  expected: z.number().optional(),
  due: z.string().optional(),
  met: z.number().optional(),
  of: z.number().optional(),
});

const countsSchema = z.record(statusSchema, z.number());

const indicatorFlagKinds = ['shared_computation', 'far_above_target'] as const;
/** Like DHIS2's validation rules: a reason to review a computed value, in words, until a person accepts it. */
export const indicatorFlagSchema = z.object({
  kind: z.enum(indicatorFlagKinds),
  /** shared_computation: the other indicators' numbers; far_above_target: the value and the target. */
  others: z.array(z.string()).optional(),
  value: z.number().optional(),
  required: z.number().optional(),
  fingerprint: z.string(),
  accepted: z.object({ comment: z.string(), at: z.string() }).nullable(),
});
export type IndicatorFlag = z.infer<typeof indicatorFlagSchema>;
export const acceptFlagBodySchema = z.object({
  kind: z.enum(indicatorFlagKinds),
  fingerprint: z.string().min(1).max(2000),
  comment: z.string().trim().min(3).max(2000),
});

const indicatorLinkSchema = z.object({
  mode: z.enum(['query', 'ratio', 'manual']),
  query: indicatorQuerySchema.nullable(),
  ratio: ratioSchema.nullable().optional(),
  /** Why a manual indicator stays manual. */
  manualReason: z.enum(manualReasons).nullable().optional(),
  /** The subjects the link reads, with their names (what is counted). */
  subjects: z.array(z.object({ id: z.string(), name: z.string(), typeKey: z.string() })).optional(),
  state: z.enum(['proposed', 'confirmed']),
  reason: z.string().nullable(),
  updatedAt: z.string(),
});
const indicatorStateSchema = z.object({
  id: z.string(),
  lineageId: z.string(),
  text: z.string(),
  targets: z.array(targetSchema),
  link: indicatorLinkSchema.nullable(),
  /** svpp's suggestion from the text, while no link is confirmed. */
  proposal: z.object({ link: indicatorLinkInputSchema, because: z.string() }).nullable(),
  status: statusSchema,
  reason: statusReasonSchema,
  window: z.object({ start: z.string(), end: z.string() }),
  /** The measured value in the target's window so far, when there is one. */
  value: z.number().nullable(),
  /** Status of the previous years, oldest first (history). */
  history: z.array(z.object({ year: z.number().int(), status: statusSchema, value: z.number().nullable() })),
  /** Value per month of the year (trend), null where there is no data. */
  months: z.array(z.number().nullable()),
  /** Registrations behind the value in the target's window so far (null for manual indicators). */
  sources: z.number().nullable().optional(),
  /** Reasons to look again (a computation shared with another indicator, a value far above its target). */
  flags: z.array(indicatorFlagSchema).optional(),
});
export type IndicatorState = z.infer<typeof indicatorStateSchema>;

const groupState = { status: statusSchema, counts: countsSchema };

const operationalStateSchema = z.object({
  id: z.string(),
  lineageId: z.string(),
  number: z.string(),
  title: z.string(),
  owner: z.string().nullable(),
  ...groupState,
  indicators: z.array(indicatorStateSchema),
});
export const overviewSchema = z.object({
  versionId: z.string(),
  year: z.number().int(),
  asOf: z.string(),
  plan: z.object(groupState),
  programmes: z.array(z.object({ name: z.string(), sectionNumbers: z.array(z.string()), ...groupState })),
  sections: z.array(
    z.object({
      id: z.string(),
      number: z.string(),
      title: z.string(),
      kind: z.string(),
      actionProgrammes: z.array(z.string()),
      ...groupState,
      strategic: z.array(
        z.object({
          id: z.string(),
          number: z.string(),
          title: z.string(),
          ...groupState,
          operational: z.array(operationalStateSchema),
        }),
      ),
    }),
  ),
});
export type Overview = z.infer<typeof overviewSchema>;

export const overviewQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  asOf: z.iso.date().optional(),
  versionId: z.uuid().optional(),
});

export const setLinkBodySchema = indicatorLinkInputSchema;

const manualValueSchema = z.object({
  id: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  value: z.number(),
  comment: z.string().nullable(),
  evidence: z.string().nullable(),
  enteredAt: z.string(),
});
export const manualValueListSchema = z.object({ values: z.array(manualValueSchema) });
export const manualValueInputSchema = z
  .object({
    periodStart: z.iso.date(),
    periodEnd: z.iso.date(),
    value: z.number().finite().min(-1e9).max(1e9),
    comment: z.string().trim().max(4000).nullable().optional(),
    evidence: z.string().trim().max(2000).nullable().optional(),
  })
  .refine((v) => v.periodEnd >= v.periodStart, { message: 'periodEnd before periodStart', path: ['periodEnd'] });

export const proposeResultSchema = z.object({ proposed: z.number().int(), confirmed: z.number().int() });
export const confirmProposalsBodySchema = z.object({ indicatorIds: z.array(z.uuid()).max(2000) });

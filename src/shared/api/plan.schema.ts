import { z } from 'zod';

/** A machine-readable target, as in plan-parse.schema.json ($defs/target). */
export const targetSchema = z.object({
  kind: z.enum(['count', 'hours', 'percentage', 'exists', 'growth', 'qualitative', 'monitor']),
  op: z.enum(['>=', '<=', '=']).optional(),
  value: z.number().finite().optional(),
  unit: z.enum(['percent', 'absolute']).optional(),
  per: z.enum(['year', 'school_year', 'quarter', 'month', 'half_year', 'two_years', 'plan']).optional(),
  year: z.number().int().min(1990).max(2100).optional(),
  from: z.number().int().min(1990).max(2100).optional(),
  until: z.number().int().min(1990).max(2100).optional(),
  due: z.iso.date().optional(),
});
export type Target = z.infer<typeof targetSchema>;

const planStatusSchema = z.enum(['draft', 'confirmed']);

const warningSchema = z.object({ line: z.number().int(), message: z.string() });
const fundingSchema = z.object({
  scheme: z.string(),
  amount_eur: z.number(),
  fte: z.number().nullable().optional(),
});

export const planVersionSummarySchema = z.object({
  id: z.string(),
  versionNo: z.number().int(),
  label: z.string(),
  language: z.enum(['nl', 'fr']),
  municipalityName: z.string().nullable(),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  status: planStatusSchema,
  sourceFilename: z.string(),
  createdAt: z.string(),
  confirmedAt: z.string().nullable(),
  warnings: z.array(warningSchema),
  funding: z.array(fundingSchema),
  counts: z.object({
    sections: z.number(),
    general: z.number(),
    strategic: z.number(),
    operational: z.number(),
    results: z.number(),
    indicators: z.number(),
  }),
  /** Indicators whose identity continues from the previous version. */
  continuedIndicators: z.number(),
});
export type PlanVersionSummary = z.infer<typeof planVersionSummarySchema>;

export const planVersionListSchema = z.object({ versions: z.array(planVersionSummarySchema) });

const indicatorSchema = z.object({
  id: z.string(),
  lineageId: z.string(),
  text: z.string(),
  targets: z.array(targetSchema),
  targetsEdited: z.boolean(),
  position: z.number().int(),
});
export type Indicator = z.infer<typeof indicatorSchema>;

const resultSchema = z.object({ id: z.string(), text: z.string(), position: z.number().int() });

const objectiveSchema = z.object({
  id: z.string(),
  lineageId: z.string(),
  level: z.enum(['general', 'strategic', 'operational']),
  number: z.string(),
  title: z.string(),
  owner: z.string().nullable(),
  partners: z.array(z.string()),
});

const operationalObjectiveSchema = objectiveSchema.extend({
  results: z.array(resultSchema),
  indicators: z.array(indicatorSchema),
});
const strategicObjectiveSchema = objectiveSchema.extend({ operational: z.array(operationalObjectiveSchema) });
export type OperationalObjective = z.infer<typeof operationalObjectiveSchema>;
export type StrategicObjective = z.infer<typeof strategicObjectiveSchema>;

const sectionSchema = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  kind: z.enum(['coordination', 'phenomenon']),
  description: z.string().nullable(),
  actionProgrammes: z.array(z.string()),
  general: z.array(objectiveSchema),
  strategic: z.array(strategicObjectiveSchema),
});
export type Section = z.infer<typeof sectionSchema>;

const actionProgrammeSchema = z.object({
  id: z.string(),
  name: z.string(),
  sectionNumbers: z.array(z.string()),
});

export const planTreeSchema = z.object({
  version: planVersionSummarySchema,
  actionProgrammes: z.array(actionProgrammeSchema),
  sections: z.array(sectionSchema),
});
export type PlanTree = z.infer<typeof planTreeSchema>;

/** Upload of a plan text (read from a .txt file converted from the PDF). */
export const importPlanBodySchema = z.object({
  filename: z.string().trim().min(1).max(255),
  text: z.string().max(25_000_000),
  /** Store as confirmed straight away instead of a draft to review. */
  confirm: z.boolean().default(false),
});

export const updateSectionBodySchema = z
  .object({ title: z.string().trim().min(1).max(500), description: z.string().max(20_000).nullable() })
  .partial()
  .refine((b) => Object.keys(b).length > 0, { message: 'empty update' });

export const updateObjectiveBodySchema = z
  .object({
    number: z
      .string()
      .trim()
      .regex(/^\d+(\.\d+)*$/)
      .max(20),
    title: z.string().trim().min(1).max(2000),
    owner: z.string().trim().max(200).nullable(),
    partners: z.array(z.string().trim().min(1).max(200)).max(50),
  })
  .partial()
  .refine((b) => Object.keys(b).length > 0, { message: 'empty update' });

export const updateResultBodySchema = z.object({ text: z.string().trim().min(1).max(4000) });

export const updateIndicatorBodySchema = z
  .object({ text: z.string().trim().min(1).max(4000), targets: z.array(targetSchema).max(10) })
  .partial()
  .refine((b) => Object.keys(b).length > 0, { message: 'empty update' });

export const elementHistorySchema = z.object({
  entries: z.array(
    z.object({
      at: z.string(),
      actorEmail: z.string().nullable(),
      action: z.string(),
      before: z.unknown().nullable(),
      after: z.unknown().nullable(),
    }),
  ),
});

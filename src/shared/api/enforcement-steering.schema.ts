import { z } from 'zod';
import { indicatorStandingSchema } from './registrations.schema.js';

/**
 * The enforcement plan (bestuurlijk handhavingsplan, plan 3.2.1: "door de lokale politie, parket en stadsbestuur
 * ondertekend") with its signatories and dates, and the steering group's registrations against the plan's targets
 * (issue 18, routes in features/enforcement/steering.routes.ts).
 */

/** The three parties that sign the enforcement plan. */
export const planParties = ['police', 'prosecutor', 'city'] as const;
export type PlanParty = (typeof planParties)[number];

export const planSignatorySchema = z.object({
  id: z.uuid(),
  party: z.enum(planParties),
  signedBy: z.string(),
  signedOn: z.string().nullable(),
});

export const enforcementPlanSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  version: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  fileId: z.string().nullable(),
  summary: z.string().nullable(),
  signatories: z.array(planSignatorySchema),
  /** Police, prosecutor and city have all signed. */
  fullySigned: z.boolean(),
  /** In force today (valid_from ≤ today ≤ valid_to). */
  current: z.boolean(),
  /** The `document` subject its registration names (the plan's indicator on a signed enforcement plan), if any. */
  subjectId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type EnforcementPlan = z.infer<typeof enforcementPlanSchema>;

export const enforcementPlanListSchema = z.object({ plans: z.array(enforcementPlanSchema) });

const signatoryInputSchema = z.object({
  party: z.enum(planParties),
  signedBy: z.string().trim().min(2).max(200),
  signedOn: z.iso.date().nullable().optional(),
});

export const enforcementPlanInputSchema = z.object({
  title: z.string().trim().min(2).max(300),
  version: z.string().trim().min(1).max(40),
  validFrom: z.iso.date(),
  validTo: z.iso.date().nullable().optional(),
  fileId: z.uuid().nullable().optional(),
  summary: z.string().trim().max(4000).nullable().optional(),
  signatories: z
    .array(signatoryInputSchema)
    .max(planParties.length)
    .default([])
    .refine((list) => new Set(list.map((s) => s.party)).size === list.length, {
      message: 'each party signs once',
    }),
  subjectId: z.uuid().nullable().optional(),
});
export type EnforcementPlanInput = z.infer<typeof enforcementPlanInputSchema>;

export const steeringQuerySchema = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

export const steeringOverviewSchema = z.object({
  year: z.number().int(),
  registerKey: z.string(),
  /** The register's one active steering-group subject (what its registrations name), if there is exactly one. */
  subjectId: z.string().nullable(),
  counts: z.object({ meeting: z.number().int(), feedback: z.number().int(), policy_proposal: z.number().int() }),
  /** The meetings the plan asks for this year (its target), null when no indicator says. */
  meetingsRequired: z.number().nullable(),
  /** The plan's indicators that read the steering register, as the dashboard computes them for the year. */
  indicators: z.array(indicatorStandingSchema),
  recent: z.array(
    z.object({ id: z.string(), occurredOn: z.string(), kind: z.string().nullable(), title: z.string().nullable() }),
  ),
});
export type SteeringOverview = z.infer<typeof steeringOverviewSchema>;

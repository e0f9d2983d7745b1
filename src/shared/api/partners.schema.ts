import { z } from 'zod';
import { agreementRhythms } from '../partners/review-schedule.js';

export const partnerKinds = ['non_profit', 'public_service', 'school', 'police', 'justice', 'other'] as const;

export const partnerSchema = z.object({ id: z.string(), name: z.string(), kind: z.enum(partnerKinds) });
export type Partner = z.infer<typeof partnerSchema>;

const agreementReviewSchema = z.object({
  dueOn: z.string(),
  reviewedOn: z.string().nullable(),
  notes: z.string().nullable(),
});

export const agreementSchema = z.object({
  id: z.string(),
  partnerId: z.string(),
  partnerName: z.string(),
  title: z.string(),
  /** Measurable objectives, one per line of the agreement. */
  objectives: z.array(z.string()),
  rhythm: z.enum(agreementRhythms),
  signedOn: z.string(),
  endOn: z.string().nullable(),
  objectiveLineageId: z.string().nullable(),
  fileIds: z.array(z.string()),
  /** The reviews due up to a year from today, done or not. */
  reviews: z.array(agreementReviewSchema),
  nextReviewOn: z.string().nullable(),
});
export type Agreement = z.infer<typeof agreementSchema>;

export const partnerListSchema = z.object({ partners: z.array(partnerSchema), agreements: z.array(agreementSchema) });

export const partnerInputSchema = z.object({ name: z.string().trim().min(2).max(200), kind: z.enum(partnerKinds) });

export const agreementInputSchema = z.object({
  partnerId: z.uuid(),
  title: z.string().trim().min(2).max(300),
  objectives: z.array(z.string().trim().min(2).max(500)).min(1).max(30),
  rhythm: z.enum(agreementRhythms),
  signedOn: z.iso.date(),
  endOn: z.iso.date().nullable().optional(),
  objectiveLineageId: z.uuid().nullable().optional(),
  fileIds: z.array(z.uuid()).max(20).default([]),
  /**
   * The `document` subject the agreement is (e.g. "samenwerkingsovereenkomst met jeugdhuis ROJM"): its registration
   * names it.
   */
  subjectId: z.uuid().nullable().optional(),
});
export type AgreementInput = z.infer<typeof agreementInputSchema>;

export const agreementReviewInputSchema = z.object({
  dueOn: z.iso.date(),
  reviewedOn: z.iso.date(),
  notes: z.string().trim().max(2000).default(''),
});

import { z } from 'zod';

/**
 * The inter-municipal association (GASAM, issue 18): its agreements with the municipalities that entrusted it with
 * their GAS handling, dated. Managed by the association; a member sees the agreements naming it, read-only.
 */

export const municipalityKinds = ['municipality', 'association'] as const;
export type MunicipalityKind = (typeof municipalityKinds)[number];

export const gasAgreementSchema = z.object({
  id: z.string(),
  associationId: z.string(),
  associationName: z.string(),
  memberId: z.string(),
  memberName: z.string(),
  memberSlug: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  signedOn: z.string(),
});
export type GasAgreement = z.infer<typeof gasAgreementSchema>;

export const gasAgreementListSchema = z.object({
  /** What the signed-in user's tenant is. */
  kind: z.enum(municipalityKinds),
  /** The association's own agreements with its members (empty for a municipality). */
  agreements: z.array(gasAgreementSchema),
  /** The agreements by which this municipality entrusted an association (read-only here). */
  entrustedTo: z.array(gasAgreementSchema),
});
export type GasAgreementList = z.infer<typeof gasAgreementListSchema>;

const day = z.iso.date();

export const gasAgreementInputSchema = z.object({
  /** The member municipality's slug (as the operator created it). */
  memberSlug: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .regex(/^[a-z0-9-]+$/),
  validFrom: day,
  validTo: day.nullable().optional(),
  signedOn: day,
});
export type GasAgreementInput = z.infer<typeof gasAgreementInputSchema>;

export const gasAgreementPatchSchema = z
  .object({ validFrom: day, validTo: day.nullable(), signedOn: day })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'nothing to change' });
export type GasAgreementPatch = z.infer<typeof gasAgreementPatchSchema>;

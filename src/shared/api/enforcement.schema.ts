import { z } from 'zod';
import { finders, maximumFineCents, offenceCategories, regulations } from '../enforcement/catalogue.js';
import { findingStatuses } from '../enforcement/procedure.js';
import { pageQuery } from './common.schema.js';
import { importFileSchema } from './imports.schema.js';

/**
 * Enforcement at volume (issue 18), the intake: the offence catalogue (articles and amounts), findings files, the
 * findings list and a guard's GAS report. The other slices have their own enforcement-<slice>.schema.ts.
 */

const day = z.iso.date();
const articleCode = z.string().trim().min(1).max(60);

/** One article as `gas articles --format json` lists it (the GasArticle shape of shared/enforcement/catalogue.ts). */
export const gasArticleSchema = z.object({
  id: z.string(),
  article: z.string(),
  regulation: z.enum(regulations),
  category: z.enum(offenceCategories),
  labels: z.object({ nl: z.string(), fr: z.string() }),
  mixed: z.boolean(),
  mediation: z.boolean(),
  finders: z.array(z.enum(finders)),
  prescriptionMonths: z.number().int(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  /** The category's fixed amount on the day asked (null: an ABP fine decided case by case). */
  amountCents: z.number().int().nullable(),
});

export const gasAmountSchema = z.object({
  category: z.enum(offenceCategories),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  amountCents: z.number().int(),
});
export type GasAmount = z.infer<typeof gasAmountSchema>;

/** The catalogue on one day: every article (in force or not, `validFrom`/`validTo` tell) and every amount. */
export const gasCatalogueSchema = z.object({
  on: z.string(),
  articles: z.array(gasArticleSchema),
  amounts: z.array(gasAmountSchema),
});
export type GasCatalogue = z.infer<typeof gasCatalogueSchema>;

export const gasCatalogueQuerySchema = z.object({ on: day.optional() });

export const gasArticleInputSchema = z.object({
  article: articleCode,
  regulation: z.enum(regulations),
  category: z.enum(offenceCategories),
  labels: z.object({ nl: z.string().trim().min(1).max(500), fr: z.string().trim().min(1).max(500) }),
  mixed: z.boolean(),
  mediation: z.boolean(),
  finders: z.array(z.enum(finders)).min(1).max(finders.length),
  prescriptionMonths: z.number().int().min(1).max(120),
  validFrom: day,
  validTo: day.nullable().default(null),
});
export type GasArticleInput = z.infer<typeof gasArticleInputSchema>;

/** What may change on an article version: everything but its code and its first day. */
export const gasArticleUpdateSchema = gasArticleInputSchema.omit({ article: true, validFrom: true }).partial();
export type GasArticleUpdate = z.infer<typeof gasArticleUpdateSchema>;

/** Ends an article's validity on a day (its last day in force). */
export const gasArticleEndSchema = z.object({ validTo: day });

/** A new amount for a category from a day; the open amount before it ends the day before. */
export const gasAmountInputSchema = z.object({
  category: z.enum(offenceCategories),
  validFrom: day,
  amountCents: z.number().int().min(0).max(maximumFineCents),
});
export type GasAmountInput = z.infer<typeof gasAmountInputSchema>;

/** A findings file (CSV `;` or XLSX) in base64; `dryRun` (default) checks every row and stores nothing. */
export const findingImportBodySchema = importFileSchema.extend({ dryRun: z.boolean().default(true) });

const rejectedFindingSchema = z.object({
  /** 1-based row number in the file, counting the header as row 1. */
  row: z.number().int(),
  reference: z.string().nullable(),
  reasons: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })),
});
export type RejectedFinding = z.infer<typeof rejectedFindingSchema>;

/** `gas import --format json` prints `imported`, `duplicates` and `rejected` (counts) first. */
export const findingImportResultSchema = z.object({
  imported: z.number().int(),
  duplicates: z.number().int(),
  rejected: z.number().int(),
  dryRun: z.boolean(),
  total: z.number().int(),
  /** Rows that pass every check and are new (a dry run imports none of them). */
  accepted: z.number().int(),
  /** The same file (sha256) was imported before: every row counts as a duplicate. */
  repeatedFile: z.boolean(),
  /** Every rejected row with its reasons (at most 1,000 listed; `rejected` counts them all). */
  rejectedRows: z.array(rejectedFindingSchema),
});
export type FindingImportResult = z.infer<typeof findingImportResultSchema>;

export const findingListQuerySchema = z.object({
  status: z.enum(findingStatuses).optional(),
  article: articleCode.optional(),
  source: z.enum(finders).optional(),
  from: day.optional(),
  to: day.optional(),
  ...pageQuery(50, 10_000_000, 200),
});
export type FindingListQuery = z.infer<typeof findingListQuerySchema>;

export const findingSummarySchema = z.object({
  id: z.string(),
  municipalityId: z.string(),
  reference: z.string(),
  observedAt: z.string(),
  observedOn: z.string(),
  article: z.string(),
  category: z.enum(offenceCategories),
  plate: z.string().nullable(),
  plateCountry: z.string().nullable(),
  street: z.string().nullable(),
  houseNumber: z.string().nullable(),
  wijkCode: z.string().nullable(),
  source: z.enum(finders),
  observer: z.string(),
  status: z.enum(findingStatuses),
  amountCents: z.number().int().nullable(),
  /** `+++123/4567/89012+++` */
  structuredCommunication: z.string(),
  prescriptionOn: z.string(),
});
export type FindingSummary = z.infer<typeof findingSummarySchema>;

export const findingListSchema = z.object({ total: z.number().int(), items: z.array(findingSummarySchema) });
export type FindingList = z.infer<typeof findingListSchema>;

/** A GAS report from the guard app: a vaststeller's own finding, source `guard`, observer the guard. */
export const guardFindingInputSchema = z.object({
  /** The guard's own report number; made by the server when absent. */
  reference: z.string().trim().min(1).max(60).optional(),
  observedAt: z.iso.datetime({ offset: true }),
  article: articleCode,
  plate: z.string().trim().max(20).optional(),
  country: z.string().trim().max(2).optional(),
  street: z.string().trim().max(200).optional(),
  number: z.string().trim().max(20).optional(),
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
  photos: z.number().int().min(0).max(100).default(0),
});
export type GuardFindingInput = z.infer<typeof guardFindingInputSchema>;

import { z } from 'zod';
import { indicatorQuerySchema, manualReasons, ratioSchema } from '../indicators/indicator-query.js';
import { statuses } from '../indicators/indicator-status.js';
import { indicatorFlagSchema } from './indicators.schema.js';
import { locales } from '../i18n/locale.js';

/**
 * The indicator table for scripts and spreadsheets (`svpp indicators list`, GET /api/indicators/table): one row per
 * indicator in plan order. Stable names (../../../../shared/contracts/interface.md): fields may be added, never
 * removed or renamed.
 */
export const indicatorTableFormats = ['json', 'csv', 'xlsx'] as const;
export type IndicatorTableFormat = (typeof indicatorTableFormats)[number];

/** A computation as the table shows it: what is read, the subjects by name, the same in words. */
const tableLinkSchema = z.object({
  mode: z.enum(['query', 'ratio', 'manual']),
  /** Present for `query`. */
  query: indicatorQuerySchema.optional(),
  /** Present for `ratio`. */
  ratio: ratioSchema.optional(),
  /** Present for `manual` (null when no reason was given). */
  manualReason: z.enum(manualReasons).nullable().optional(),
  subjects: z.array(z.object({ id: z.string(), name: z.string() })),
  /** The computation in words in the table's language, e.g. "aantal vergaderingen van ‘CPR’". */
  computation: z.string(),
  state: z.enum(['proposed', 'confirmed']),
  /** Of a proposal: the words in the text svpp read it from. */
  because: z.string().nullable().optional(),
});
export type TableLink = z.infer<typeof tableLinkSchema>;

const indicatorTableRowSchema = z.object({
  /** The plan section's number ("1"). */
  section: z.string().nullable(),
  /** The operational objective's number ("1.2.4"). */
  objective: z.string(),
  text: z.string(),
  /** The target of the year in words, or every target when none applies to the year; null without a target. */
  target: z.string().nullable(),
  /** The confirmed link that computes the value (or says it is manual); null when none is confirmed. */
  link: tableLinkSchema.nullable(),
  /** svpp's proposal waiting for a person's confirmation; null when there is none. */
  proposal: tableLinkSchema.nullable(),
  /** Why the indicator is manual, in words (of the link, else of a manual proposal); null when it is computed. */
  manualReason: z.string().nullable(),
  value: z.number().nullable(),
  /** The status in words in the table's language. */
  status: z.string(),
  /** The registrations behind the value so far (the numerator's for a ratio); null for manual and unlinked rows. */
  sources: z.number().nullable(),
  // Added fields (never removed):
  indicatorId: z.string(),
  sectionTitle: z.string().nullable(),
  objectiveTitle: z.string(),
  /** The status code (achieved, on_track, at_risk, missed, no_data, monitor). */
  statusCode: z.enum(statuses),
  /** The status rule in words ("2 van 3: streefwaarde niet gehaald."). */
  statusReason: z.string(),
  /** Reasons to review the value (shared computation, far above target), with the reason in words. */
  flags: z.array(indicatorFlagSchema.extend({ words: z.string() })),
});
export type IndicatorTableRow = z.infer<typeof indicatorTableRowSchema>;

export const indicatorTableSchema = z.object({
  /** The municipality's slug. */
  municipality: z.string(),
  year: z.number().int(),
  // Added fields:
  asOf: z.string(),
  lang: z.enum(locales),
  versionId: z.string(),
  indicators: z.array(indicatorTableRowSchema),
});
export type IndicatorTable = z.infer<typeof indicatorTableSchema>;

export const indicatorTableQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  format: z.enum(indicatorTableFormats).default('json'),
  /** The language of the words; default the reader's language. */
  lang: z.enum(locales).optional(),
});

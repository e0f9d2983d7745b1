import { z } from 'zod';
import { finders, offenceCategories } from '../enforcement/catalogue.js';
import { locales } from '../i18n/locale.js';

/**
 * The analysis of findings (issue 18): by time (weekday × hour), place (wijk, streets for enforcement.read), number,
 * article and source, month. Outside the department (enforcement.statistics.read without enforcement.read) the
 * barometer's disclosure rules apply: one calendar quarter of one municipality, no filters, every table protected
 * together (src/shared/barometer/disclosure.ts).
 */

const day = z.iso.date();

export const gasAnalysisQuerySchema = z.object({
  from: day,
  to: day,
  /** One municipality of the reader's scope (its own or a member of its association); default the whole scope. */
  municipality: z.uuid().optional(),
  article: z.string().trim().min(1).max(60).optional(),
  source: z.enum(finders).optional(),
  wijk: z
    .string()
    .regex(/^[A-Za-z0-9]{1,20}$/)
    .optional(),
});
export type GasAnalysisQuery = z.infer<typeof gasAnalysisQuerySchema>;

/** A count as it may be shown: a hidden cell reads "<5" (its true value 0–4), a hidden total null. */
const shown = z.union([z.number().int(), z.literal('<5'), z.null()]);
export type GasShownCount = z.infer<typeof shown>;

export const gasAnalysisSchema = z.object({
  period: z.object({ from: z.string(), to: z.string(), days: z.number().int() }),
  /** true when small counts are hidden for this reader. */
  suppressed: z.boolean(),
  /** The municipality analysed, or null for the whole scope. */
  municipalityId: z.string().nullable(),
  /** What the reader may choose: its own tenant and each member with an agreement (the facts' days it covers). */
  scope: z.array(
    z.object({ municipalityId: z.string(), name: z.string(), from: z.string().nullable(), to: z.string().nullable() }),
  ),
  total: shown,
  heat: z.object({
    /** Only cells that are not 0. */
    cells: z.array(z.object({ weekday: z.number().int(), hour: z.number().int(), n: shown })),
    weekdayTotals: z.array(z.object({ weekday: z.number().int(), n: shown })),
    hourTotals: z.array(z.object({ hour: z.number().int(), n: shown })),
    total: shown,
  }),
  /** Per wijk of the one municipality analysed (empty for the whole scope of an association or without geometry). */
  wijken: z.array(z.object({ wijkCode: z.string(), name: z.string(), n: shown })),
  /** Findings without a wijk. */
  unplaced: shown,
  articles: z.array(
    z.object({
      article: z.string(),
      category: z.enum(offenceCategories),
      bySource: z.object({ police: shown, guard: shown, camera: shown }),
      total: shown,
    }),
  ),
  sourceTotals: z.object({ police: shown, guard: shown, camera: shown }),
  /** Inside the department only (empty outside: category totals would tie the article table to others). */
  categories: z.array(z.object({ category: z.enum(offenceCategories), n: z.number().int() })),
  months: z.array(z.object({ month: z.string(), n: shown })),
  /** Per municipality of the scope (inside the department, for an association). */
  members: z.array(z.object({ municipalityId: z.string(), name: z.string(), n: z.number().int() })),
  /** The streets with the most findings: only for readers with enforcement.read, else null. */
  streets: z.array(z.object({ street: z.string(), n: z.number().int() })).nullable(),
});
export type GasAnalysis = z.infer<typeof gasAnalysisSchema>;

const formatQuery = z
  .string()
  .max(20)
  .optional()
  .describe('docx | pdf | xlsx (default pdf); anything else answers REPORT_FORMAT_UNSUPPORTED');

export const gasReportQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  format: formatQuery,
  lang: z.enum(locales).optional(),
});

export const gasWorkflowQuerySchema = z.object({ format: formatQuery, lang: z.enum(locales).optional() });

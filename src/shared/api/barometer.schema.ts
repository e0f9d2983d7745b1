import { z } from 'zod';
import { pageQuery } from './common.schema.js';
import { nuisanceCategories } from '../barometer/categories.js';
import { isCalendarDay } from '../barometer/periods.js';
import { importFileSchema } from './imports.schema.js';

const nuisanceSourceSchema = z.enum(['complaint', 'guard_report', 'police']);
const nuisanceCategorySchema = z.enum(nuisanceCategories);

const day = z.string().refine(isCalendarDay, { message: 'YYYY-MM-DD' });
/** A comma-separated list in a query string: `noise,drugs`. */
const csv = z
  .string()
  .max(400)
  .transform((s) =>
    s
      .split(',')
      .map((v) => v.trim())
      .filter((v) => v !== ''),
  );

/** The barometer's filters: the period (inclusive days), categories and sources (all when left out). */
export const barometerQuerySchema = z.object({
  from: day,
  to: day,
  categories: csv.pipe(z.array(nuisanceCategorySchema).max(20)).optional(),
  sources: csv.pipe(z.array(nuisanceSourceSchema).max(3)).optional(),
});
export type BarometerQuery = z.infer<typeof barometerQuerySchema>;

/**
 * A count as it may be shown. Outside the department (disclosure control, shared/nuisance/disclosure.ts) a hidden
 * cell reads "<5" (its count is 0–4: 1–4 itself, or an empty cell hidden with it) and a hidden total is null.
 */
export const shownCountSchema = z.union([z.number().int(), z.literal('<5'), z.null()]);

const periodSchema = z.object({ from: z.string(), to: z.string(), days: z.number().int() });

export const barometerMapSchema = z.object({
  period: periodSchema,
  /** true when small counts are suppressed for this reader. */
  suppressed: z.boolean(),
  wijken: z.array(
    z.object({
      wijkCode: z.string(),
      name: z.string(),
      total: shownCountSchema,
      byCategory: z.record(z.string(), shownCountSchema),
    }),
  ),
  /** Events without a wijk (outside the wijken or unknown place). */
  unplaced: shownCountSchema,
});
export type BarometerMap = z.infer<typeof barometerMapSchema>;

export const heatmapQuerySchema = barometerQuerySchema.extend({
  wijk: z
    .string()
    .regex(/^[A-Za-z0-9]{1,20}$/)
    .optional(),
});

export const barometerHeatmapSchema = z.object({
  period: periodSchema,
  suppressed: z.boolean(),
  /** weekday 1 (Monday) … 7 (Sunday), hour 0–23; missing cells are zero. */
  cells: z.array(z.object({ weekday: z.number().int(), hour: z.number().int(), n: shownCountSchema })),
  /** The margins (outside the department protected with the cells; null = not shown). */
  weekdayTotals: z.array(z.object({ weekday: z.number().int(), n: shownCountSchema })).optional(),
  hourTotals: z.array(z.object({ hour: z.number().int(), n: shownCountSchema })).optional(),
  total: shownCountSchema.optional(),
});
export type BarometerHeatmap = z.infer<typeof barometerHeatmapSchema>;

const comparisonSchema = z.object({
  count: shownCountSchema,
  /** current rate / this period's rate; null when not computable or when it would reveal a small count. */
  ratio: z.number().nullable(),
  /**
   * null (and direction null, not flagged) outside the department when either count is hidden: a test would reveal it.
   */
  pValue: z.number().nullable(),
  direction: z.enum(['up', 'down', 'same']).nullable(),
  /** The change is unlikely to be chance (exact test, false discovery rate 5 % over all rows shown). */
  flagged: z.boolean(),
});

export const barometerTrendsSchema = z.object({
  period: periodSchema,
  previous: periodSchema,
  lastYear: periodSchema,
  suppressed: z.boolean(),
  falseDiscoveryRate: z.number(),
  /** One row per wijk × category with events in any of the three periods; wijkCode null = the whole municipality. */
  rows: z.array(
    z.object({
      wijkCode: z.string().nullable(),
      category: nuisanceCategorySchema,
      current: shownCountSchema,
      vsPrevious: comparisonSchema,
      vsLastYear: comparisonSchema,
    }),
  ),
});
export type BarometerTrends = z.infer<typeof barometerTrendsSchema>;

export const barometerEventsQuerySchema = barometerQuerySchema.extend({
  wijk: z
    .string()
    .regex(/^[A-Za-z0-9]{1,20}$/)
    .optional(),
  weekday: z.coerce.number().int().min(1).max(7).optional(),
  hour: z.coerce.number().int().min(0).max(23).optional(),
  ...pageQuery(50, 1_000_000, 200),
});

export const barometerEventsSchema = z.object({
  suppressed: z.boolean(),
  /** Whether streets are shown to this reader. */
  streets: z.boolean(),
  total: shownCountSchema,
  items: z.array(
    z.object({
      id: z.string(),
      source: nuisanceSourceSchema,
      category: nuisanceCategorySchema,
      wijkCode: z.string().nullable(),
      street: z.string().nullable(),
      /** Inside the department the moment as recorded; outside only the day and hour. */
      occurredAt: z.string(),
      day: z.string(),
      hour: z.number().int(),
    }),
  ),
});
export type BarometerEvents = z.infer<typeof barometerEventsSchema>;

export const barometerExportQuerySchema = z.object({
  from: day,
  to: day,
  format: z.enum(['csv', 'xlsx', 'geojson']),
  /** Outside the department only `period` (one calendar quarter). */
  by: z.enum(['period', 'month']).default('period'),
});

/** Which column of the police file feeds which part of an event. */
const policeMappingSchema = z.object({
  /** Date (31/03/2020, 2020-03-31) or date and time (2020-03-31 22:15, 31/03/2020 22:15). */
  occurredOn: z.string().min(1),
  /** A separate time column (22:15), when the date column has none. */
  time: z.string().min(1).optional(),
  /** The category: a barometer key or its name in Dutch, French or English. */
  category: z.string().min(1),
  /** The wijk by code or name; or lat/lon to place the point. */
  wijk: z.string().min(1).optional(),
  lat: z.string().min(1).optional(),
  lon: z.string().min(1).optional(),
  street: z.string().min(1).optional(),
  /** The police's own record number: importing the same record again updates it instead of counting it twice. */
  reference: z.string().min(1).optional(),
});
export type PoliceMapping = z.infer<typeof policeMappingSchema>;

export const policeImportBodySchema = importFileSchema.extend({
  mapping: policeMappingSchema,
  dryRun: z.boolean().default(true),
});

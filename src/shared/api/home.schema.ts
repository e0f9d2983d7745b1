import { z } from 'zod';
import { jobStatusSchema } from './jobs.schema.js';
import { shownCountSchema } from './barometer.schema.js';

/**
 * GET /api/home: the signed-in user's work, per role. A section the role may not see is null (never an empty list
 * that would look like "nothing to do"). Every item links to the page where the work is done.
 */
const homeItemSchema = z.object({
  id: z.string(),
  /**
   * What the item is, in data (a reference, an indicator's number and text, a guard's name): never a citizen's or a
   * case person's name.
   */
  title: z.string(),
  /** A second line in data: a status key, a street, a case type key, a deadline source… (the web localizes keys). */
  detail: z.string().nullable(),
  /** The day it is due (or started), YYYY-MM-DD, when it has one. */
  day: z.string().nullable(),
  overdue: z.boolean(),
  /** Where in the web app the work is done. */
  href: z.string(),
});
export type HomeItem = z.infer<typeof homeItemSchema>;

/** A count and the first few items (the count may exceed the items shown). */
const homeListSchema = z.object({
  count: z.number().int(),
  items: z.array(homeItemSchema),
  /** The page with the whole list. */
  href: z.string(),
});
export type HomeList = z.infer<typeof homeListSchema>;

export const homeSchema = z.object({
  today: z.string(),
  /** Deadlines of the calendar the user may see: due this week (today to Sunday) and overdue (not done). */
  deadlines: z.object({ thisWeek: homeListSchema, overdue: homeListSchema }).nullable(),
  /** Indicators of the current plan at risk or missed this year, and those with an open (not accepted) flag. */
  indicators: z
    .object({ year: z.number().int().nullable(), atRisk: homeListSchema, flagged: homeListSchema })
    .nullable(),
  /** The nuisance desk: new complaints waiting to be assigned, and open ones past their due day. */
  complaints: z.object({ toAssign: homeListSchema, overdue: homeListSchema }).nullable(),
  /** The user's own open cases (overdue counted apart). */
  cases: z.object({ mine: homeListSchema, overdue: z.number().int() }).nullable(),
  /** Guard shifts that started today (a guard: their own). */
  shifts: homeListSchema.nullable(),
  /** What an administrator must see: mail not configured, background jobs whose latest run failed. */
  problems: z
    .object({
      mailConfigured: z.boolean(),
      failedJobs: z.array(jobStatusSchema),
    })
    .nullable(),
  /**
   * The barometer of the last complete calendar quarter for readers outside the department (police, viewers), under
   * the disclosure rules: one calendar quarter, small counts "<5", a total that could give one away hidden (null).
   */
  barometer: z
    .object({
      period: z.object({ from: z.string(), to: z.string() }),
      quarter: z.object({ year: z.number().int(), quarter: z.number().int().min(1).max(4) }),
      total: shownCountSchema,
      /** The wijken with the most events (shown counts of 5 or more only, highest first). */
      topWijken: z.array(z.object({ wijkCode: z.string(), name: z.string(), total: shownCountSchema })),
      href: z.string(),
    })
    .nullable(),
});
export type Home = z.infer<typeof homeSchema>;

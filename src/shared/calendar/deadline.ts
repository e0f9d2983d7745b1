import { z } from 'zod';

/**
 * One thing that is due, from any feature: the calendar (and its ICS feed and reminders) gathers them from
 * every `DeadlineProvider` without knowing the features.
 */
const deadlineSources = [
  'plan',
  'evaluation',
  'report',
  'decision',
  'agreement',
  'finance',
  'complaint',
  'case',
] as const;
export type DeadlineSource = (typeof deadlineSources)[number];

export const deadlineSchema = z.object({
  /** Stable across calls (the ICS UID is made from it). */
  id: z.string(),
  source: z.enum(deadlineSources),
  title: z.string(),
  /** The day it is due, `YYYY-MM-DD` (Europe/Brussels calendar day). */
  due: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Where in the web app it is handled, e.g. `/cases/…`; null when nowhere. */
  href: z.string().nullable(),
  /** The user who must act; null = the department (coordinators). */
  ownerUserId: z.string().nullable(),
  done: z.boolean(),
});
export type Deadline = z.infer<typeof deadlineSchema>;

/** A feature that has deadlines. `from`/`to` are inclusive `YYYY-MM-DD` days. */
export interface DeadlineProvider {
  deadlines(municipalityId: string, from: string, to: string): Promise<Deadline[]>;
}

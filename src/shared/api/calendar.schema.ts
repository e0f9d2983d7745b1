import { z } from 'zod';
import { deadlineSchema } from '../calendar/deadline.js';

export const calendarQuerySchema = z.object({ from: z.iso.date().optional(), to: z.iso.date().optional() });

export const calendarSchema = z.object({
  from: z.string(),
  to: z.string(),
  today: z.string(),
  deadlines: z.array(deadlineSchema),
});
export type Calendar = z.infer<typeof calendarSchema>;

export const calendarFeedStatusSchema = z.object({ active: z.boolean(), createdAt: z.string().nullable() });
/** The secret feed: shown once, right after it is made. */
export const calendarFeedCreatedSchema = z.object({ token: z.string(), path: z.string(), createdAt: z.string() });
export const calendarFeedRevokedSchema = z.object({ revoked: z.number().int() });
export const calendarFeedParamsSchema = z.object({ token: z.string().min(1).max(200) });
export const reminderRunSchema = z.object({ enqueued: z.number().int() });

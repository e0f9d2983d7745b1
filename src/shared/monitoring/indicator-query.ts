import { z } from 'zod';

/** How a computed indicator reads the registers: which registrations, and what to add up. */
export const indicatorQuerySchema = z.object({
  typeKey: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/),
  categories: z.array(z.string().max(40)).max(50).optional(),
  statuses: z.array(z.string().max(40)).max(20).optional(),
  /** count: number of registrations; quantity: sum of the register's quantity field; hours: sum of hours. */
  measure: z.enum(['count', 'quantity', 'hours']),
});
export type IndicatorQuery = z.infer<typeof indicatorQuerySchema>;

export const indicatorLinkInputSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('query'), query: indicatorQuerySchema }),
  z.object({ mode: z.literal('manual') }),
]);
export type IndicatorLinkInput = z.infer<typeof indicatorLinkInputSchema>;

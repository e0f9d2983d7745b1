import { z } from 'zod';

/** How a computed indicator reads the registers: which registrations, and what to add up. */
export const indicatorQuerySchema = z.object({
  typeKey: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/),
  /** Only the registrations that name this subject (src/shared/subjects): what the indicator is about. */
  subjectId: z.uuid().optional(),
  categories: z.array(z.string().max(40)).max(50).optional(),
  statuses: z.array(z.string().max(40)).max(20).optional(),
  /**
   * count: number of registrations; quantity: sum of the register's quantity field; hours: sum of hours;
   * latest: the quantity of the last registration in the period (a head count: volunteers, staff).
   */
  measure: z.enum(['count', 'quantity', 'hours', 'latest']),
});
export type IndicatorQuery = z.infer<typeof indicatorQuerySchema>;

/** Why an indicator stays manual: a person's judgment, or data that exists only outside svpp. */
export const manualReasons = ['qualitative', 'external', 'judgment', 'other'] as const;
export type ManualReason = (typeof manualReasons)[number];

export const ratioSchema = z.object({
  numerator: indicatorQuerySchema,
  /** A query, or a fixed number (e.g. the number of funded staff) that must be above zero. */
  denominator: z.union([indicatorQuerySchema, z.object({ constant: z.number().finite().positive().max(1e9) })]),
  /** 100 for a percentage ("100 % of the staff"), 1 for a plain ratio ("hours per worker"). */
  scale: z.union([z.literal(1), z.literal(100)]),
});
export type Ratio = z.infer<typeof ratioSchema>;

export const indicatorLinkInputSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('query'), query: indicatorQuerySchema }),
  z.object({ mode: z.literal('ratio'), ratio: ratioSchema }),
  z.object({ mode: z.literal('manual'), manualReason: z.enum(manualReasons).optional() }),
]);
export type IndicatorLinkInput = z.infer<typeof indicatorLinkInputSchema>;

/** The subjects a link reads (one for a query, up to two for a ratio). */
export function subjectIdsOf(link: IndicatorLinkInput): string[] {
  if (link.mode === 'query') return link.query.subjectId ? [link.query.subjectId] : [];
  if (link.mode === 'ratio') {
    return [
      link.ratio.numerator.subjectId,
      'typeKey' in link.ratio.denominator ? link.ratio.denominator.subjectId : undefined,
    ].filter((s): s is string => !!s);
  }
  return [];
}

/** A canonical key of what a link computes: two indicators with the same key share one computation. */
export function computationKey(link: IndicatorLinkInput): string | null {
  const q = (query: IndicatorQuery) =>
    JSON.stringify([
      query.typeKey,
      query.subjectId ?? null,
      [...(query.categories ?? [])].sort(),
      [...(query.statuses ?? [])].sort(),
      query.measure,
    ]);
  if (link.mode === 'query') return q(link.query);
  if (link.mode === 'ratio') {
    return JSON.stringify([
      'ratio',
      q(link.ratio.numerator),
      'typeKey' in link.ratio.denominator ? q(link.ratio.denominator) : link.ratio.denominator.constant,
      link.ratio.scale,
    ]);
  }
  return null;
}

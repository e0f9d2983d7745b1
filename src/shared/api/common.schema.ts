import { z } from 'zod';

/** `{"error":{"code","message","details"}}` — the one error shape of every route. */
export const errorResponseSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export const idParamsSchema = z.object({ id: z.uuid() });

/** `?limit=`: how many items a list answers (from 1 to `maxLimit`), spread into a list's query schema. */
export function limitQuery(defaultLimit: number, maxLimit = 500) {
  return { limit: z.coerce.number().int().min(1).max(maxLimit).default(defaultLimit) };
}

/**
 * `?limit=&offset=` of a paged list, spread into its query schema: `z.object({ status, ...pageQuery(50, 10_000_000)
 * })`.
 */
export function pageQuery(defaultLimit: number, maxOffset: number, maxLimit = 500) {
  return { ...limitQuery(defaultLimit, maxLimit), offset: z.coerce.number().int().min(0).max(maxOffset).default(0) };
}

export const healthSchema = z.object({
  status: z.literal('ok'),
  database: z.enum(['sqlite', 'postgres']),
  version: z.string(),
});
export type Health = z.infer<typeof healthSchema>;

/**
 * 503 from `/api/health`: the same fields, and which check failed (the database's `select 1`, writing the data
 * directory).
 */
export const healthUnavailableSchema = z.object({
  status: z.literal('unavailable'),
  database: z.enum(['sqlite', 'postgres']),
  version: z.string(),
  failed: z.array(z.enum(['database', 'data_dir'])),
});

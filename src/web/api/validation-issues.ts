import { z } from 'zod';
import type { ApiError } from './api-client.js';

const issuesSchema = z.object({ issues: z.array(z.object({ path: z.string(), message: z.string() })) });

/**
 * The fields a 400 VALIDATION_FAILED names, from its `details.issues[].path` ("email", "role", "password"):
 * the first segment of each path, in order, without repeats.
 */
export function invalidFields(error: ApiError): string[] {
  if (error.code !== 'VALIDATION_FAILED') return [];
  const parsed = issuesSchema.safeParse(error.details);
  if (!parsed.success) return [];
  const fields = parsed.data.issues.map((issue) => issue.path.split('.')[0] ?? '').filter((field) => field !== '');
  return [...new Set(fields)];
}

/** The fields a zod schema rejects (client-side check with the same shared schema the server uses). */
export function invalidFieldsOf(error: z.ZodError): string[] {
  const fields = error.issues.map((issue) => String(issue.path[0] ?? '')).filter((field) => field !== '');
  return [...new Set(fields)];
}

import { z } from 'zod';

/** The jobs whose runs are recorded per municipality (the mail outbox keeps its state in each mail's row). */
export const backgroundJobs = ['calendar.reminders', 'retention.sweep'] as const;

/** The latest run of a background job for the municipality, and the latest failure when the latest run failed. */
export const jobStatusSchema = z.object({
  job: z.enum(backgroundJobs),
  lastRunAt: z.string().nullable(),
  lastOkAt: z.string().nullable(),
  ok: z.boolean().nullable(),
  error: z.string().nullable(),
});
export type JobStatus = z.infer<typeof jobStatusSchema>;

/**
 * GET /api/admin/job-status: every background job of the municipality; `problems` are the jobs whose latest run failed.
 */
export const jobStatusListSchema = z.object({
  jobs: z.array(jobStatusSchema),
  problems: z.array(z.enum(backgroundJobs)),
});
export type JobStatusList = z.infer<typeof jobStatusListSchema>;

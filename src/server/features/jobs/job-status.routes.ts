import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { backgroundJobs, type JobStatus, jobStatusListSchema } from '../../../shared/api/jobs.schema.js';
import type { Db } from '../../db/database.js';
import { actorOf } from '../../http/session-guard.js';

/** The latest run and the latest successful run of each recorded job for one municipality. */
export async function jobStatuses(db: Db, municipalityId: string): Promise<JobStatus[]> {
  const statuses: JobStatus[] = [];
  for (const job of backgroundJobs) {
    const base = db.kysely
      .selectFrom('job_run')
      .where('municipality_id', '=', municipalityId)
      .where('job', '=', job)
      .where('finished_at', 'is not', null);
    const last = await base
      .select(['finished_at', 'ok', 'error'])
      .orderBy('started_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    const lastOk = await base
      .select('finished_at')
      .where('ok', '=', 1)
      .orderBy('started_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    statuses.push({
      job,
      lastRunAt: last?.finished_at ?? null,
      lastOkAt: lastOk?.finished_at ?? null,
      ok: last ? Number(last.ok) === 1 : null,
      error: last && Number(last.ok) !== 1 ? last.error : null,
    });
  }
  return statuses;
}

/** GET /api/admin/job-status: whether the municipality's background jobs (the retention sweep: a legal duty) run. */
export function jobStatusRoutes(db: Db): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/admin/job-status',
      {
        config: { access: 'system.status' },
        schema: {
          tags: ['admin'],
          summary:
            'The latest run of each background job of the municipality (reminders, retention sweep) and its error',
          response: { 200: jobStatusListSchema },
        },
      },
      async (request) => {
        const jobs = await jobStatuses(db, actorOf(request.session).municipalityId);
        return { jobs, problems: jobs.filter((j) => j.ok === false).map((j) => j.job) };
      },
    );
  };
}

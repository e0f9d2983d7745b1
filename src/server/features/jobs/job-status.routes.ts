import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { jobStatusListSchema } from '../../../shared/api/jobs.schema.js';
import type { Db } from '../../db/database.js';
import { route } from '../../http/route-shapes.js';
import { actorOf } from '../../http/session-guard.js';
import { jobStatuses } from './job-status.service.js';

/** GET /api/admin/job-status: whether the municipality's background jobs (the retention sweep: a legal duty) run. */
export function jobStatusRoutes(db: Db): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/admin/job-status',
      route('system.status', {
        tags: ['admin'],
        summary: 'The latest run of each background job of the municipality (reminders, retention sweep) and its error',
        response: { 200: jobStatusListSchema },
      }),
      async (request) => {
        const jobs = await jobStatuses(db, actorOf(request.session).municipalityId);
        return { jobs, problems: jobs.filter((j) => j.ok === false).map((j) => j.job) };
      },
    );
  };
}

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '../../../shared/api/common.schema.js';
import {
  caseStatisticsQuerySchema,
  intervisionBodySchema,
  volunteerInputSchema,
  volunteerListSchema,
  volunteerSchema,
  volunteerStatisticsSchema,
  volunteerUpdateSchema,
} from '../../../shared/api/cases.schema.js';
import { errorResponses, route } from '../../http/route-shapes.js';
import { actorOf } from '../../http/session-guard.js';
import type { VolunteerService } from './volunteer.service.js';

export function volunteerRoutes(volunteers: VolunteerService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['volunteers'];
    app.get(
      '/api/volunteers',
      route('case.read', {
        tags,
        summary: 'The neighbour-mediation volunteer register',
        response: { 200: volunteerListSchema },
      }),
      async (request) => ({ items: await volunteers.list(actorOf(request.session)) }),
    );

    app.post(
      '/api/volunteers',
      route('case.manage', {
        tags,
        summary: 'Add a volunteer',
        body: volunteerInputSchema,
        response: { 201: volunteerSchema, ...errorResponses(422) },
      }),
      async (request, reply) => reply.status(201).send(await volunteers.create(actorOf(request.session), request.body)),
    );

    app.patch(
      '/api/volunteers/:id',
      route('case.manage', {
        tags,
        summary: 'Change a volunteer (end date, training)',
        params: idParamsSchema,
        body: volunteerUpdateSchema,
        response: { 200: volunteerSchema, ...errorResponses(404, 422) },
      }),
      (request) => volunteers.update(actorOf(request.session), request.params.id, request.body),
    );

    app.post(
      '/api/volunteers/:id/intervisions',
      route('case.manage', {
        tags,
        summary: 'Record attendance at a month’s intervision',
        params: idParamsSchema,
        body: intervisionBodySchema,
        response: { 200: z.object({ ok: z.literal(true) }), ...errorResponses(404) },
      }),
      async (request) => {
        await volunteers.setIntervision(
          actorOf(request.session),
          request.params.id,
          request.body.month,
          request.body.attended,
        );
        return { ok: true as const };
      },
    );

    app.get(
      '/api/volunteers/statistics',
      route('case.statistics.read', {
        tags,
        summary: 'Yearly figures: volunteers, the ratio new : engaged over a year, mediation outcomes',
        querystring: caseStatisticsQuerySchema,
        response: { 200: volunteerStatisticsSchema },
      }),
      (request) => volunteers.statistics(actorOf(request.session), request.query.year),
    );
  };
}

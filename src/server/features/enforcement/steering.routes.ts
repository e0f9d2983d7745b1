import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '../../../shared/api/common.schema.js';
import {
  enforcementPlanInputSchema,
  enforcementPlanListSchema,
  enforcementPlanSchema,
  steeringOverviewSchema,
  steeringQuerySchema,
} from '../../../shared/api/enforcement-steering.schema.js';
import { errorResponses, route } from '../../http/route-shapes.js';
import { actorOf } from '../../http/session-guard.js';
import type { SteeringService } from './steering.service.js';

const errors = errorResponses(400, 404, 422);

/** The enforcement plan with its signatories, and the steering group against the plan's targets (issue 18). */
export function steeringRoutes(steering: SteeringService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['enforcement'];
    app.get(
      '/api/enforcement/plans',
      route('enforcement.read', {
        tags,
        summary: 'The enforcement plans (city, police, prosecutor) with their signatories: fully signed, current',
        response: { 200: enforcementPlanListSchema },
      }),
      (request) => steering.plans(actorOf(request.session)),
    );
    app.post(
      '/api/enforcement/plans',
      route('enforcement.manage', {
        tags,
        summary: 'An enforcement plan with its signatories and dates (optional file); counted once fully signed',
        body: enforcementPlanInputSchema,
        response: { 201: enforcementPlanSchema, ...errors },
      }),
      async (request, reply) => reply.code(201).send(await steering.create(actorOf(request.session), request.body)),
    );
    app.put(
      '/api/enforcement/plans/:id',
      route('enforcement.manage', {
        tags,
        summary: 'Replace an enforcement plan and its signatories',
        params: idParamsSchema,
        body: enforcementPlanInputSchema,
        response: { 200: enforcementPlanSchema, ...errors },
      }),
      (request) => steering.update(actorOf(request.session), request.params.id, request.body),
    );
    app.delete(
      '/api/enforcement/plans/:id',
      route('enforcement.manage', {
        tags,
        summary: 'Remove an enforcement plan (its registration goes with it)',
        params: idParamsSchema,
        response: { 200: z.object({ ok: z.literal(true) }), ...errors },
      }),
      async (request) => {
        await steering.remove(actorOf(request.session), request.params.id);
        return { ok: true as const };
      },
    );
    app.get(
      '/api/enforcement/steering',
      route('enforcement.read', {
        tags,
        summary: 'The steering group’s registrations of a year per kind, and the plan’s indicators on them',
        querystring: steeringQuerySchema,
        response: { 200: steeringOverviewSchema, ...errors },
      }),
      (request) => steering.overview(actorOf(request.session), request.query.year),
    );
  };
}

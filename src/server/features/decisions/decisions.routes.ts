import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  decisionInputSchema,
  decisionListSchema,
  decisionPathSchema,
  decisionQuerySchema,
} from '../../../shared/api/decisions.schema.js';
import { errorResponses, route } from '../../http/route-shapes.js';
import { actorOf } from '../../http/session-guard.js';
import type { DecisionService } from './decisions.service.js';

export function decisionRoutes(decisions: DecisionService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['decisions'];
    app.get(
      '/api/decisions',
      route('plan.read', {
        tags,
        summary:
          'Where each plan version and yearly report stands: college referral → council approval → ministry submission',
        querystring: decisionQuerySchema,
        response: { 200: decisionListSchema },
      }),
      async (request) => ({ paths: await decisions.list(actorOf(request.session), request.query) }),
    );

    app.put(
      '/api/decisions',
      route('decision.manage', {
        tags,
        summary: 'Record (or correct) a dated step with its decision document',
        body: decisionInputSchema,
        response: {
          200: decisionPathSchema,
          ...errorResponses(404, 409, 422),
        },
      }),
      (request) => decisions.record(actorOf(request.session), request.body),
    );
  };
}

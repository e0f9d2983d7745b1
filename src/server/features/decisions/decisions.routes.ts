import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponseSchema } from '../../../shared/api/common.schema.js';
import {
  decisionInputSchema,
  decisionListSchema,
  decisionPathSchema,
  decisionQuerySchema,
} from '../../../shared/api/decisions.schema.js';
import { actorOf } from '../../http/session-guard.js';
import type { DecisionService } from './decisions.service.js';

export function decisionRoutes(decisions: DecisionService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['decisions'];
    app.get(
      '/api/decisions',
      {
        config: { access: 'plan.read' },
        schema: {
          tags,
          summary:
            'Where each plan version and yearly report stands: college referral → council approval → ministry submission',
          querystring: decisionQuerySchema,
          response: { 200: decisionListSchema },
        },
      },
      async (request) => ({ paths: await decisions.list(actorOf(request.session), request.query) }),
    );

    app.put(
      '/api/decisions',
      {
        config: { access: 'decision.manage' },
        schema: {
          tags,
          summary: 'Record (or correct) a dated step with its decision document',
          body: decisionInputSchema,
          response: {
            200: decisionPathSchema,
            404: errorResponseSchema,
            409: errorResponseSchema,
            422: errorResponseSchema,
          },
        },
      },
      (request) => decisions.record(actorOf(request.session), request.body),
    );
  };
}

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponseSchema } from '../../../shared/api/common.schema.js';
import {
  evaluationInputSchema,
  evaluationListSchema,
  evaluationParamsSchema,
  evaluationQuerySchema,
  evaluationSchema,
} from '../../../shared/api/evaluation.schema.js';
import { actorOf } from '../../http/session-guard.js';
import type { EvaluationService } from './evaluation.service.js';

export function evaluationRoutes(evaluations: EvaluationService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['evaluation'];
    app.get(
      '/api/evaluations',
      {
        config: { access: 'plan.read' },
        schema: {
          tags,
          summary: 'The yearly evaluation of every operational objective, beside its computed status',
          querystring: evaluationQuerySchema,
          response: { 200: evaluationListSchema, 404: errorResponseSchema },
        },
      },
      (request) => evaluations.list(actorOf(request.session), request.query),
    );

    app.put(
      '/api/evaluations/:objectiveId/:year',
      {
        config: { access: 'evaluation.write' },
        schema: {
          tags,
          summary: 'Write what was done, bottlenecks, adjustments and a status',
          params: evaluationParamsSchema,
          body: evaluationInputSchema,
          response: { 200: evaluationSchema, 404: errorResponseSchema },
        },
      },
      (request) =>
        evaluations.write(actorOf(request.session), request.params.objectiveId, request.params.year, request.body),
    );
  };
}

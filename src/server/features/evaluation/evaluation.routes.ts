import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  evaluationInputSchema,
  evaluationListSchema,
  evaluationParamsSchema,
  evaluationQuerySchema,
  evaluationSchema,
} from '../../../shared/api/evaluation.schema.js';
import { errorResponses, route } from '../../http/route-shapes.js';
import { actorOf } from '../../http/session-guard.js';
import type { EvaluationService } from './evaluation.service.js';

export function evaluationRoutes(evaluations: EvaluationService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['evaluation'];
    app.get(
      '/api/evaluations',
      route('plan.read', {
        tags,
        summary: 'The yearly evaluation of every operational objective, beside its computed status',
        querystring: evaluationQuerySchema,
        response: { 200: evaluationListSchema, ...errorResponses(404) },
      }),
      (request) => evaluations.list(actorOf(request.session), request.query),
    );

    app.put(
      '/api/evaluations/:objectiveId/:year',
      route('evaluation.write', {
        tags,
        summary: 'Write what was done, bottlenecks, adjustments and a status',
        params: evaluationParamsSchema,
        body: evaluationInputSchema,
        response: { 200: evaluationSchema, ...errorResponses(404) },
      }),
      (request) =>
        evaluations.write(actorOf(request.session), request.params.objectiveId, request.params.year, request.body),
    );
  };
}

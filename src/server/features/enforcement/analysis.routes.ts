import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { gasAnalysisQuerySchema, gasAnalysisSchema } from '../../../shared/api/enforcement-analysis.schema.js';
import { errorResponses, route } from '../../http/route-shapes.js';
import { actorOf } from '../../http/session-guard.js';
import type { AnalysisService } from './analysis.service.js';

/** The analysis of findings by time, place, number, article and source (issue 18). */
export function analysisRoutes(analysis: AnalysisService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/enforcement/analysis',
      route('enforcement.statistics.read', {
        tags: ['enforcement'],
        summary:
          'Findings by weekday × hour, wijk, article × source and month (streets for enforcement.read; outside the department one calendar quarter, small counts "<5")',
        querystring: gasAnalysisQuerySchema,
        response: { 200: gasAnalysisSchema, ...errorResponses(400, 404, 422) },
      }),
      (request) => analysis.analyse(actorOf(request.session), request.query),
    );
  };
}

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '../../../shared/api/common.schema.js';
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

    app.get(
      '/api/enforcement/analysis/wijken/:id',
      route('enforcement.statistics.read', {
        tags: ['enforcement'],
        summary: 'The wijken (GeoJSON) of a municipality the reader sees (its own or a member), for the analysis map',
        params: idParamsSchema,
        response: { 200: z.object({ geojson: z.unknown().nullable() }), ...errorResponses(404) },
      }),
      (request) => analysis.wijkGeometry(actorOf(request.session), request.params.id),
    );
  };
}

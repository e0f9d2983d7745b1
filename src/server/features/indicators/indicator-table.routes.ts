import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { indicatorTableQuerySchema } from '../../../shared/api/indicator-table.schema.js';
import { errorResponses, route } from '../../http/route-shapes.js';
import { sendDownload } from '../../http/downloads.js';
import { actorOf } from '../../http/session-guard.js';
import type { IndicatorTableService } from './indicator-table.service.js';

const tableFileSchema = z
  .any()
  .describe('The indicator table as a download: JSON (indicatorTableSchema), CSV (`;`, UTF-8 with BOM) or XLSX');

export function indicatorTableRoutes(tables: IndicatorTableService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/indicators/table',
      route('plan.read', {
        tags: ['indicators'],
        summary:
          'Every indicator in plan order with target, computation, value, status and sources, as JSON, CSV or XLSX',
        querystring: indicatorTableQuerySchema,
        response: { 200: tableFileSchema, ...errorResponses(400, 404) },
      }),
      async (request, reply) => {
        const { year, format, lang } = request.query;
        const file = await tables.file(actorOf(request.session), { year, format, lang: lang ?? request.locale });
        return sendDownload(reply, file);
      },
    );
  };
}

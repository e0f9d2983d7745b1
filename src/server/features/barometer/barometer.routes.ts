import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  barometerEventsQuerySchema,
  barometerEventsSchema,
  barometerExportQuerySchema,
  barometerHeatmapSchema,
  barometerMapSchema,
  barometerQuerySchema,
  barometerTrendsSchema,
  heatmapQuerySchema,
  policeImportBodySchema,
} from '../../../shared/api/barometer.schema.js';
import { reportFileSchema } from '../../../shared/api/reports.schema.js';
import { errorResponses, route, tabularImportRoutes } from '../../http/route-shapes.js';
import { sendDownload } from '../../http/downloads.js';
import { actorOf } from '../../http/session-guard.js';
import { buildBarometerExport } from './barometer-export.js';
import { BarometerService } from './barometer.service.js';
import type { PoliceImportService } from './police-import.service.js';

export function barometerRoutes(barometer: BarometerService, policeImport: PoliceImportService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['barometer'];
    const errors = errorResponses(400, 422);
    app.get(
      '/api/barometer/map',
      route('barometer.read', {
        tags,
        summary: 'Nuisance per wijk and category in a period (small counts "<5" outside the department)',
        querystring: barometerQuerySchema,
        response: { 200: barometerMapSchema, ...errors },
      }),
      (request) => barometer.map(actorOf(request.session), request.query),
    );

    app.get(
      '/api/barometer/heatmap',
      route('barometer.read', {
        tags,
        summary: 'Nuisance per weekday × hour in a period, optionally in one wijk',
        querystring: heatmapQuerySchema,
        response: { 200: barometerHeatmapSchema, ...errors },
      }),
      (request) => barometer.heatmap(actorOf(request.session), request.query),
    );

    app.get(
      '/api/barometer/trends',
      route('barometer.read', {
        tags,
        summary: 'Against the previous period and the same period last year, flagged where unlikely to be chance',
        querystring: barometerQuerySchema,
        response: { 200: barometerTrendsSchema, ...errors },
      }),
      (request) => barometer.trends(actorOf(request.session), request.query),
    );

    app.get(
      '/api/barometer/events',
      route('barometer.read', {
        tags,
        summary: 'The underlying events (inside the department only: 403 for police and viewers)',
        querystring: barometerEventsQuerySchema,
        response: { 200: barometerEventsSchema, ...errorResponses(403), ...errors },
      }),
      (request) => barometer.events(actorOf(request.session), request.query),
    );

    app.get(
      '/api/barometer/export',
      route('barometer.read', {
        tags,
        summary: 'Counts per wijk × category (× month) as CSV, XLSX or GeoJSON; small counts read "<5"',
        querystring: barometerExportQuerySchema,
        response: { 200: reportFileSchema, ...errors },
      }),
      async (request, reply) => {
        const { from, to, format, by } = request.query;
        const actor = actorOf(request.session);
        const file = await buildBarometerExport(barometer, {
          municipalityId: actor.municipalityId,
          from,
          to,
          format,
          byMonth: by === 'month',
          locale: request.locale,
          outside: !BarometerService.insideDepartment(actor),
        });
        return sendDownload(reply, file);
      },
    );

    // POST /api/barometer/police-imports/inspect and POST /api/barometer/police-imports (dryRun or import).
    tabularImportRoutes(app, {
      path: '/api/barometer/police-imports',
      access: 'barometer.import',
      tags,
      summaries: {
        inspect: 'Read a police CSV or XLSX file: its columns and first rows, to map them',
        run: 'Check (dryRun) or import police records; an import lands whole or not at all',
      },
      body: policeImportBodySchema,
      importer: policeImport,
    });
  };
}

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponseSchema } from '../../../shared/api/common.schema.js';
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
import { importFileSchema, importResultSchema, inspectResultSchema } from '../../../shared/api/imports.schema.js';
import { reportFileSchema } from '../../../shared/api/reports.schema.js';
import { actorOf } from '../../http/session-guard.js';
import { buildBarometerExport } from './barometer-export.js';
import { BarometerService } from './barometer.service.js';
import type { PoliceImportService } from './police-import.service.js';

export function barometerRoutes(barometer: BarometerService, policeImport: PoliceImportService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['barometer'];
    const errors = { 400: errorResponseSchema, 422: errorResponseSchema };
    app.get(
      '/api/barometer/map',
      {
        config: { access: 'barometer.read' },
        schema: {
          tags,
          summary: 'Nuisance per wijk and category in a period (small counts "<5" outside the department)',
          querystring: barometerQuerySchema,
          response: { 200: barometerMapSchema, ...errors },
        },
      },
      (request) => barometer.map(actorOf(request.session), request.query),
    );

    app.get(
      '/api/barometer/heatmap',
      {
        config: { access: 'barometer.read' },
        schema: {
          tags,
          summary: 'Nuisance per weekday × hour in a period, optionally in one wijk',
          querystring: heatmapQuerySchema,
          response: { 200: barometerHeatmapSchema, ...errors },
        },
      },
      (request) => barometer.heatmap(actorOf(request.session), request.query),
    );

    app.get(
      '/api/barometer/trends',
      {
        config: { access: 'barometer.read' },
        schema: {
          tags,
          summary: 'Against the previous period and the same period last year, flagged where unlikely to be chance',
          querystring: barometerQuerySchema,
          response: { 200: barometerTrendsSchema, ...errors },
        },
      },
      (request) => barometer.trends(actorOf(request.session), request.query),
    );

    app.get(
      '/api/barometer/events',
      {
        config: { access: 'barometer.read' },
        schema: {
          tags,
          summary: 'The underlying events (inside the department only: 403 for police and viewers)',
          querystring: barometerEventsQuerySchema,
          response: { 200: barometerEventsSchema, 403: errorResponseSchema, ...errors },
        },
      },
      (request) => barometer.events(actorOf(request.session), request.query),
    );

    app.get(
      '/api/barometer/export',
      {
        config: { access: 'barometer.read' },
        schema: {
          tags,
          summary: 'Counts per wijk × category (× month) as CSV, XLSX or GeoJSON; small counts read "<5"',
          querystring: barometerExportQuerySchema,
          response: { 200: reportFileSchema, ...errors },
        },
      },
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
        return reply
          .header('content-type', file.contentType)
          .header('content-disposition', `attachment; filename="${file.filename}"`)
          .header('cache-control', 'no-store')
          .send(file.data);
      },
    );

    const bodyLimit = 16 * 1024 * 1024;
    app.post(
      '/api/barometer/police-imports/inspect',
      {
        config: { access: 'barometer.import' },
        bodyLimit,
        schema: {
          tags,
          summary: 'Read a police CSV or XLSX file: its columns and first rows, to map them',
          body: importFileSchema,
          response: { 200: inspectResultSchema, 422: errorResponseSchema },
        },
      },
      (request) => policeImport.inspect(request.body.filename, request.body.contentBase64),
    );

    app.post(
      '/api/barometer/police-imports',
      {
        config: { access: 'barometer.import' },
        bodyLimit,
        schema: {
          tags,
          summary: 'Check (dryRun) or import police records; an import lands whole or not at all',
          body: policeImportBodySchema,
          response: { 200: importResultSchema, 422: errorResponseSchema },
        },
      },
      (request) => policeImport.run(actorOf(request.session), request.locale, request.body),
    );
  };
}

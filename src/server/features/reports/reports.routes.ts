import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../shared/api/common.schema.js';
import {
  planExportQuerySchema,
  reportFileSchema,
  reportParamsSchema,
  reportQuerySchema,
} from '../../../shared/api/reports.schema.js';
import { errorResponses, route } from '../../http/route-shapes.js';
import { sendDownload } from '../../http/downloads.js';
import { actorOf } from '../../http/session-guard.js';
import { reportFormatOf, reportKindOf, type ReportService } from './report.service.js';

const responses = { 200: reportFileSchema, ...errorResponses(400, 404) };

export function reportRoutes(reports: ReportService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['reports'];
    app.get(
      '/api/reports/:kind',
      route('report.read', {
        tags,
        summary:
          'A report as DOCX, PDF or XLSX: plan (annex to the convention), evaluation (for the college), activity (for the ministry)',
        params: reportParamsSchema,
        querystring: reportQuerySchema,
        response: responses,
      }),
      async (request, reply) => {
        const kind = reportKindOf(request.params.kind);
        const format = reportFormatOf(request.query.format);
        const { year, versionId, lang } = request.query;
        return sendDownload(
          reply,
          await reports.render(actorOf(request.session), {
            kind,
            format,
            locale: lang ?? request.locale,
            year,
            versionId,
          }),
        );
      },
    );

    app.get(
      '/api/plan-versions/:id/export',
      route('report.read', {
        tags,
        summary: 'A plan version as the annex to the convention (DOCX, PDF) or a row per indicator (XLSX)',
        params: idParamsSchema,
        querystring: planExportQuerySchema,
        response: responses,
      }),
      async (request, reply) => {
        const format = reportFormatOf(request.query.format);
        return sendDownload(
          reply,
          await reports.render(actorOf(request.session), {
            kind: 'plan',
            format,
            locale: request.query.lang ?? request.locale,
            versionId: request.params.id,
          }),
        );
      },
    );
  };
}

import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { gasReportQuerySchema, gasWorkflowQuerySchema } from '../../../shared/api/enforcement-analysis.schema.js';
import { reportFileSchema } from '../../../shared/api/reports.schema.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import { errorResponses, route } from '../../http/route-shapes.js';
import { actorOf } from '../../http/session-guard.js';
import { reportFormatOf } from '../reports/report.service.js';
import type { GasReportFile, GasReportService } from './gas-report.service.js';

function sendFile(reply: FastifyReply, file: GasReportFile): FastifyReply {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename="${file.filename}"`)
    .header('cache-control', 'no-store')
    .send(file.data);
}

/** The format and language a download asks for: `?format=` (PDF when absent) and `?lang=`, else the request's. */
function askedFile(query: { format?: string | undefined; lang?: Locale | undefined }, requestLocale: Locale) {
  return { format: reportFormatOf(query.format), locale: query.lang ?? requestLocale };
}

/** The GASAM yearly report and the description of the digital workflow as downloads (issue 18). */
export function gasReportRoutes(reports: GasReportService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['enforcement'];
    const responses = { 200: reportFileSchema, ...errorResponses(400, 404) };
    app.get(
      '/api/enforcement/reports/gas',
      route('enforcement.read', {
        tags,
        summary:
          'The GAS yearly report (nature of the offences, decisions, mediation, payments, evolution; per member for an association) as DOCX, PDF or XLSX',
        querystring: gasReportQuerySchema,
        response: responses,
      }),
      async (request, reply) => {
        const asked = { year: request.query.year, ...askedFile(request.query, request.locale) };
        return sendFile(reply, await reports.yearly(actorOf(request.session).municipalityId, asked));
      },
    );

    app.get(
      '/api/enforcement/reports/gas-workflow',
      route('enforcement.read', {
        tags,
        summary:
          'The description of the digital workflow, generated from the procedure and the catalogue (DOCX, PDF, XLSX)',
        querystring: gasWorkflowQuerySchema,
        response: responses,
      }),
      async (request, reply) => {
        const asked = askedFile(request.query, request.locale);
        return sendFile(reply, await reports.workflow(actorOf(request.session).municipalityId, asked));
      },
    );
  };
}

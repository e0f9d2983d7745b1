import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  auditExportQuerySchema,
  caseExportQuerySchema,
  complaintExportQuerySchema,
  listExportFileSchema,
  listExportPaths,
  meldingExportQuerySchema,
  registrationExportQuerySchema,
} from '../../../shared/api/list-export.schema.js';
import { errorResponses, route } from '../../http/route-shapes.js';
import { sendDownload } from '../../http/downloads.js';
import { actorOf } from '../../http/session-guard.js';
import type { ListExportService } from './exports.service.js';

const responses = { 200: listExportFileSchema, ...errorResponses(400, 422) };
const summary = (what: string) => `${what} as CSV (\`;\`, UTF-8 with BOM, ISO dates) or XLSX, with the list’s filters`;

/** One export per list: the list's own filters and access, the same rows as on screen. */
export function exportRoutes(exports: ListExportService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      listExportPaths.registrations,
      route('register.read', {
        tags: ['registers'],
        summary: summary('Registrations'),
        querystring: registrationExportQuerySchema,
        response: responses,
      }),
      async (request, reply) => {
        const { format, lang, ...filter } = request.query;
        const file = await exports.registrations(actorOf(request.session), filter, {
          format,
          locale: lang ?? request.locale,
        });
        return sendDownload(reply, file);
      },
    );

    app.get(
      listExportPaths.complaints,
      route('complaint.read', {
        tags: ['complaints'],
        summary: summary('Complaints (the citizen’s contact data only for complaint.contact)'),
        querystring: complaintExportQuerySchema,
        response: responses,
      }),
      async (request, reply) => {
        const { format, lang, overdue, ...filter } = request.query;
        const file = await exports.complaints(
          actorOf(request.session),
          { ...filter, overdue: overdue === 'true' },
          { format, locale: lang ?? request.locale },
        );
        return sendDownload(reply, file);
      },
    );

    app.get(
      listExportPaths.cases,
      route('case.read', {
        tags: ['cases'],
        summary: summary('Cases (names only where the case type shows them to this user, pseudonyms otherwise)'),
        querystring: caseExportQuerySchema,
        response: responses,
      }),
      async (request, reply) => {
        const { format, lang, overdue, mine, ...filter } = request.query;
        const file = await exports.cases(
          actorOf(request.session),
          { ...filter, overdue: overdue === undefined ? undefined : overdue === 'true', mine: mine === 'true' },
          { format, locale: lang ?? request.locale },
        );
        return sendDownload(reply, file);
      },
    );

    app.get(
      listExportPaths.audit,
      route('audit.read', {
        tags: ['audit'],
        summary: summary('The municipality’s audit log, newest first,'),
        querystring: auditExportQuerySchema,
        response: responses,
      }),
      async (request, reply) => {
        const { format, lang } = request.query;
        return sendDownload(
          reply,
          await exports.audit(actorOf(request.session), { format, locale: lang ?? request.locale }),
        );
      },
    );

    app.get(
      listExportPaths.meldingen,
      route('guard.app', {
        tags: ['guards'],
        summary: summary('Meldingen to city services and their follow-up (a guard: their own)'),
        querystring: meldingExportQuerySchema,
        response: responses,
      }),
      async (request, reply) => {
        const { format, lang, year, status, mine } = request.query;
        const file = await exports.meldingen(
          actorOf(request.session),
          { year, status, mine: mine === 'true' },
          { format, locale: lang ?? request.locale },
        );
        return sendDownload(reply, file);
      },
    );
  };
}

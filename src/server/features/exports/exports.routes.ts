import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { SignedInActor } from '../../../shared/access/roles.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import {
  auditExportQuerySchema,
  caseExportQuerySchema,
  complaintExportQuerySchema,
  listExportFileSchema,
  type ListExportFormat,
  listExportPaths,
  meldingExportQuerySchema,
  registrationExportQuerySchema,
} from '../../../shared/api/list-export.schema.js';
import { errorResponses, route, type RouteAccess } from '../../http/route-shapes.js';
import { sendDownload } from '../../http/downloads.js';
import { actorOf } from '../../http/session-guard.js';
import type { ExportOptions, ListExportService } from './exports.service.js';
import type { ExportFile } from './list-export.js';

const responses = { 200: listExportFileSchema, ...errorResponses(400, 422) };
const summary = (what: string) => `${what} as CSV (\`;\`, UTF-8 with BOM, ISO dates) or XLSX, with the list’s filters`;

type ExportQuery = z.ZodType<{ format: ListExportFormat; lang?: Locale | undefined }>;

/** One export per list: the list's own filters and access, the same rows as on screen. */
export function exportRoutes(exports: ListExportService): FastifyPluginAsyncZod {
  return async (app) => {
    /** A list's export: its query is the list's filters with `format` and `lang`; `run` gets the filters. */
    const listExport = <Q extends ExportQuery>(
      path: string,
      access: RouteAccess,
      tag: string,
      what: string,
      querystring: Q,
      run: (
        actor: SignedInActor,
        filter: Omit<z.infer<Q>, 'format' | 'lang'>,
        options: ExportOptions,
      ) => Promise<ExportFile>,
    ) =>
      app.get(
        path,
        route(access, { tags: [tag], summary: summary(what), querystring, response: responses }),
        async (request, reply) => {
          const { format, lang, ...filter } = request.query as z.infer<Q>;
          return sendDownload(
            reply,
            await run(actorOf(request.session), filter, { format, locale: lang ?? request.locale }),
          );
        },
      );

    listExport(
      listExportPaths.registrations,
      'register.read',
      'registers',
      'Registrations',
      registrationExportQuerySchema,
      (actor, filter, options) => exports.registrations(actor, filter, options),
    );
    listExport(
      listExportPaths.complaints,
      'complaint.read',
      'complaints',
      'Complaints (the citizen’s contact data only for complaint.contact)',
      complaintExportQuerySchema,
      (actor, { overdue, ...filter }, options) =>
        exports.complaints(actor, { ...filter, overdue: overdue === 'true' }, options),
    );
    listExport(
      listExportPaths.cases,
      'case.read',
      'cases',
      'Cases (names only where the case type shows them to this user, pseudonyms otherwise)',
      caseExportQuerySchema,
      (actor, { overdue, mine, ...filter }, options) =>
        exports.cases(
          actor,
          { ...filter, overdue: overdue === undefined ? undefined : overdue === 'true', mine: mine === 'true' },
          options,
        ),
    );
    listExport(
      listExportPaths.audit,
      'audit.read',
      'audit',
      'The municipality’s audit log, newest first,',
      auditExportQuerySchema,
      (actor, _filter, options) => exports.audit(actor, options),
    );
    listExport(
      listExportPaths.meldingen,
      'guard.app',
      'guards',
      'Meldingen to city services and their follow-up (a guard: their own)',
      meldingExportQuerySchema,
      (actor, { year, status, mine }, options) =>
        exports.meldingen(actor, { year, status, mine: mine === 'true' }, options),
    );
  };
}

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '../../../shared/api/common.schema.js';
import {
  addDocumentBodySchema,
  caseDetailSchema,
  caseFileParamsSchema,
  caseListQuerySchema,
  caseListSchema,
  caseStatisticsQuerySchema,
  caseStatisticsSchema,
  closeCaseBodySchema,
  createCaseBodySchema,
  neroReportSchema,
  overdueListSchema,
  personInputSchema,
  recordStepBodySchema,
  retentionRunSchema,
  subjectExportBodySchema,
  subjectExportSchema,
  updateCaseBodySchema,
} from '../../../shared/api/cases.schema.js';
import { errorResponses, idCommand, okSchema, route } from '../../http/route-shapes.js';
import { sendDownload, sendStoredFile } from '../../http/downloads.js';
import { actorOf } from '../../http/session-guard.js';
import type { CaseService } from './case.service.js';
import type { CaseQueryService } from './case-query.service.js';
import type { CaseRetentionService } from './case-retention.service.js';
import { neroReport } from './nero-report.js';
import { reportFormats } from '../../../shared/reports/report-document.js';
import { locales } from '../../../shared/i18n/locale.js';

const created = z.object({ id: z.uuid() });

export function caseRoutes(
  cases: CaseService,
  queries: CaseQueryService,
  retention: CaseRetentionService,
): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['cases'];
    app.get(
      '/api/cases',
      route('case.read', {
        tags,
        summary: 'Cases without names: reference, owner, next deadline, overdue',
        querystring: caseListQuerySchema,
        response: { 200: caseListSchema },
      }),
      (request) => {
        const { limit, offset, overdue, mine, ...filter } = request.query;
        return queries.list(
          actorOf(request.session),
          { ...filter, overdue: overdue === undefined ? undefined : overdue === 'true', mine: mine === 'true' },
          limit,
          offset,
        );
      },
    );

    app.post(
      '/api/cases',
      route('case.write', {
        tags,
        summary: 'Open a case',
        body: createCaseBodySchema,
        response: { 201: created, ...errorResponses(403, 422) },
      }),
      async (request, reply) =>
        reply.status(201).send({ id: await cases.create(actorOf(request.session), request.body) }),
    );

    app.get(
      '/api/cases/overdue',
      route('case.read', { tags, summary: 'Deadlines past due on open cases', response: { 200: overdueListSchema } }),
      (request) => queries.overdue(actorOf(request.session).municipalityId),
    );

    app.get(
      '/api/cases/statistics',
      route('case.statistics.read', {
        tags,
        summary: 'Pseudonymised counts per case type for a year',
        querystring: caseStatisticsQuerySchema,
        response: { 200: caseStatisticsSchema },
      }),
      (request) => queries.statistics(actorOf(request.session), request.query.year),
    );

    app.get(
      '/api/cases/nero-report',
      route('case.statistics.read', {
        tags,
        summary: 'The yearly NERO figures (pseudonymised)',
        querystring: caseStatisticsQuerySchema,
        response: { 200: neroReportSchema },
      }),
      async (request) =>
        neroReport(await queries.casesOfType(actorOf(request.session).municipalityId, 'nero'), request.query.year),
    );

    app.get(
      '/api/cases/nero-report/document',
      route('case.statistics.read', {
        tags,
        summary: 'The yearly NERO report as DOCX, PDF or XLSX',
        querystring: caseStatisticsQuerySchema.extend({
          format: z.enum(reportFormats),
          lang: z.enum(locales).optional(),
        }),
        response: { 200: z.any().describe('the document') },
      }),
      async (request, reply) => {
        const rendered = await queries.neroDocument(
          actorOf(request.session),
          request.query.year,
          request.query.format,
          request.query.lang ?? request.locale,
        );
        return sendDownload(reply, { ...rendered, filename: `nero-${request.query.year}.${rendered.extension}` });
      },
    );

    app.post(
      '/api/cases/subject-export',
      route('case.personal', {
        tags,
        summary: 'Everything held about one person (data-subject request); audited',
        body: subjectExportBodySchema,
        response: { 200: subjectExportSchema },
      }),
      (request) =>
        retention.subjectExport(actorOf(request.session), request.body.fullName, request.body.birthDate ?? null),
    );

    app.post(
      '/api/cases/retention',
      route('case.manage', {
        tags,
        summary: 'Erase now the personal data of cases past their retention period',
        response: { 200: retentionRunSchema },
      }),
      (request) => retention.eraseExpired(actorOf(request.session).municipalityId),
    );

    app.get(
      '/api/cases/:id',
      route('case.read', {
        tags,
        summary: 'One case: steps, deadlines, documents; names only for who may see them (audited)',
        params: idParamsSchema,
        response: { 200: caseDetailSchema, ...errorResponses(404) },
      }),
      (request) => queries.get(actorOf(request.session), request.params.id, request.locale),
    );

    app.patch(
      '/api/cases/:id',
      route('case.write', {
        tags,
        summary: 'Change owner, wijk, anonymised summary or volunteers',
        params: idParamsSchema,
        body: updateCaseBodySchema,
        response: { 200: okSchema, ...errorResponses(403, 404) },
      }),
      idCommand((actor, id, body) => cases.update(actor, id, body)),
    );

    app.post(
      '/api/cases/:id/steps',
      route('case.write', {
        tags,
        summary: 'Record a step (checked against the case type’s rules)',
        params: idParamsSchema,
        body: recordStepBodySchema,
        response: {
          201: okSchema,
          ...errorResponses(403, 404, 409, 422),
        },
      }),
      async (request, reply) => {
        await cases.recordStep(actorOf(request.session), request.params.id, request.body);
        return reply.status(201).send({ ok: true as const });
      },
    );

    app.post(
      '/api/cases/:id/close',
      route('case.write', {
        tags,
        summary: 'Close a case with an outcome',
        params: idParamsSchema,
        body: closeCaseBodySchema,
        response: {
          200: okSchema,
          ...errorResponses(403, 404, 409, 422),
        },
      }),
      async (request) => {
        await cases.close(actorOf(request.session), request.params.id, request.body.outcome, request.body.closedOn);
        return { ok: true as const };
      },
    );

    app.post(
      '/api/cases/:id/persons',
      route('case.write', {
        tags,
        summary: 'Add a person to a case',
        params: idParamsSchema,
        body: personInputSchema,
        response: { 201: okSchema, ...errorResponses(403, 404, 422) },
      }),
      async (request, reply) => {
        await cases.addPerson(actorOf(request.session), request.params.id, request.body);
        return reply.status(201).send({ ok: true as const });
      },
    );

    app.post(
      '/api/cases/:id/documents',
      route('case.write', {
        tags,
        summary: 'Attach an uploaded file (POST /api/files first) to a case',
        params: idParamsSchema,
        body: addDocumentBodySchema,
        response: { 201: okSchema, ...errorResponses(403, 404, 422) },
      }),
      async (request, reply) => {
        await cases.attachDocument(actorOf(request.session), request.params.id, request.body.fileId);
        return reply.status(201).send({ ok: true as const });
      },
    );

    app.get(
      '/api/cases/:id/documents/:fileId',
      route('case.read', {
        tags,
        summary: 'Download a case document (audited)',
        params: caseFileParamsSchema,
        response: { 200: z.any().describe('the file'), ...errorResponses(403, 404) },
      }),
      async (request, reply) => {
        const { file, data } = await queries.document(
          actorOf(request.session),
          request.params.id,
          request.params.fileId,
        );
        return sendStoredFile(reply, file, data);
      },
    );
  };
}

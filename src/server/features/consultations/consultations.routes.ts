import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '../../../shared/api/common.schema.js';
import { locales } from '../../../shared/i18n/locale.js';
import {
  consultationActionDoneBodySchema,
  consultationActionParamsSchema,
  consultationCreateBodySchema,
  consultationListSchema,
  consultationMinutesBodySchema,
  consultationSchema,
} from '../../../shared/api/consultations.schema.js';
import { created, errorResponses, route } from '../../http/route-shapes.js';
import { sendDownload } from '../../http/downloads.js';
import { actorOf } from '../../http/session-guard.js';
import type { ConsultationService } from './consultations.service.js';

export function consultationRoutes(consultations: ConsultationService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['consultations'];
    const errors = errorResponses(404, 409, 422);
    app.get(
      '/api/consultations',
      route('consultation.read', {
        tags,
        summary: 'Police–prevention consultations, latest first',
        response: { 200: consultationListSchema },
      }),
      (request) => consultations.list(actorOf(request.session)),
    );

    app.post(
      '/api/consultations',
      route('consultation.write', {
        tags,
        summary: 'Plan a consultation; its agenda is generated from the barometer and the desk',
        body: consultationCreateBodySchema,
        response: { 201: consultationSchema },
      }),
      created((actor, body) => consultations.create(actor, body)),
    );

    app.get(
      '/api/consultations/:id',
      route('consultation.read', {
        tags,
        summary: 'One consultation with agenda, minutes and actions',
        params: idParamsSchema,
        response: { 200: consultationSchema, ...errorResponses(404) },
      }),
      (request) => consultations.get(actorOf(request.session), request.params.id),
    );

    app.post(
      '/api/consultations/:id/agenda',
      route('consultation.write', {
        tags,
        summary: 'Generate the agenda again (while the minutes are a draft)',
        params: idParamsSchema,
        response: { 200: consultationSchema, ...errors },
      }),
      (request) => consultations.regenerateAgenda(actorOf(request.session), request.params.id),
    );

    app.put(
      '/api/consultations/:id/minutes',
      route('consultation.write', {
        tags,
        summary: 'Save the draft minutes and the agreed actions',
        params: idParamsSchema,
        body: consultationMinutesBodySchema,
        response: { 200: consultationSchema, ...errors },
      }),
      (request) => consultations.saveMinutes(actorOf(request.session), request.params.id, request.body),
    );

    app.post(
      '/api/consultations/:id/finalize',
      route('consultation.write', {
        tags,
        summary: 'Make the minutes final and register the meeting (counts for the plan’s indicators)',
        params: idParamsSchema,
        response: { 200: consultationSchema, ...errors },
      }),
      (request) => consultations.finalize(actorOf(request.session), request.params.id),
    );

    app.get(
      '/api/consultations/:id/document',
      route('consultation.read', {
        tags,
        summary: 'The agenda and minutes as DOCX, PDF or XLSX',
        params: idParamsSchema,
        querystring: z.object({
          format: z.enum(['docx', 'pdf', 'xlsx']).default('pdf'),
          lang: z.enum(locales).optional(),
        }),
        response: { 200: z.any().describe('the document'), ...errorResponses(404) },
      }),
      async (request, reply) => {
        const document = await consultations.document(
          actorOf(request.session),
          request.params.id,
          request.query.format,
          request.query.lang ?? request.locale,
        );
        return sendDownload(reply, document);
      },
    );

    app.put(
      '/api/consultations/:id/actions/:actionId',
      route('consultation.write', {
        tags,
        summary: 'Tick an agreed action off (or on again)',
        params: consultationActionParamsSchema,
        body: consultationActionDoneBodySchema,
        response: { 200: consultationSchema, ...errorResponses(404) },
      }),
      (request) =>
        consultations.setActionDone(
          actorOf(request.session),
          request.params.id,
          request.params.actionId,
          request.body.done,
        ),
    );
  };
}

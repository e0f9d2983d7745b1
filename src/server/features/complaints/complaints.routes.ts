import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '../../../shared/api/common.schema.js';
import {
  complaintAnswerBodySchema,
  complaintDetailSchema,
  complaintListQuerySchema,
  complaintListSchema,
  complaintMergeBodySchema,
  complaintNoteBodySchema,
  complaintServiceBodySchema,
  complaintServiceListSchema,
  complaintServiceSchema,
  complaintSettingsBodySchema,
  complaintSettingsSchema,
  complaintStatusBodySchema,
  complaintUpdateBodySchema,
  deskComplaintBodySchema,
  publicComplaintBodySchema,
  publicFormSchema,
  publicMunicipalityQuerySchema,
  publicReceiptSchema,
  publicStatusBodySchema,
  publicStatusSchema,
} from '../../../shared/api/complaints.schema.js';
import { intakeRules } from '../../../shared/complaints/intake-rules.js';
import { created, errorResponses, route } from '../../http/route-shapes.js';
import { actorOf } from '../../http/session-guard.js';
import type { ComplaintService } from './complaints.service.js';
import type { ComplaintSettingsService } from './complaint-settings.service.js';
import type { PublicIntakeService } from './public-intake.service.js';

const createdSchema = z.object({ complaint: complaintDetailSchema, accessCode: z.string() });
const errors = errorResponses(404, 409, 422);

/**
 * The desk's routes (signed in) and the citizen's public routes (no login: the form, the submission, the status page).
 */
export function complaintRoutes(
  complaints: ComplaintService,
  settings: ComplaintSettingsService,
  intake: PublicIntakeService,
): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['complaints'];
    app.get(
      '/api/public/complaint-form',
      route('public', {
        tags,
        summary: 'The public complaint form of a municipality (categories, wijk map, limits, a signed form token)',
        querystring: publicMunicipalityQuerySchema,
        response: { 200: publicFormSchema, ...errorResponses(404) },
      }),
      async (request, reply) =>
        reply.header('cache-control', 'no-store').send(await intake.form(request.query.municipality)),
    );

    app.post(
      '/api/public/complaints',
      route(
        'public',
        {
          tags,
          summary: 'A citizen reports nuisance (spam and flood checks; answers the reference and access code)',
          body: publicComplaintBodySchema,
          response: {
            201: publicReceiptSchema,
            ...errorResponses(404, 422, 429),
          },
        },
        // Three attachments of 2 MB in base64 plus the text; anything larger is refused before it is parsed.
        { bodyLimit: Math.ceil((intakeRules.maxAttachments * intakeRules.maxAttachmentBytes * 4) / 3) + 64 * 1024 },
      ),
      async (request, reply) =>
        reply
          .status(201)
          .header('cache-control', 'no-store')
          .send(await intake.submit(request.body, request.ip)),
    );

    app.post(
      '/api/public/complaints/status',
      route('public', {
        tags,
        summary: 'The status of a complaint, with its reference and access code (sent in the body, never in a URL)',
        body: publicStatusBodySchema,
        response: { 200: publicStatusSchema, ...errorResponses(404, 429) },
      }),
      async (request, reply) =>
        reply
          .header('cache-control', 'no-store')
          .send(
            await intake.status(request.body.municipality, request.body.reference, request.body.accessCode, request.ip),
          ),
    );

    app.get(
      '/api/complaints',
      route('complaint.read', {
        tags,
        summary: 'Complaints, newest first (or the overdue list, oldest due first), filtered',
        querystring: complaintListQuerySchema,
        response: { 200: complaintListSchema },
      }),
      (request) => {
        const { limit, offset, overdue, ...filter } = request.query;
        return complaints.list(actorOf(request.session), { ...filter, overdue: overdue === 'true' }, limit, offset);
      },
    );

    app.post(
      '/api/complaints',
      route('complaint.write', {
        tags,
        summary: 'Intake at the desk; answers the complaint and the citizen’s access code',
        body: deskComplaintBodySchema,
        response: { 201: createdSchema, ...errorResponses(422) },
      }),
      created((actor, body) => complaints.create(actor, body)),
    );

    app.get(
      '/api/complaints/:id',
      route('complaint.read', {
        tags,
        summary: 'One complaint (contact data only for roles that may see it)',
        params: idParamsSchema,
        response: { 200: complaintDetailSchema, ...errorResponses(404) },
      }),
      (request) => complaints.get(actorOf(request.session), request.params.id),
    );

    app.patch(
      '/api/complaints/:id',
      route('complaint.write', {
        tags,
        summary: 'Change the category, the place or the assigned service (a new complaint with a service is assigned)',
        params: idParamsSchema,
        body: complaintUpdateBodySchema,
        response: { 200: complaintDetailSchema, ...errors },
      }),
      (request) => complaints.update(actorOf(request.session), request.params.id, request.body),
    );

    app.post(
      '/api/complaints/:id/status',
      route('complaint.write', {
        tags,
        summary: 'Move a complaint to another status (allowed transitions only)',
        params: idParamsSchema,
        body: complaintStatusBodySchema,
        response: { 200: complaintDetailSchema, ...errors },
      }),
      (request) =>
        complaints.setStatus(actorOf(request.session), request.params.id, request.body.status, request.body.note),
    );

    app.post(
      '/api/complaints/:id/answer',
      route('complaint.write', {
        tags,
        summary:
          'Answer the citizen (mailed in their language): walks new → assigned → answered (or closed) in one step',
        params: idParamsSchema,
        body: complaintAnswerBodySchema,
        response: { 200: complaintDetailSchema, ...errors },
      }),
      (request) =>
        complaints.answer(actorOf(request.session), request.params.id, request.body.text, request.body.close ?? false, {
          serviceId: request.body.serviceId,
          expectedStatus: request.body.expectedStatus,
        }),
    );

    app.post(
      '/api/complaints/:id/notes',
      route('complaint.write', {
        tags,
        summary: 'Add an internal note (never shown to the citizen)',
        params: idParamsSchema,
        body: complaintNoteBodySchema,
        response: { 200: complaintDetailSchema, ...errorResponses(404) },
      }),
      (request) => complaints.addNote(actorOf(request.session), request.params.id, request.body.text),
    );

    app.post(
      '/api/complaints/:id/merge',
      route('complaint.write', {
        tags,
        summary: 'Merge this duplicate into another complaint (answers the kept one)',
        params: idParamsSchema,
        body: complaintMergeBodySchema,
        response: { 200: complaintDetailSchema, ...errors },
      }),
      (request) => complaints.merge(actorOf(request.session), request.params.id, request.body.intoId),
    );

    app.get(
      '/api/complaint-services',
      route('complaint.read', {
        tags,
        summary: 'The services and partners complaints are assigned to',
        response: { 200: complaintServiceListSchema },
      }),
      async (request) => ({ services: await settings.services(actorOf(request.session)) }),
    );

    app.post(
      '/api/complaint-services',
      route('complaint.manage', {
        tags,
        summary: 'Add a service or partner',
        body: complaintServiceBodySchema,
        response: { 201: complaintServiceSchema },
      }),
      created((actor, body) => settings.createService(actor, body)),
    );

    app.put(
      '/api/complaint-services/:id',
      route('complaint.manage', {
        tags,
        summary: 'Rename or deactivate a service or partner',
        params: idParamsSchema,
        body: complaintServiceBodySchema,
        response: { 200: complaintServiceSchema, ...errorResponses(404) },
      }),
      (request) => settings.updateService(actorOf(request.session), request.params.id, request.body),
    );

    app.get(
      '/api/complaint-settings',
      route('complaint.read', {
        tags,
        summary: 'Response days per category',
        response: { 200: complaintSettingsSchema },
      }),
      (request) => settings.settings(actorOf(request.session)),
    );

    app.put(
      '/api/complaint-settings',
      route('complaint.manage', {
        tags,
        summary: 'Set response days per category (for complaints received from now on)',
        body: complaintSettingsBodySchema,
        response: { 200: complaintSettingsSchema },
      }),
      (request) => settings.putSettings(actorOf(request.session), request.body.days),
    );
  };
}

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../shared/api/common.schema.js';
import {
  agreementInputSchema,
  agreementReviewInputSchema,
  agreementSchema,
  partnerInputSchema,
  partnerListSchema,
  partnerSchema,
} from '../../../shared/api/partners.schema.js';
import { created, errorResponses, route } from '../../http/route-shapes.js';
import { actorOf } from '../../http/session-guard.js';
import type { PartnerService } from './partners.service.js';

const errors = {
  ...errorResponses(400, 404, 409, 422),
};

export function partnerRoutes(partners: PartnerService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['partners'];
    app.get(
      '/api/partners',
      route('partner.read', {
        tags,
        summary: 'Partner organisations and their cooperation agreements with review days',
        response: { 200: partnerListSchema },
      }),
      (request) => partners.list(actorOf(request.session)),
    );

    app.post(
      '/api/partners',
      route('partner.manage', {
        tags,
        summary: 'A partner organisation',
        body: partnerInputSchema,
        response: { 201: partnerSchema, ...errors },
      }),
      created((actor, body) => partners.addPartner(actor, body)),
    );

    app.post(
      '/api/agreements',
      route('partner.manage', {
        tags,
        summary:
          'A cooperation agreement (measurable objectives, monitoring rhythm, documents); counted by the indicators on agreements',
        body: agreementInputSchema,
        response: { 201: agreementSchema, ...errors },
      }),
      created((actor, body) => partners.addAgreement(actor, body)),
    );

    app.post(
      '/api/agreements/:id/reviews',
      route('partner.manage', {
        tags,
        summary: 'Record the review of an agreement for one of its review days',
        params: idParamsSchema,
        body: agreementReviewInputSchema,
        response: { 200: agreementSchema, ...errors },
      }),
      (request) => partners.review(actorOf(request.session), request.params.id, request.body),
    );
  };
}

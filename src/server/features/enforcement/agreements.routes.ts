import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '../../../shared/api/common.schema.js';
import {
  gasAgreementInputSchema,
  gasAgreementListSchema,
  gasAgreementPatchSchema,
  gasAgreementSchema,
} from '../../../shared/api/enforcement-association.schema.js';
import { errorResponses, route } from '../../http/route-shapes.js';
import { actorOf } from '../../http/session-guard.js';
import type { AgreementService } from './agreements.service.js';

/** The association's agreements with its members (GASAM, issue 18). */
export function agreementRoutes(agreements: AgreementService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['enforcement'];
    const errors = errorResponses(400, 404, 409, 422);
    app.get(
      '/api/enforcement/agreements',
      route('enforcement.read', {
        tags,
        summary: 'The association’s agreements with its members, and the agreements naming this municipality',
        response: { 200: gasAgreementListSchema },
      }),
      (request) => agreements.list(actorOf(request.session)),
    );

    app.post(
      '/api/enforcement/agreements',
      route('enforcement.manage', {
        tags,
        summary: 'A dated agreement by which a member entrusts the association with its GAS cases (no overlap)',
        body: gasAgreementInputSchema,
        response: { 201: gasAgreementSchema, ...errors },
      }),
      async (request, reply) => reply.code(201).send(await agreements.create(actorOf(request.session), request.body)),
    );

    app.patch(
      '/api/enforcement/agreements/:id',
      route('enforcement.manage', {
        tags,
        summary: 'Change an agreement’s dates (no overlap with another agreement of the member)',
        params: idParamsSchema,
        body: gasAgreementPatchSchema,
        response: { 200: gasAgreementSchema, ...errors },
      }),
      (request) => agreements.update(actorOf(request.session), request.params.id, request.body),
    );

    app.delete(
      '/api/enforcement/agreements/:id',
      route('enforcement.manage', {
        tags,
        summary: 'Remove an agreement (kept in the audit log)',
        params: idParamsSchema,
        response: { 200: z.object({ ok: z.literal(true) }), ...errorResponses(404) },
      }),
      async (request) => {
        await agreements.remove(actorOf(request.session), request.params.id);
        return { ok: true as const };
      },
    );
  };
}

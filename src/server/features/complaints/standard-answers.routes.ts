import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '../../../shared/api/common.schema.js';
import {
  filledStandardAnswerListSchema,
  standardAnswerBodySchema,
  standardAnswerListSchema,
  standardAnswerSchema,
} from '../../../shared/api/complaints.schema.js';
import { errorResponses, route } from '../../http/route-shapes.js';
import { actorOf } from '../../http/session-guard.js';
import type { StandardAnswersService } from './standard-answers.service.js';

/** The desk's standard answers: managed by the coordinator, picked (filled) in a complaint's answer box. */
export function standardAnswerRoutes(answers: StandardAnswersService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['complaints'];
    app.get(
      '/api/complaint-standard-answers',
      route('complaint.read', {
        tags,
        summary: 'The standard answers (placeholders {reference}, {category}, {date} unfilled)',
        response: { 200: standardAnswerListSchema },
      }),
      async (request) => ({ answers: await answers.list(actorOf(request.session)) }),
    );

    app.post(
      '/api/complaint-standard-answers',
      route('complaint.manage', {
        tags,
        summary: 'Add a standard answer',
        body: standardAnswerBodySchema,
        response: { 201: standardAnswerSchema },
      }),
      async (request, reply) => reply.status(201).send(await answers.create(actorOf(request.session), request.body)),
    );

    app.put(
      '/api/complaint-standard-answers/:id',
      route('complaint.manage', {
        tags,
        summary: 'Change or deactivate a standard answer',
        params: idParamsSchema,
        body: standardAnswerBodySchema,
        response: { 200: standardAnswerSchema, ...errorResponses(404) },
      }),
      (request) => answers.update(actorOf(request.session), request.params.id, request.body),
    );

    app.delete(
      '/api/complaint-standard-answers/:id',
      route('complaint.manage', {
        tags,
        summary: 'Remove a standard answer',
        params: idParamsSchema,
        response: { 200: z.object({ ok: z.literal(true) }), ...errorResponses(404) },
      }),
      async (request) => {
        await answers.remove(actorOf(request.session), request.params.id);
        return { ok: true as const };
      },
    );

    app.get(
      '/api/complaints/:id/standard-answers',
      route('complaint.read', {
        tags,
        summary: "The standard answers for this complaint's category, filled in the citizen's language",
        params: idParamsSchema,
        response: { 200: filledStandardAnswerListSchema, ...errorResponses(404) },
      }),
      async (request) => ({ answers: await answers.filledFor(actorOf(request.session), request.params.id) }),
    );
  };
}

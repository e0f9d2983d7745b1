import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '../../../shared/api/common.schema.js';
import {
  subjectCreateSchema,
  subjectListQuerySchema,
  subjectListSchema,
  subjectMergeSchema,
  subjectSchema,
  subjectUpdateSchema,
} from '../../../shared/subjects/subject.js';
import { errorResponses, idCommand, okSchema, route } from '../../http/route-shapes.js';
import { actorOf } from '../../http/session-guard.js';
import type { SubjectService } from './subjects.service.js';

export function subjectRoutes(subjects: SubjectService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['subjects'];
    app.get(
      '/api/subjects',
      route('signed-in', {
        tags,
        summary: 'What the indicators count: the subjects of a register (forms offer them)',
        querystring: subjectListQuerySchema,
        response: { 200: subjectListSchema },
      }),
      async (request) => ({
        subjects: await subjects.list(actorOf(request.session), {
          typeKey: request.query.typeKey,
          includeInactive: request.query.includeInactive === 'true',
        }),
      }),
    );

    app.post(
      '/api/subjects',
      route('indicator.manage', {
        tags,
        summary: 'Add a subject of the municipality',
        body: subjectCreateSchema,
        response: { 200: subjectSchema, ...errorResponses(400) },
      }),
      (request) => subjects.create(actorOf(request.session), request.body),
    );

    app.patch(
      '/api/subjects/:id',
      route('indicator.manage', {
        tags,
        summary: 'Rename, confirm, deactivate or reactivate a subject',
        params: idParamsSchema,
        body: subjectUpdateSchema,
        response: { 200: okSchema, ...errorResponses(404, 409) },
      }),
      idCommand((actor, id, body) => subjects.update(actor, id, body)),
    );

    app.post(
      '/api/subjects/:id/merge',
      route('indicator.manage', {
        tags,
        summary: 'Merge a subject into another of the same register (its registrations move, audited)',
        params: idParamsSchema,
        body: subjectMergeSchema,
        response: {
          200: z.object({ moved: z.number().int() }),
          ...errorResponses(404, 409, 422),
        },
      }),
      (request) => subjects.merge(actorOf(request.session), request.params.id, request.body.intoId),
    );
  };
}

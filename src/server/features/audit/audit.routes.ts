import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditListSchema, auditQuerySchema } from '../../../shared/api/audit.schema.js';
import type { Db } from '../../db/database.js';
import { route } from '../../http/route-shapes.js';
import { actorOf } from '../../http/session-guard.js';
import { auditPage } from './audit.service.js';

export function auditRoutes(db: Db): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/audit',
      route('audit.read', {
        tags: ['audit'],
        summary: 'The municipality’s audit log, newest first',
        querystring: auditQuerySchema,
        response: { 200: auditListSchema },
      }),
      async (request) => {
        return { entries: await auditPage(db, actorOf(request.session).municipalityId, request.query) };
      },
    );
  };
}

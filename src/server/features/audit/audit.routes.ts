import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditListSchema, auditQuerySchema } from '../../../shared/api/audit.schema.js';
import type { Db } from '../../db/database.js';
import { actorOf } from '../../http/session-guard.js';
import { AuditRepository } from './audit.repository.js';

const parse = (json: string | null): unknown => (json === null ? null : JSON.parse(json));

export function auditRoutes(db: Db): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/audit',
      {
        config: { access: 'audit.read' },
        schema: {
          tags: ['audit'],
          summary: 'The municipality’s audit log, newest first',
          querystring: auditQuerySchema,
          response: { 200: auditListSchema },
        },
      },
      async (request) => {
        const actor = actorOf(request.session);
        const rows = await new AuditRepository(db.kysely, db.dialect).listPage(
          actor.municipalityId,
          request.query.limit,
          request.query.beforeSeq,
        );
        return {
          entries: rows.map((r) => ({
            seq: Number(r.seq),
            at: r.at,
            actorUserId: r.actor_user_id,
            actorEmail: r.actor_email,
            action: r.action,
            entity: r.entity,
            entityId: r.entity_id,
            before: parse(r.before_json),
            after: parse(r.after_json),
          })),
        };
      },
    );
  };
}

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { outboxListSchema, outboxRetrySchema, outboxStatuses } from '../../../shared/api/mail.schema.js';
import { route } from '../../http/route-shapes.js';
import { actorOf } from '../../http/session-guard.js';
import type { MailService } from './mail.service.js';

const statusOf = (value: string) =>
  (outboxStatuses as readonly string[]).includes(value) ? (value as (typeof outboxStatuses)[number]) : 'failed';

/** The administrator's view of the outbox: what was sent, what waits, what failed (and a retry). */
export function mailRoutes(mail: MailService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/mail/outbox',
      route('audit.read', {
        tags: ['mail'],
        summary: 'The latest 200 mails of the municipality and their delivery status',
        response: { 200: outboxListSchema },
      }),
      async (request) => {
        const actor = actorOf(request.session);
        const rows = await mail.latest(actor.municipalityId, 200);
        return {
          configured: mail.configured,
          entries: rows.map((r) => ({
            id: r.id,
            kind: r.kind,
            entityId: r.entity_id,
            recipient: r.recipient,
            subject: r.subject,
            status: statusOf(r.status),
            attempts: r.attempts,
            lastError: r.last_error,
            createdAt: r.created_at,
            sentAt: r.sent_at,
          })),
        };
      },
    );

    app.post(
      '/api/mail/outbox/retry',
      route('audit.read', {
        tags: ['mail'],
        summary: 'Makes failed mails pending again and sends them',
        response: { 200: outboxRetrySchema },
      }),
      async (request) => {
        const actor = actorOf(request.session);
        const requeued = await mail.retryFailed(actor);
        return { requeued };
      },
    );
  };
}

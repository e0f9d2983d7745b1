import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  calendarFeedCreatedSchema,
  calendarFeedParamsSchema,
  calendarFeedRevokedSchema,
  calendarFeedStatusSchema,
  calendarQuerySchema,
  calendarSchema,
  reminderRunSchema,
} from '../../../shared/api/calendar.schema.js';
import { errorResponses, route } from '../../http/route-shapes.js';
import { actorOf } from '../../http/session-guard.js';
import type { CalendarService } from './calendar.service.js';

/** `publicUrl` (SVPP_PUBLIC_URL) makes the events' links; never the request's Host header. */
export function calendarRoutes(calendar: CalendarService, publicUrl: string): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['calendar'];
    app.get(
      '/api/calendar',
      route('calendar.read', {
        tags,
        summary:
          'What is due: plan submission, evaluation, reports, decisions, agreement reviews, cases — the ones this user may see',
        querystring: calendarQuerySchema,
        response: { 200: calendarSchema, ...errorResponses(400) },
      }),
      (request) => calendar.list(actorOf(request.session), request.query),
    );

    app.get(
      '/api/calendar/feed',
      route('calendar.read', {
        tags,
        summary: 'Whether the user has an active secret calendar feed',
        response: { 200: calendarFeedStatusSchema },
      }),
      (request) => calendar.feedStatus(actorOf(request.session)),
    );

    app.post(
      '/api/calendar/feed',
      route('calendar.read', {
        tags,
        summary: 'Make a new secret feed URL for calendar programs (the previous one stops working)',
        response: { 200: calendarFeedCreatedSchema },
      }),
      (request) => calendar.regenerateFeed(actorOf(request.session)),
    );

    app.delete(
      '/api/calendar/feed',
      route('calendar.read', {
        tags,
        summary: 'Revoke the secret feed URL',
        response: { 200: calendarFeedRevokedSchema },
      }),
      (request) => calendar.revokeFeed(actorOf(request.session)),
    );

    app.post(
      '/api/calendar/reminders/run',
      route('calendar.remind', {
        tags,
        summary: 'Send the reminders due now for this municipality (the server also does so periodically)',
        response: { 200: reminderRunSchema },
      }),
      (request) => calendar.remind(actorOf(request.session).municipalityId),
    );

    // Calendar programs cannot send cookies: the secret token in the URL is the credential (only its hash is stored).
    app.get(
      '/api/calendar/ics/:token',
      route('public', {
        tags,
        summary: 'The iCalendar feed of a secret token',
        params: calendarFeedParamsSchema,
        security: [],
        response: { 200: z.any().describe('text/calendar'), ...errorResponses(404) },
      }),
      async (request, reply) => {
        const ics = await calendar.feed(request.params.token, publicUrl);
        return reply
          .header('content-type', 'text/calendar; charset=utf-8')
          .header('cache-control', 'private, no-store')
          .header('content-disposition', 'inline; filename="svpp.ics"')
          .send(ics);
      },
    );
  };
}

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '../../../shared/api/common.schema.js';
import {
  briefingDayQuerySchema,
  briefingPutSchema,
  briefingSchema,
  guardListSchema,
  guardMeSchema,
  guardOverviewSchema,
  incidentInputSchema,
  incidentListQuerySchema,
  incidentListSchema,
  incidentSchema,
  incidentStatsSchema,
  meldingFollowUpInputSchema,
  meldingListQuerySchema,
  meldingListSchema,
  meldingSchema,
  shiftInputSchema,
  shiftListQuerySchema,
  shiftListSchema,
  shiftSchema,
  vaststellerInputSchema,
  yearQuerySchema,
} from '../../../shared/api/guards.schema.js';
import { errorResponses, route } from '../../http/route-shapes.js';
import { actorOf } from '../../http/session-guard.js';
import type { Clock } from '../../adapters/clock.js';
import type { GuardOverviewService } from './guard-overview.service.js';
import type { GuardsService } from './guards.service.js';
import type { ViolenceService } from './violence.service.js';
import type { Db } from '../../db/database.js';
import { yearOf } from '../../../shared/calendar/days.js';
import { municipalityToday } from '../municipalities/municipality-calendar.js';

const ok = z.object({ ok: z.literal(true) });

export function guardRoutes(
  guards: GuardsService,
  violence: ViolenceService,
  overview: GuardOverviewService,
  clock: Clock,
  db: Db,
): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['guards'];
    // This year on the municipality's calendar (on 1 January at 00:30 in Brussels it is already the new year).
    const thisYear = async (municipalityId: string) => yearOf(await municipalityToday({ db, clock }, municipalityId));

    app.get(
      '/api/guards/me',
      route('guard.app', {
        tags,
        summary: 'The guard’s day: vaststeller or not, today’s briefing, the running shift',
        response: { 200: guardMeSchema },
      }),
      (request) => guards.me(actorOf(request.session)),
    );

    app.post(
      '/api/guards/shifts',
      route('guard.app', {
        tags,
        summary: 'Start, end or correct one’s own shift (id made on the phone; idempotent)',
        body: shiftInputSchema,
        response: { 200: shiftSchema, 201: shiftSchema, ...errorResponses(409, 422) },
      }),
      async (request, reply) => {
        const { shift, created } = await guards.putShift(actorOf(request.session), request.body.id, request.body);
        return reply.status(created ? 201 : 200).send(shift);
      },
    );

    app.get(
      '/api/guards/shifts',
      route('guard.coordinate', {
        tags,
        summary: 'Shifts of all guards, newest first',
        querystring: shiftListQuerySchema,
        response: { 200: shiftListSchema },
      }),
      async (request) => ({
        items: await guards.listShifts(actorOf(request.session), request.query, request.query.limit),
      }),
    );

    app.get(
      '/api/guards/briefing',
      route('guard.app', {
        tags,
        summary: 'The briefing of a day',
        querystring: briefingDayQuerySchema,
        response: { 200: briefingSchema.nullable() },
      }),
      (request) => guards.briefing(actorOf(request.session), request.query.day),
    );

    app.put(
      '/api/guards/briefing',
      route('guard.coordinate', {
        tags,
        summary: 'Write the briefing of a day (notes, focus places, events)',
        body: briefingPutSchema,
        response: { 200: briefingSchema },
      }),
      (request) => {
        const { day, ...input } = request.body;
        return guards.putBriefing(actorOf(request.session), day, input);
      },
    );

    app.get(
      '/api/guards/guards',
      route('guard.coordinate', {
        tags,
        summary: 'The guards and who is vaststeller (may write GAS reports)',
        response: { 200: guardListSchema },
      }),
      async (request) => ({ guards: await guards.guards(actorOf(request.session)) }),
    );

    app.put(
      '/api/guards/guards/:id/vaststeller',
      route('guard.coordinate', {
        tags,
        summary: 'Mark a guard as vaststeller or not',
        params: idParamsSchema,
        body: vaststellerInputSchema,
        response: { 200: ok, ...errorResponses(404, 422) },
      }),
      async (request) => {
        await guards.setVaststeller(actorOf(request.session), request.params.id, request.body.vaststeller);
        return { ok: true as const };
      },
    );

    app.get(
      '/api/guards/meldingen',
      route('guard.app', {
        tags,
        summary: 'Meldingen to city services and their follow-up (a guard sees their own)',
        querystring: meldingListQuerySchema,
        response: { 200: meldingListSchema },
      }),
      (request) => {
        const { year, status, mine, limit } = request.query;
        return guards.meldingen(actorOf(request.session), { year, status, mine: mine === 'true' }, limit);
      },
    );

    app.put(
      '/api/guards/meldingen/:id/follow-up',
      route('guard.coordinate', {
        tags,
        summary: 'Record the city service’s follow-up of a melding',
        params: idParamsSchema,
        body: meldingFollowUpInputSchema,
        response: { 200: meldingSchema, ...errorResponses(404) },
      }),
      (request) =>
        guards.followUp(actorOf(request.session), request.params.id, request.body.status, request.body.note ?? null),
    );

    app.get(
      '/api/guards/overview',
      route('guard.coordinate', {
        tags,
        summary: 'Man-hours and tasks per core task, by hour × weekday and wijk; meldingen, warnings, GAS, engraving',
        querystring: yearQuerySchema,
        response: { 200: guardOverviewSchema },
      }),
      async (request) =>
        overview.overview(
          actorOf(request.session),
          request.query.year ?? (await thisYear(actorOf(request.session).municipalityId)),
        ),
    );

    app.get(
      '/api/guards/incidents',
      route('violence.register', {
        tags,
        summary: 'Violence against guards (a guard sees the incidents concerning them)',
        querystring: incidentListQuerySchema,
        response: { 200: incidentListSchema },
      }),
      async (request) => ({ items: await violence.list(actorOf(request.session), request.query.year) }),
    );

    app.get(
      '/api/guards/incidents/stats',
      route('guard.coordinate', {
        tags,
        summary: 'Statistics of the violence register (“Aantal geregistreerde geweldsfeiten”)',
        querystring: yearQuerySchema,
        response: { 200: incidentStatsSchema },
      }),
      async (request) =>
        violence.stats(
          actorOf(request.session).municipalityId,
          request.query.year ?? (await thisYear(actorOf(request.session).municipalityId)),
        ),
    );

    app.get(
      '/api/guards/incidents/:id',
      route('violence.register', {
        tags,
        summary: 'One incident',
        params: idParamsSchema,
        response: { 200: incidentSchema, ...errorResponses(404) },
      }),
      (request) => violence.get(actorOf(request.session), request.params.id),
    );

    app.post(
      '/api/guards/incidents',
      route('violence.register', {
        tags,
        summary: 'Register or change an incident (id made by the client; idempotent)',
        body: incidentInputSchema,
        response: {
          200: incidentSchema,
          201: incidentSchema,
          ...errorResponses(403, 409, 422),
        },
      }),
      async (request, reply) => {
        const { incident, created } = await violence.put(actorOf(request.session), request.body.id, request.body);
        return reply.status(created ? 201 : 200).send(incident);
      },
    );
  };
}

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '../../../shared/api/common.schema.js';
import {
  acceptFlagBodySchema,
  confirmProposalsBodySchema,
  manualValueInputSchema,
  manualValueListSchema,
  overviewQuerySchema,
  overviewSchema,
  proposeResultSchema,
  setLinkBodySchema,
} from '../../../shared/api/indicators.schema.js';
import { errorResponses, idCommand, okSchema, route } from '../../http/route-shapes.js';
import { actorOf } from '../../http/session-guard.js';
import type { IndicatorLinkService } from './indicator-links.service.js';
import type { IndicatorValueService } from './indicator-values.service.js';
import type { IndicatorService } from './indicators.service.js';

export function indicatorRoutes(
  indicators: IndicatorService,
  links: IndicatorLinkService,
  values: IndicatorValueService,
): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['indicators'];
    app.get(
      '/api/indicators/overview',
      route('plan.read', {
        tags,
        summary: 'Every indicator with its status, rolled up to objective, section, programme and plan',
        querystring: overviewQuerySchema,
        response: { 200: overviewSchema, ...errorResponses(404) },
      }),
      (request) => indicators.overview(actorOf(request.session), request.query),
    );

    app.put(
      '/api/indicators/:id/link',
      route('indicator.manage', {
        tags,
        summary: 'Compute an indicator from a register query, or follow it with manual values',
        params: idParamsSchema,
        body: setLinkBodySchema,
        response: { 200: okSchema, ...errorResponses(404) },
      }),
      idCommand((actor, id, body) => links.setLink(actor, id, body)),
    );

    app.delete(
      '/api/indicators/:id/link',
      route('indicator.manage', {
        tags,
        summary: 'Reject svpp’s proposal or remove the link (svpp does not propose it again)',
        params: idParamsSchema,
        response: { 200: okSchema, ...errorResponses(404, 409) },
      }),
      async (request) => {
        await links.removeLink(actorOf(request.session), request.params.id);
        return { ok: true as const };
      },
    );

    app.post(
      '/api/indicators/proposals',
      route('indicator.manage', {
        tags,
        summary: 'Let svpp propose links from the indicators’ texts',
        body: z.object({ versionId: z.uuid().optional() }),
        response: { 200: proposeResultSchema, ...errorResponses(404) },
      }),
      async (request) => ({
        proposed: await links.propose(actorOf(request.session), request.body.versionId),
        confirmed: 0,
      }),
    );

    app.post(
      '/api/indicators/proposals/confirm',
      route('indicator.manage', {
        tags,
        summary: 'Confirm proposed links',
        body: confirmProposalsBodySchema,
        response: { 200: proposeResultSchema, ...errorResponses(404, 409) },
      }),
      async (request) => ({
        proposed: 0,
        confirmed: await links.confirmProposals(actorOf(request.session), request.body.indicatorIds),
      }),
    );

    app.post(
      '/api/indicators/:id/flags/accept',
      route('indicator.manage', {
        tags,
        summary: 'Accept a flagged indicator (shared computation, far above target) with a comment',
        params: idParamsSchema,
        body: acceptFlagBodySchema,
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
        response: { 200: okSchema, ...errorResponses(404, 409) },
      }),
      async (request) => {
        await indicators.acceptFlag(actorOf(request.session), request.params.id, request.body, request.query.year);
        return { ok: true as const };
      },
    );

    app.get(
      '/api/indicators/:id/values',
      route('plan.read', {
        tags,
        summary: 'Manual values of an indicator',
        params: idParamsSchema,
        response: { 200: manualValueListSchema, ...errorResponses(404) },
      }),
      async (request) => ({ values: await values.listValues(actorOf(request.session), request.params.id) }),
    );

    app.put(
      '/api/indicators/:id/values',
      route('indicator.value', {
        tags,
        summary: 'Enter or correct the manual value of a period',
        params: idParamsSchema,
        body: manualValueInputSchema,
        response: { 200: okSchema, ...errorResponses(404) },
      }),
      idCommand((actor, id, body) => values.putValue(actor, id, body)),
    );

    app.delete(
      '/api/indicator-values/:id',
      route('indicator.value', {
        tags,
        summary: 'Remove a manual value',
        params: idParamsSchema,
        response: { 200: okSchema, ...errorResponses(404) },
      }),
      async (request) => {
        await values.deleteValue(actorOf(request.session), request.params.id);
        return { ok: true as const };
      },
    );
  };
}

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '../../../shared/api/common.schema.js';
import {
  elementHistorySchema,
  importPlanBodySchema,
  planTreeSchema,
  planVersionListSchema,
  planVersionSummarySchema,
  updateIndicatorBodySchema,
  updateObjectiveBodySchema,
  updateResultBodySchema,
  updateSectionBodySchema,
} from '../../../shared/api/plan.schema.js';
import { errorResponses, okSchema, route } from '../../http/route-shapes.js';
import { actorOf } from '../../http/session-guard.js';
import type { SignedInActor } from '../../../shared/access/roles.js';
import type { PlanImportService } from './plan-import.service.js';
import type { PlanService } from './plan.service.js';

const updated = z.object({ versionId: z.string() });

export function planRoutes(plans: PlanService, importer: PlanImportService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['plan'];
    app.get(
      '/api/plan-versions',
      route('plan.read', {
        tags,
        summary: 'The municipality’s plan versions, newest first',
        response: { 200: planVersionListSchema },
      }),
      async (request) => ({ versions: await plans.listVersions(actorOf(request.session)) }),
    );

    app.post(
      '/api/plan-versions',
      route(
        'plan.manage',
        {
          tags,
          summary: 'Import a plan text as a new version (a draft to review unless confirm is true)',
          body: importPlanBodySchema,
          response: { 201: planVersionSummarySchema, ...errorResponses(422) },
        },
        // Large enough that a too-large plan reaches the parser and gets its own error code.
        { bodyLimit: 32 * 1024 * 1024 },
      ),
      async (request, reply) => {
        const actor = actorOf(request.session);
        const { versionId } = await importer.import(actor, request.body);
        return reply.status(201).send((await plans.tree(actor, versionId)).version);
      },
    );

    app.get(
      '/api/plan-versions/:id',
      route('plan.read', {
        tags,
        summary: 'One plan version as a tree',
        params: idParamsSchema,
        response: { 200: planTreeSchema, ...errorResponses(404) },
      }),
      (request) => plans.tree(actorOf(request.session), request.params.id),
    );

    app.post(
      '/api/plan-versions/:id/confirm',
      route('plan.manage', {
        tags,
        summary: 'Confirm a reviewed draft version',
        params: idParamsSchema,
        response: { 200: planVersionSummarySchema, ...errorResponses(404, 409) },
      }),
      (request) => plans.confirm(actorOf(request.session), request.params.id),
    );

    app.delete(
      '/api/plan-versions/:id',
      route('plan.manage', {
        tags,
        summary: 'Discard a draft version',
        params: idParamsSchema,
        response: { 200: okSchema, ...errorResponses(404, 409) },
      }),
      async (request) => {
        await plans.discardDraft(actorOf(request.session), request.params.id);
        return { ok: true as const };
      },
    );

    /** A correction of one plan element: PATCH by id with the element's own body, answered with its version. */
    const correction = <B extends z.ZodType>(
      path: string,
      summary: string,
      body: B,
      correct: (actor: SignedInActor, id: string, changes: z.infer<B>) => Promise<z.infer<typeof updated>>,
    ) =>
      app.patch(
        path,
        route('plan.manage', {
          tags,
          summary,
          params: idParamsSchema,
          body,
          response: { 200: updated, ...errorResponses(404) },
        }),
        (request) => correct(actorOf(request.session), request.params.id, request.body as z.infer<B>),
      );
    correction('/api/plan-sections/:id', 'Correct a section', updateSectionBodySchema, (actor, id, changes) =>
      plans.updateSection(actor, id, changes),
    );
    correction(
      '/api/plan-objectives/:id',
      'Correct an objective or set its owner and partners',
      updateObjectiveBodySchema,
      (actor, id, changes) => plans.updateObjective(actor, id, changes),
    );
    correction('/api/plan-results/:id', 'Correct an expected result', updateResultBodySchema, (actor, id, changes) =>
      plans.updateResult(actor, id, changes),
    );
    correction(
      '/api/indicators/:id',
      'Correct an indicator’s text or targets',
      updateIndicatorBodySchema,
      (actor, id, changes) => plans.updateIndicator(actor, id, changes),
    );

    app.get(
      '/api/plan-elements/:id/history',
      route('plan.read', {
        tags,
        summary: 'The audited changes of a plan element',
        params: idParamsSchema,
        response: { 200: elementHistorySchema },
      }),
      async (request) => ({ entries: await plans.history(actorOf(request.session), request.params.id) }),
    );
  };
}

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../shared/api/common.schema.js';
import {
  findingImportBodySchema,
  findingImportResultSchema,
  findingListQuerySchema,
  findingListSchema,
  findingSummarySchema,
  gasAmountInputSchema,
  gasAmountSchema,
  gasArticleEndSchema,
  gasArticleInputSchema,
  gasArticleSchema,
  gasArticleUpdateSchema,
  gasCatalogueQuerySchema,
  gasCatalogueSchema,
  guardFindingInputSchema,
} from '../../../shared/api/enforcement.schema.js';
import { errorResponses, route, uploadBodyLimit } from '../../http/route-shapes.js';
import { actorOf } from '../../http/session-guard.js';
import type { ArticleService } from './articles.service.js';
import type { FindingIntakeService } from './finding-import.service.js';
import type { FindingQueryService } from './findings.service.js';

/**
 * Enforcement at volume, the intake (issue 18): the offence catalogue, findings files, the findings list and a guard's
 * GAS report. The procedure, analysis and steering slices register their own routes files beside this one.
 */
export function enforcementRoutes(services: {
  articles: ArticleService;
  intake: FindingIntakeService;
  findings: FindingQueryService;
}): FastifyPluginAsyncZod {
  const { articles, intake, findings } = services;
  return async (app) => {
    const tags = ['enforcement'];
    const errors = errorResponses(400, 404, 409, 422);

    app.get(
      '/api/enforcement/articles',
      route('enforcement.read', {
        tags,
        summary: 'The offence catalogue: every article version and amount, with the amounts of a day (default today)',
        querystring: gasCatalogueQuerySchema,
        response: { 200: gasCatalogueSchema, ...errorResponses(400) },
      }),
      (request) => articles.catalogue(actorOf(request.session).municipalityId, request.query.on),
    );

    app.post(
      '/api/enforcement/articles',
      route('enforcement.manage', {
        tags,
        summary: 'A new article (or a new version of one, for a period that overlaps none of its other versions)',
        body: gasArticleInputSchema,
        response: { 201: gasArticleSchema, ...errors },
      }),
      async (request, reply) => reply.code(201).send(await articles.create(actorOf(request.session), request.body)),
    );

    app.patch(
      '/api/enforcement/articles/:id',
      route('enforcement.manage', {
        tags,
        summary: 'Change an article version (not its code or first day)',
        params: idParamsSchema,
        body: gasArticleUpdateSchema,
        response: { 200: gasArticleSchema, ...errors },
      }),
      (request) => articles.update(actorOf(request.session), request.params.id, request.body),
    );

    app.post(
      '/api/enforcement/articles/:id/end',
      route('enforcement.manage', {
        tags,
        summary: 'End an article version’s validity on a day (its last day in force)',
        params: idParamsSchema,
        body: gasArticleEndSchema,
        response: { 200: gasArticleSchema, ...errors },
      }),
      (request) => articles.endValidity(actorOf(request.session), request.params.id, request.body.validTo),
    );

    app.post(
      '/api/enforcement/amounts',
      route('enforcement.manage', {
        tags,
        summary: 'A category’s fixed amount from a day (the amount before it ends the day before)',
        body: gasAmountInputSchema,
        response: { 201: gasAmountSchema.array(), ...errors },
      }),
      async (request, reply) => reply.code(201).send(await articles.addAmount(actorOf(request.session), request.body)),
    );

    app.post(
      '/api/enforcement/finding-imports',
      route(
        'enforcement.write',
        {
          tags,
          summary:
            'Check (dryRun, every rejected row and its reason) or import findings from CSV/XLSX: all or nothing; a repeated file or reference counts as a duplicate',
          body: findingImportBodySchema,
          response: { 200: findingImportResultSchema, ...errorResponses(400, 413, 422) },
        },
        { bodyLimit: uploadBodyLimit },
      ),
      (request) => intake.run(actorOf(request.session), request.locale, request.body),
    );

    app.get(
      '/api/enforcement/findings',
      route('enforcement.read', {
        tags,
        summary: 'The findings the desk sees (own, and members’ by agreement), by status, article, source and period',
        querystring: findingListQuerySchema,
        response: { 200: findingListSchema, ...errorResponses(400) },
      }),
      (request) => findings.list(actorOf(request.session), request.query),
    );

    app.get(
      '/api/guards/gas-articles',
      route('guard.app', {
        tags: ['enforcement', 'guards'],
        summary: 'The articles a community guard may find today (the guard app’s GAS form)',
        response: { 200: gasArticleSchema.array() },
      }),
      (request) => articles.forGuards(actorOf(request.session).municipalityId),
    );

    app.post(
      '/api/guards/gas-findings',
      route('guard.app', {
        tags: ['enforcement', 'guards'],
        summary:
          'A GAS finding by a guard who is a vaststeller (source guard), judged like a row of a findings file; ' +
          'the same reference and facts sent again by the same guard answer 200 with the stored finding',
        body: guardFindingInputSchema,
        response: { 200: findingSummarySchema, 201: findingSummarySchema, ...errorResponses(400, 403, 409, 422) },
      }),
      async (request, reply) => {
        const { finding, created } = await intake.fileGuardReport(
          actorOf(request.session),
          request.locale,
          request.body,
        );
        return reply.code(created ? 201 : 200).send(finding);
      },
    );
  };
}

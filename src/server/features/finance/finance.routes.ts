import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../shared/api/common.schema.js';
import {
  budgetLineInputSchema,
  budgetLineSchema,
  expenseInputSchema,
  expenseResultSchema,
  financeOverviewSchema,
  financeQuerySchema,
  schemeSchema,
  schemeStatedInputSchema,
  staffInputSchema,
  staffSchema,
} from '../../../shared/api/finance.schema.js';
import { errorResponses, route } from '../../http/route-shapes.js';
import { actorOf } from '../../http/session-guard.js';
import type { FinanceService } from './finance.service.js';

const errors = {
  ...errorResponses(400, 404, 409, 422),
};

export function financeRoutes(finance: FinanceService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['finance'];
    app.get(
      '/api/finance',
      route('finance.read', {
        tags,
        summary:
          'The conventions of a plan version and year: schemes checked against the rules, staff, expenses, pots, multi-year plan lines',
        querystring: financeQuerySchema,
        response: { 200: financeOverviewSchema, ...errors },
      }),
      (request) => finance.overview(actorOf(request.session), request.query),
    );

    app.post(
      '/api/finance/schemes/from-plan',
      route('finance.manage', {
        tags,
        summary: 'Take the schemes and amounts of the plan’s funding as the conventions of a year',
        body: financeQuerySchema,
        response: { 200: financeOverviewSchema, ...errors },
      }),
      (request) => finance.setupFromPlan(actorOf(request.session), request.body),
    );

    app.put(
      '/api/finance/schemes/:id/stated',
      route('finance.manage', {
        tags,
        summary: 'The wage and equipment parts as the convention’s table states them (checked against the rules)',
        params: idParamsSchema,
        body: schemeStatedInputSchema,
        response: { 200: schemeSchema, ...errors },
      }),
      (request) => finance.setStated(actorOf(request.session), request.params.id, request.body),
    );

    app.post(
      '/api/finance/staff',
      route('finance.manage', {
        tags,
        summary: 'A person funded by a scheme (regime, start, end) with their eligible subsidy per month',
        body: staffInputSchema,
        response: { 201: staffSchema, ...errors },
      }),
      async (request, reply) => reply.code(201).send(await finance.addStaff(actorOf(request.session), request.body)),
    );

    app.put(
      '/api/finance/staff/:id',
      route('finance.manage', {
        tags,
        summary: 'Correct a funded person (scheme, regime, start, end)',
        params: idParamsSchema,
        body: staffInputSchema,
        response: { 200: staffSchema, ...errors },
      }),
      (request) => finance.updateStaff(actorOf(request.session), request.params.id, request.body),
    );

    app.post(
      '/api/finance/expenses',
      route('finance.manage', {
        tags,
        summary: 'An expense with its evidence; refused past the cap (FINANCE_CAP_EXCEEDED) unless confirmOverCap',
        body: expenseInputSchema,
        response: { 201: expenseResultSchema, ...errors },
      }),
      async (request, reply) => reply.code(201).send(await finance.addExpense(actorOf(request.session), request.body)),
    );

    app.put(
      '/api/finance/budget-lines',
      route('finance.manage', {
        tags,
        summary: 'A multi-year plan line (MJP number) linked to schemes, reconciled with the expected subsidy',
        body: budgetLineInputSchema,
        response: { 200: budgetLineSchema, ...errors },
      }),
      (request) => finance.saveBudgetLine(actorOf(request.session), request.body),
    );
  };
}

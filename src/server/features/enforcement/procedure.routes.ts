import { AppError } from '../../http/app-error.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '../../../shared/api/common.schema.js';
import {
  decisionBatchBodySchema,
  decisionBatchResultSchema,
  findingCloseBodySchema,
  findingDetailSchema,
  findingHolderSchema,
  findingStepBodySchema,
  holderImportBodySchema,
  holderImportResultSchema,
  letterBatchBodySchema,
  letterBatchFileParamsSchema,
  letterBatchListSchema,
  letterBatchResultSchema,
  letterBatchSchema,
  openPaymentListSchema,
  paymentImportBodySchema,
  paymentImportResultSchema,
  procedureOverviewSchema,
} from '../../../shared/api/enforcement-procedure.schema.js';
import { errorResponses, idCommand, okSchema, route, uploadBodyLimit } from '../../http/route-shapes.js';
import { actorOf } from '../../http/session-guard.js';
import type { ServiceDeps } from '../context.js';
import type { FileService } from '../files/files.service.js';
import { HolderImportService } from './holders.service.js';
import { LetterService } from './letters.service.js';
import { PaymentImportService } from './payments.service.js';
import { ProcedureBatchService } from './procedure-batch.service.js';
import { ProcedureService } from './procedure.service.js';

/** What the procedure's services need: the database, the clock, the file store (letters), the IBAN (config). */
export type ProcedureDeps = Pick<ServiceDeps, 'db' | 'clock'> & { files: FileService; iban: string | undefined };

/** The procedure of enforcement at volume: holders (DIV), letter batches, decisions, payments (CAMT.053). */
export function procedureRoutes(deps: ProcedureDeps): FastifyPluginAsyncZod {
  const procedure = new ProcedureService(deps);
  const batches = new ProcedureBatchService(deps);
  const holders = new HolderImportService(deps);
  const letters = new LetterService({ ...deps, iban: deps.iban ?? null });
  const payments = new PaymentImportService(deps);
  return async (app) => {
    const tags = ['enforcement'];
    app.get(
      '/api/enforcement/procedure',
      route('enforcement.read', {
        tags,
        summary: 'Findings per status and what is ready for the next batches',
        response: { 200: procedureOverviewSchema },
      }),
      (request) => batches.overview(actorOf(request.session)),
    );

    app.post(
      '/api/enforcement/holder-imports',
      route(
        'enforcement.write',
        {
          tags,
          summary: 'Check (dryRun) or read the vehicle registration service’s answer (CSV); all or nothing',
          body: holderImportBodySchema,
          response: { 200: holderImportResultSchema, ...errorResponses(422) },
        },
        { bodyLimit: uploadBodyLimit },
      ),
      (request) => holders.run(actorOf(request.session), request.locale, request.body),
    );

    app.get(
      '/api/enforcement/letter-batches',
      route('enforcement.read', {
        tags,
        summary: 'The letter batches, newest first',
        response: { 200: letterBatchListSchema },
      }),
      async (request) => ({ items: await letters.list(actorOf(request.session)) }),
    );

    app.post(
      '/api/enforcement/letter-batches',
      route('enforcement.write', {
        tags,
        summary: 'Make a batch of notification or reminder letters (one DOCX and one PDF for the post room)',
        body: letterBatchBodySchema,
        response: { 200: letterBatchResultSchema, ...errorResponses(422) },
      }),
      async (request) => ({ batch: await letters.create(actorOf(request.session), request.body) }),
    );

    app.post(
      '/api/enforcement/letter-batches/:id/render',
      route('enforcement.write', {
        tags,
        summary: 'Make a batch’s files again when rendering failed',
        params: idParamsSchema,
        response: { 200: letterBatchSchema, ...errorResponses(404) },
      }),
      (request) => letters.render(actorOf(request.session), request.params.id),
    );

    app.get(
      '/api/enforcement/letter-batches/:id/:format',
      route('enforcement.read', {
        tags,
        summary: 'Download a letter batch (names and addresses: audited)',
        params: letterBatchFileParamsSchema,
        response: { 200: z.any().describe('the file'), ...errorResponses(404) },
      }),
      async (request, reply) => {
        const format = request.params.format;
        if (format !== 'docx' && format !== 'pdf') throw new AppError('NOT_FOUND');
        const { file, data } = await letters.download(actorOf(request.session), request.params.id, format);
        return reply
          .header('content-type', file.contentType)
          .header('content-disposition', `attachment; filename="${file.name.replace(/[^\w.-]/g, '_')}"`)
          .send(data);
      },
    );

    app.post(
      '/api/enforcement/decision-batches',
      route('enforcement.write', {
        tags,
        summary: 'Fine every finding whose defence period ended without a defence (or those chosen)',
        body: decisionBatchBodySchema,
        response: { 200: decisionBatchResultSchema, ...errorResponses(422) },
      }),
      (request) => batches.decideBatch(actorOf(request.session), request.body.findingIds),
    );

    app.post(
      '/api/enforcement/prescribed-closings',
      route('enforcement.write', {
        tags,
        summary: 'Close every open, undecided finding whose facts are prescribed',
        response: { 200: z.object({ closed: z.number().int() }) },
      }),
      (request) => batches.closePrescribed(actorOf(request.session)),
    );

    app.get(
      '/api/enforcement/findings/:id/procedure',
      route('enforcement.read', {
        tags,
        summary: 'A finding with its steps, deadlines, prescription and the steps that may follow',
        params: idParamsSchema,
        response: { 200: findingDetailSchema, ...errorResponses(404) },
      }),
      (request) => procedure.detail(actorOf(request.session), request.params.id),
    );

    app.get(
      '/api/enforcement/findings/:id/holder',
      route('enforcement.read', {
        tags,
        summary: 'The vehicle’s holder as the registration service answered (personal data: audited)',
        params: idParamsSchema,
        response: { 200: z.object({ holder: findingHolderSchema.nullable() }), ...errorResponses(404) },
      }),
      async (request) => ({ holder: await procedure.holder(actorOf(request.session), request.params.id) }),
    );

    app.post(
      '/api/enforcement/findings/:id/steps',
      route('enforcement.write', {
        tags,
        summary: 'Record a step of one finding (defence, decision, mediation result, appeal, payment)',
        params: idParamsSchema,
        body: findingStepBodySchema,
        response: { 200: okSchema, ...errorResponses(404, 409, 422) },
      }),
      idCommand((actor, id, body) => procedure.recordStep(actor, id, body)),
    );

    app.post(
      '/api/enforcement/findings/:id/close',
      route('enforcement.write', {
        tags,
        summary: 'Close a finding with one of the procedure’s outcomes',
        params: idParamsSchema,
        body: findingCloseBodySchema,
        response: { 200: okSchema, ...errorResponses(404, 409, 422) },
      }),
      idCommand((actor, id, body) => procedure.close(actor, id, body)),
    );

    app.post(
      '/api/enforcement/payment-imports',
      route(
        'enforcement.write',
        {
          tags,
          summary: 'Check (dryRun) or read a bank statement (CAMT.053) and match it by structured communication',
          body: paymentImportBodySchema,
          response: { 200: paymentImportResultSchema, ...errorResponses(422) },
        },
        { bodyLimit: uploadBodyLimit },
      ),
      (request) => payments.run(actorOf(request.session), request.body),
    );

    app.get(
      '/api/enforcement/payments/open',
      route('enforcement.read', {
        tags,
        summary: 'Payments to look at: partial, over-paid, unmatched, wrong check digit',
        response: { 200: openPaymentListSchema },
      }),
      async (request) => ({ items: await payments.open(actorOf(request.session)) }),
    );
  };
}

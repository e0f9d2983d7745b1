import { z } from 'zod';
import {
  decisionBatchResultSchema,
  findingDetailSchema,
  findingHolderSchema,
  holderImportResultSchema,
  letterBatchListSchema,
  letterBatchResultSchema,
  letterBatchSchema,
  openPaymentListSchema,
  paymentImportResultSchema,
  procedureOverviewSchema,
  type FindingCloseBody,
  type FindingDetail,
  type FindingHolder,
  type FindingStepBody,
  type HolderImportResult,
  type LetterBatch,
  type LetterKind,
  type PaymentImportResult,
  type PaymentLine,
  type ProcedureOverview,
} from '../../../shared/api/enforcement-procedure.schema.js';
import { apiClient } from '../../api/api-client.js';

const done = z.object({ ok: z.literal(true) });
const base = '/api/enforcement';

/** Where a letter batch's file is downloaded (names and addresses: the server audits every download). */
export function letterBatchUrl(id: string, format: 'docx' | 'pdf'): string {
  return `${base}/letter-batches/${id}/${format}`;
}

/** Enforcement at volume, the procedure: holders (DIV), letters, decisions, payments and one finding's steps. */
export const procedureApi = {
  overview: (): Promise<ProcedureOverview> =>
    apiClient.request(`${base}/procedure`, { schema: procedureOverviewSchema }),
  importHolders: (filename: string, contentBase64: string, dryRun: boolean): Promise<HolderImportResult> =>
    apiClient.request(`${base}/holder-imports`, {
      method: 'POST',
      body: { filename, contentBase64, dryRun },
      schema: holderImportResultSchema,
    }),
  letterBatches: async (): Promise<LetterBatch[]> =>
    (await apiClient.request(`${base}/letter-batches`, { schema: letterBatchListSchema })).items,
  /** null: no finding was ready for this kind of letter. */
  createLetterBatch: async (kind: LetterKind): Promise<LetterBatch | null> =>
    (
      await apiClient.request(`${base}/letter-batches`, {
        method: 'POST',
        body: { kind },
        schema: letterBatchResultSchema,
      })
    ).batch,
  /** Makes a batch's files again when rendering failed. */
  renderLetterBatch: (id: string): Promise<LetterBatch> =>
    apiClient.request(`${base}/letter-batches/${id}/render`, { method: 'POST', schema: letterBatchSchema }),
  decideBatch: (): Promise<z.infer<typeof decisionBatchResultSchema>> =>
    apiClient.request(`${base}/decision-batches`, { method: 'POST', body: {}, schema: decisionBatchResultSchema }),
  closePrescribed: (): Promise<{ closed: number }> =>
    apiClient.request(`${base}/prescribed-closings`, {
      method: 'POST',
      schema: z.object({ closed: z.number().int() }),
    }),
  importPayments: (filename: string, contentBase64: string, dryRun: boolean): Promise<PaymentImportResult> =>
    apiClient.request(`${base}/payment-imports`, {
      method: 'POST',
      body: { filename, contentBase64, dryRun },
      schema: paymentImportResultSchema,
    }),
  openPayments: async (): Promise<PaymentLine[]> =>
    (await apiClient.request(`${base}/payments/open`, { schema: openPaymentListSchema })).items,
  finding: (id: string): Promise<FindingDetail> =>
    apiClient.request(`${base}/findings/${id}/procedure`, { schema: findingDetailSchema }),
  /** The holder's name and address: personal data, so asked for only when someone wants to see it (audited). */
  holder: async (id: string): Promise<FindingHolder | null> =>
    (
      await apiClient.request(`${base}/findings/${id}/holder`, {
        schema: z.object({ holder: findingHolderSchema.nullable() }),
      })
    ).holder,
  recordStep: (id: string, body: FindingStepBody): Promise<unknown> =>
    apiClient.request(`${base}/findings/${id}/steps`, { method: 'POST', body, schema: done }),
  close: (id: string, body: FindingCloseBody): Promise<unknown> =>
    apiClient.request(`${base}/findings/${id}/close`, { method: 'POST', body, schema: done }),
};

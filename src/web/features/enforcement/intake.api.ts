import {
  findingImportResultSchema,
  findingListSchema,
  findingSummarySchema,
  gasAmountSchema,
  gasArticleSchema,
  gasCatalogueSchema,
  type FindingImportResult,
  type FindingList,
  type FindingSummary,
  type GasAmount,
  type GasAmountInput,
  type GasArticleInput,
  type GasArticleUpdate,
  type GasCatalogue,
  type GuardFindingInput,
} from '../../../shared/api/enforcement.schema.js';
import type { GasArticle } from '../../../shared/enforcement/catalogue.js';
import { apiClient } from '../../api/api-client.js';

/** The list's filters as the address bar holds them. */
export interface FindingFilter {
  status?: string | undefined;
  article?: string | undefined;
  source?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** Enforcement at volume, the intake: the catalogue, findings files and the findings list. */
export const intakeApi = {
  catalogue: (on?: string): Promise<GasCatalogue> =>
    apiClient.request('/api/enforcement/articles', { query: { on }, schema: gasCatalogueSchema }),
  createArticle: (input: GasArticleInput): Promise<GasArticle> =>
    apiClient.request('/api/enforcement/articles', { method: 'POST', body: input, schema: gasArticleSchema }),
  updateArticle: (id: string, patch: GasArticleUpdate): Promise<GasArticle> =>
    apiClient.request(`/api/enforcement/articles/${id}`, { method: 'PATCH', body: patch, schema: gasArticleSchema }),
  endArticle: (id: string, validTo: string): Promise<GasArticle> =>
    apiClient.request(`/api/enforcement/articles/${id}/end`, {
      method: 'POST',
      body: { validTo },
      schema: gasArticleSchema,
    }),
  addAmount: (input: GasAmountInput): Promise<GasAmount[]> =>
    apiClient.request('/api/enforcement/amounts', { method: 'POST', body: input, schema: gasAmountSchema.array() }),
  importFindings: (filename: string, contentBase64: string, dryRun: boolean): Promise<FindingImportResult> =>
    apiClient.request('/api/enforcement/finding-imports', {
      method: 'POST',
      body: { filename, contentBase64, dryRun },
      schema: findingImportResultSchema,
    }),
  findings: (filter: FindingFilter, limit: number, offset: number): Promise<FindingList> =>
    apiClient.request('/api/enforcement/findings', { query: { ...filter, limit, offset }, schema: findingListSchema }),
  /** The articles a guard may find today. */
  guardArticles: (): Promise<GasArticle[]> =>
    apiClient.request('/api/guards/gas-articles', { schema: gasArticleSchema.array() }),
  /** A guard's GAS report from the guard app. */
  guardFinding: (input: GuardFindingInput): Promise<FindingSummary> =>
    apiClient.request('/api/guards/gas-findings', { method: 'POST', body: input, schema: findingSummarySchema }),
};

import {
  gasAgreementListSchema,
  gasAgreementSchema,
  type GasAgreement,
  type GasAgreementInput,
  type GasAgreementList,
  type GasAgreementPatch,
} from '../../../shared/api/enforcement-association.schema.js';
import { gasAnalysisSchema, type GasAnalysis } from '../../../shared/api/enforcement-analysis.schema.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import type { ReportFormat } from '../../../shared/reports/report-document.js';
import { z } from 'zod';
import { apiClient } from '../../api/api-client.js';

export interface AnalysisFilter {
  from: string;
  to: string;
  municipality?: string | undefined;
  article?: string | undefined;
  source?: string | undefined;
  wijk?: string | undefined;
}

/** Enforcement at volume: the analysis, the association's agreements and the two documents (issue 18). */
export const analysisApi = {
  analysis: (f: AnalysisFilter): Promise<GasAnalysis> =>
    apiClient.request('/api/enforcement/analysis', { query: { ...f }, schema: gasAnalysisSchema }),
  wijkGeometry: (municipalityId: string) =>
    apiClient.request(`/api/enforcement/analysis/wijken/${municipalityId}`, {
      schema: z.object({ geojson: z.unknown().nullable() }),
    }),
  agreements: (): Promise<GasAgreementList> =>
    apiClient.request('/api/enforcement/agreements', { schema: gasAgreementListSchema }),
  createAgreement: (input: GasAgreementInput): Promise<GasAgreement> =>
    apiClient.request('/api/enforcement/agreements', { method: 'POST', body: input, schema: gasAgreementSchema }),
  updateAgreement: (id: string, patch: GasAgreementPatch): Promise<GasAgreement> =>
    apiClient.request(`/api/enforcement/agreements/${id}`, {
      method: 'PATCH',
      body: patch,
      schema: gasAgreementSchema,
    }),
  removeAgreement: (id: string): Promise<{ ok: true }> =>
    apiClient.request(`/api/enforcement/agreements/${id}`, {
      method: 'DELETE',
      schema: z.object({ ok: z.literal(true) }),
    }),
  gasReportUrl: (year: number, format: ReportFormat, lang: Locale): string =>
    `/api/enforcement/reports/gas?${new URLSearchParams({ year: String(year), format, lang }).toString()}`,
  workflowUrl: (format: ReportFormat, lang: Locale): string =>
    `/api/enforcement/reports/gas-workflow?${new URLSearchParams({ format, lang }).toString()}`,
};

import { z } from 'zod';
import {
  elementHistorySchema,
  type PlanTree,
  planTreeSchema,
  type PlanVersionSummary,
  planVersionListSchema,
  planVersionSummarySchema,
  type updateIndicatorBodySchema,
  type updateObjectiveBodySchema,
  type updateResultBodySchema,
  type updateSectionBodySchema,
} from '../../../shared/api/plan.schema.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import { apiClient } from '../../api/api-client.js';

export type SectionChanges = z.infer<typeof updateSectionBodySchema>;
export type ObjectiveChanges = z.infer<typeof updateObjectiveBodySchema>;
export type ResultChanges = z.infer<typeof updateResultBodySchema>;
export type IndicatorChanges = z.infer<typeof updateIndicatorBodySchema>;
export type HistoryEntry = z.infer<typeof elementHistorySchema>['entries'][number];

export const planExportFormats = ['docx', 'pdf', 'xlsx'] as const;
export type PlanExportFormat = (typeof planExportFormats)[number];

const updatedSchema = z.object({ versionId: z.string() });
const okSchema = z.object({ ok: z.literal(true) });
const path = (template: string, id: string) => template.replace(':id', encodeURIComponent(id));

export const planApi = {
  versions: async (): Promise<PlanVersionSummary[]> =>
    (await apiClient.request('/api/plan-versions', { schema: planVersionListSchema })).versions,
  tree: (id: string): Promise<PlanTree> =>
    apiClient.request(path('/api/plan-versions/:id', id), { schema: planTreeSchema }),
  importText: (filename: string, text: string): Promise<PlanVersionSummary> =>
    apiClient.request('/api/plan-versions', {
      method: 'POST',
      body: { filename, text, confirm: false },
      schema: planVersionSummarySchema,
    }),
  confirm: (id: string): Promise<PlanVersionSummary> =>
    apiClient.request(path('/api/plan-versions/:id/confirm', id), { method: 'POST', schema: planVersionSummarySchema }),
  discard: (id: string): Promise<{ ok: true }> =>
    apiClient.request(path('/api/plan-versions/:id', id), { method: 'DELETE', schema: okSchema }),
  updateSection: (id: string, body: SectionChanges) =>
    apiClient.request(path('/api/plan-sections/:id', id), { method: 'PATCH', body, schema: updatedSchema }),
  updateObjective: (id: string, body: ObjectiveChanges) =>
    apiClient.request(path('/api/plan-objectives/:id', id), { method: 'PATCH', body, schema: updatedSchema }),
  updateResult: (id: string, body: ResultChanges) =>
    apiClient.request(path('/api/plan-results/:id', id), { method: 'PATCH', body, schema: updatedSchema }),
  updateIndicator: (id: string, body: IndicatorChanges) =>
    apiClient.request(path('/api/indicators/:id', id), { method: 'PATCH', body, schema: updatedSchema }),
  history: async (id: string): Promise<HistoryEntry[]> =>
    (await apiClient.request(path('/api/plan-elements/:id/history', id), { schema: elementHistorySchema })).entries,

  /** The download address of the plan as a document (the annex to the convention, or one row per indicator). */
  exportUrl: (id: string, format: PlanExportFormat, lang: Locale): string =>
    `${path('/api/plan-versions/:id/export', id)}?${new URLSearchParams({ format, lang }).toString()}`,

  /** Does the server offer the plan export? A HEAD request: nothing is downloaded. */
  exportAvailable: async (id: string, lang: Locale): Promise<boolean> => {
    try {
      const response = await fetch(planApi.exportUrl(id, 'xlsx', lang), { method: 'HEAD', credentials: 'same-origin' });
      return response.ok;
    } catch {
      return false;
    }
  },
};

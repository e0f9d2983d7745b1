import { z } from 'zod';
import {
  type acceptFlagBodySchema,
  manualValueInputSchema,
  manualValueListSchema,
  type Overview,
  overviewSchema,
  proposeResultSchema,
} from '../../../shared/api/indicators.schema.js';
import { planVersionListSchema } from '../../../shared/api/plan.schema.js';
import type { IndicatorLinkInput } from '../../../shared/indicators/indicator-query.js';
import { apiClient } from '../../api/api-client.js';

export type ManualValue = z.infer<typeof manualValueListSchema>['values'][number];
export type ManualValueInput = z.input<typeof manualValueInputSchema>;
export type PlanVersionSummary = z.infer<typeof planVersionListSchema>['versions'][number];

const ok = z.object({ ok: z.literal(true) });

export const indicatorsApi = {
  overview: (year?: number): Promise<Overview> =>
    apiClient.request('/api/indicators/overview', { query: { year }, schema: overviewSchema }),
  planVersions: async (): Promise<PlanVersionSummary[]> =>
    (await apiClient.request('/api/plan-versions', { schema: planVersionListSchema })).versions,
  setLink: async (indicatorId: string, link: IndicatorLinkInput): Promise<void> => {
    await apiClient.request(`/api/indicators/${encodeURIComponent(indicatorId)}/link`, {
      method: 'PUT',
      body: link,
      schema: ok,
    });
  },
  /** Rejects svpp's proposal or removes the link; svpp does not propose it again. */
  removeLink: async (indicatorId: string): Promise<void> => {
    await apiClient.request(`/api/indicators/${encodeURIComponent(indicatorId)}/link`, {
      method: 'DELETE',
      schema: ok,
    });
  },
  /** Stores svpp's proposals for every indicator without a link; answers how many. */
  propose: async (): Promise<number> =>
    (await apiClient.request('/api/indicators/proposals', { method: 'POST', body: {}, schema: proposeResultSchema }))
      .proposed,
  confirm: async (indicatorIds: string[]): Promise<number> =>
    (
      await apiClient.request('/api/indicators/proposals/confirm', {
        method: 'POST',
        body: { indicatorIds },
        schema: proposeResultSchema,
      })
    ).confirmed,
  /** Accepts a review flag (shared computation, far above target) with a comment; `year` is the overview's year. */
  acceptFlag: async (indicatorId: string, body: z.input<typeof acceptFlagBodySchema>, year?: number): Promise<void> => {
    await apiClient.request(`/api/indicators/${encodeURIComponent(indicatorId)}/flags/accept`, {
      method: 'POST',
      query: { year },
      body,
      schema: ok,
    });
  },
  values: async (indicatorId: string): Promise<ManualValue[]> =>
    (
      await apiClient.request(`/api/indicators/${encodeURIComponent(indicatorId)}/values`, {
        schema: manualValueListSchema,
      })
    ).values,
  putValue: async (indicatorId: string, value: ManualValueInput): Promise<void> => {
    await apiClient.request(`/api/indicators/${encodeURIComponent(indicatorId)}/values`, {
      method: 'PUT',
      body: value,
      schema: ok,
    });
  },
  deleteValue: async (valueId: string): Promise<void> => {
    await apiClient.request(`/api/indicator-values/${encodeURIComponent(valueId)}`, { method: 'DELETE', schema: ok });
  },
};

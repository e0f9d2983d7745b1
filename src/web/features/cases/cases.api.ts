import { z } from 'zod';
import {
  caseDetailSchema,
  caseListSchema,
  type CaseDetail,
  type CreateCaseBody,
  overdueListSchema,
  type OverdueList,
  type PersonInput,
  type RecordStepBody,
  volunteerListSchema,
  volunteerSchema,
  volunteerStatisticsSchema,
  type Volunteer,
  type VolunteerStatistics,
} from '../../../shared/api/cases.schema.js';
import { apiClient } from '../../api/api-client.js';

const ok = z.object({ ok: z.literal(true) });
const created = z.object({ id: z.uuid() });

export interface CaseListFilter {
  type?: string | undefined;
  status?: 'open' | 'closed' | undefined;
  overdue?: boolean | undefined;
  mine?: boolean | undefined;
}

export const casesApi = {
  list: (filter: CaseListFilter, limit: number, offset: number) =>
    apiClient.request('/api/cases', {
      query: {
        type: filter.type,
        status: filter.status,
        overdue: filter.overdue ? 'true' : undefined,
        mine: filter.mine ? 'true' : undefined,
        limit,
        offset,
      },
      schema: caseListSchema,
    }),
  overdue: (): Promise<OverdueList> => apiClient.request('/api/cases/overdue', { schema: overdueListSchema }),
  get: (id: string): Promise<CaseDetail> => apiClient.request(`/api/cases/${id}`, { schema: caseDetailSchema }),
  create: (
    body: Omit<CreateCaseBody, 'persons' | 'volunteerIds'> & { persons: PersonInput[]; volunteerIds?: string[] },
  ) => apiClient.request('/api/cases', { method: 'POST', body, schema: created }),
  recordStep: (id: string, body: Omit<RecordStepBody, 'choices'> & { choices?: Record<string, string> }) =>
    apiClient.request(`/api/cases/${id}/steps`, { method: 'POST', body, schema: ok }),
  close: (id: string, outcome: string, closedOn: string) =>
    apiClient.request(`/api/cases/${id}/close`, { method: 'POST', body: { outcome, closedOn }, schema: ok }),
  attach: (id: string, fileId: string) =>
    apiClient.request(`/api/cases/${id}/documents`, { method: 'POST', body: { fileId }, schema: ok }),
  volunteers: (): Promise<{ items: Volunteer[] }> =>
    apiClient.request('/api/volunteers', { schema: volunteerListSchema }),
  addVolunteer: (body: { fullName: string; startedOn: string; trainedOn?: string | null }) =>
    apiClient.request('/api/volunteers', { method: 'POST', body, schema: volunteerSchema }),
  setIntervision: (id: string, month: string, attended: boolean) =>
    apiClient.request(`/api/volunteers/${id}/intervisions`, { method: 'POST', body: { month, attended }, schema: ok }),
  volunteerStatistics: (year: number): Promise<VolunteerStatistics> =>
    apiClient.request('/api/volunteers/statistics', { query: { year }, schema: volunteerStatisticsSchema }),
};

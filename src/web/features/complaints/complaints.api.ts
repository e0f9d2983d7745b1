import { z } from 'zod';
import {
  type ComplaintDetail,
  complaintDetailSchema,
  complaintListSchema,
  type ComplaintService,
  complaintServiceListSchema,
  type ComplaintSummary,
  type DeskComplaintBody,
  type FilledStandardAnswer,
  filledStandardAnswerListSchema,
  type StandardAnswer,
  standardAnswerListSchema,
  standardAnswerSchema,
  type PublicComplaintBody,
  type PublicForm,
  publicFormSchema,
  type PublicReceipt,
  publicReceiptSchema,
  type PublicStatus,
  publicStatusSchema,
} from '../../../shared/api/complaints.schema.js';
import type { ComplaintStatus } from '../../../shared/complaints/complaint-status.js';
import { apiClient } from '../../api/api-client.js';

export interface ComplaintFilter {
  status?: string | undefined;
  category?: string | undefined;
  wijk?: string | undefined;
  overdue?: 'true' | undefined;
  q?: string | undefined;
}

export type StandardAnswerBody = Pick<StandardAnswer, 'category' | 'title' | 'body' | 'active'>;

const createdSchema = z.object({ complaint: complaintDetailSchema, accessCode: z.string() });
const byId = (id: string) => `/api/complaints/${encodeURIComponent(id)}`;

/** The citizen's calls (no login) and the desk's. */
export const complaintsApi = {
  publicForm: (municipality: string): Promise<PublicForm> =>
    apiClient.request('/api/public/complaint-form', { query: { municipality }, schema: publicFormSchema }),
  submit: (body: PublicComplaintBody): Promise<PublicReceipt> =>
    apiClient.request('/api/public/complaints', { method: 'POST', body, schema: publicReceiptSchema }),
  status: (municipality: string, reference: string, accessCode: string): Promise<PublicStatus> =>
    apiClient.request('/api/public/complaints/status', {
      method: 'POST',
      body: { municipality, reference, accessCode },
      schema: publicStatusSchema,
    }),

  list: (
    filter: ComplaintFilter,
    limit: number,
    offset: number,
  ): Promise<{ items: ComplaintSummary[]; total: number }> =>
    apiClient.request('/api/complaints', { query: { ...filter, limit, offset }, schema: complaintListSchema }),
  get: (id: string): Promise<ComplaintDetail> => apiClient.request(byId(id), { schema: complaintDetailSchema }),
  create: (body: DeskComplaintBody) =>
    apiClient.request('/api/complaints', { method: 'POST', body, schema: createdSchema }),
  assign: (id: string, serviceId: string | null): Promise<ComplaintDetail> =>
    apiClient.request(byId(id), { method: 'PATCH', body: { serviceId }, schema: complaintDetailSchema }),
  setStatus: (id: string, status: ComplaintStatus): Promise<ComplaintDetail> =>
    apiClient.request(`${byId(id)}/status`, { method: 'POST', body: { status }, schema: complaintDetailSchema }),
  /** One step to answered: the server walks new → assigned → answered; refused when the status changed meanwhile. */
  answer: (
    id: string,
    body: { text: string; close: boolean; expectedStatus: ComplaintStatus; serviceId?: string | undefined },
  ): Promise<ComplaintDetail> =>
    apiClient.request(`${byId(id)}/answer`, { method: 'POST', body, schema: complaintDetailSchema }),
  filledStandardAnswers: async (id: string): Promise<FilledStandardAnswer[]> =>
    (await apiClient.request(`${byId(id)}/standard-answers`, { schema: filledStandardAnswerListSchema })).answers,
  standardAnswers: async (): Promise<StandardAnswer[]> =>
    (await apiClient.request('/api/complaint-standard-answers', { schema: standardAnswerListSchema })).answers,
  createStandardAnswer: (body: StandardAnswerBody): Promise<StandardAnswer> =>
    apiClient.request('/api/complaint-standard-answers', { method: 'POST', body, schema: standardAnswerSchema }),
  updateStandardAnswer: (id: string, body: StandardAnswerBody): Promise<StandardAnswer> =>
    apiClient.request(`/api/complaint-standard-answers/${encodeURIComponent(id)}`, {
      method: 'PUT',
      body,
      schema: standardAnswerSchema,
    }),
  removeStandardAnswer: (id: string): Promise<unknown> =>
    apiClient.request(`/api/complaint-standard-answers/${encodeURIComponent(id)}`, {
      method: 'DELETE',
      schema: z.object({ ok: z.literal(true) }),
    }),
  note: (id: string, text: string): Promise<ComplaintDetail> =>
    apiClient.request(`${byId(id)}/notes`, { method: 'POST', body: { text }, schema: complaintDetailSchema }),
  merge: (id: string, intoId: string): Promise<ComplaintDetail> =>
    apiClient.request(`${byId(id)}/merge`, { method: 'POST', body: { intoId }, schema: complaintDetailSchema }),
  services: async (): Promise<ComplaintService[]> =>
    (await apiClient.request('/api/complaint-services', { schema: complaintServiceListSchema })).services,
};

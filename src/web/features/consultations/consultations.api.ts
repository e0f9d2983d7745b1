import {
  type Consultation,
  consultationListSchema,
  consultationSchema,
} from '../../../shared/api/consultations.schema.js';
import { apiClient } from '../../api/api-client.js';

export interface MinutesBody {
  title?: string;
  attendees?: string;
  minutes?: string;
  actions?: { id?: string; description: string; owner: string; dueOn: string; done?: boolean }[];
}

const byId = (id: string) => `/api/consultations/${encodeURIComponent(id)}`;

export const consultationsApi = {
  list: async () => (await apiClient.request('/api/consultations', { schema: consultationListSchema })).items,
  get: (id: string): Promise<Consultation> => apiClient.request(byId(id), { schema: consultationSchema }),
  create: (heldOn: string): Promise<Consultation> =>
    apiClient.request('/api/consultations', { method: 'POST', body: { heldOn }, schema: consultationSchema }),
  regenerate: (id: string): Promise<Consultation> =>
    apiClient.request(`${byId(id)}/agenda`, { method: 'POST', schema: consultationSchema }),
  saveMinutes: (id: string, body: MinutesBody): Promise<Consultation> =>
    apiClient.request(`${byId(id)}/minutes`, { method: 'PUT', body, schema: consultationSchema }),
  finalize: (id: string): Promise<Consultation> =>
    apiClient.request(`${byId(id)}/finalize`, { method: 'POST', schema: consultationSchema }),
  setDone: (id: string, actionId: string, done: boolean): Promise<Consultation> =>
    apiClient.request(`${byId(id)}/actions/${encodeURIComponent(actionId)}`, {
      method: 'PUT',
      body: { done },
      schema: consultationSchema,
    }),
};

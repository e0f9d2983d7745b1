import { z } from 'zod';
import {
  type BriefingInput,
  briefingSchema,
  guardListSchema,
  guardMeSchema,
  guardOverviewSchema,
  type IncidentInput,
  incidentListSchema,
  incidentSchema,
  incidentStatsSchema,
  meldingListSchema,
  meldingSchema,
  shiftListSchema,
  shiftSchema,
  type ShiftInput,
} from '../../../shared/api/guards.schema.js';
import type { MeldingStatus } from '../../../shared/guards/violence.js';
import { registrationSchema, type RegistrationInput } from '../../../shared/api/registrations.schema.js';
import { apiClient } from '../../api/api-client.js';

const ok = z.object({ ok: z.literal(true) });

/** The guards' API: the phone app's calls (me, shifts, registrations, incidents) and the coordinator's. */
export const guardsApi = {
  me: () => apiClient.request('/api/guards/me', { schema: guardMeSchema }),
  putShift: (body: ShiftInput) =>
    apiClient.request('/api/guards/shifts', { method: 'POST', body, schema: shiftSchema }),
  createRegistration: (body: RegistrationInput) =>
    apiClient.request('/api/registrations', { method: 'POST', body, schema: registrationSchema }),
  putIncident: (body: IncidentInput) =>
    apiClient.request('/api/guards/incidents', { method: 'POST', body, schema: incidentSchema }),
  meldingen: (query: { year?: number; status?: MeldingStatus; mine?: 'true' } = {}) =>
    apiClient.request('/api/guards/meldingen', { query, schema: meldingListSchema }),
  followUp: (id: string, status: MeldingStatus, note: string | null) =>
    apiClient.request(`/api/guards/meldingen/${id}/follow-up`, {
      method: 'PUT',
      body: { status, note },
      schema: meldingSchema,
    }),
  overview: (year: number) =>
    apiClient.request('/api/guards/overview', { query: { year }, schema: guardOverviewSchema }),
  shifts: (query: { from?: string; to?: string; limit?: number }) =>
    apiClient.request('/api/guards/shifts', { query, schema: shiftListSchema }),
  briefing: (day: string) =>
    apiClient.request('/api/guards/briefing', { query: { day }, schema: briefingSchema.nullable() }),
  putBriefing: (day: string, body: BriefingInput) =>
    apiClient.request('/api/guards/briefing', { method: 'PUT', body: { day, ...body }, schema: briefingSchema }),
  guards: () => apiClient.request('/api/guards/guards', { schema: guardListSchema }),
  setVaststeller: (id: string, vaststeller: boolean) =>
    apiClient.request(`/api/guards/guards/${id}/vaststeller`, { method: 'PUT', body: { vaststeller }, schema: ok }),
  incidents: (year?: number) =>
    apiClient.request('/api/guards/incidents', { query: { year }, schema: incidentListSchema }),
  incidentStats: (year: number) =>
    apiClient.request('/api/guards/incidents/stats', { query: { year }, schema: incidentStatsSchema }),
};

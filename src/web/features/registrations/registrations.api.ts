import { z } from 'zod';
import {
  type RegisterType,
  registerTypeListSchema,
  registerTypeSchema,
  type Registration,
  type RegistrationInput,
  type registrationListQuerySchema,
  registrationListSchema,
  registrationSchema,
} from '../../../shared/api/registrations.schema.js';
import type { Labels, RegisterTypeDefinition } from '../../../shared/indicators/register-fields.js';
import { apiClient } from '../../api/api-client.js';
import { loadWijken } from '../../lib/wijken.js';

/** The list's filters: the list query without its paging. */
export type RegistrationFilter = Omit<z.infer<typeof registrationListQuerySchema>, 'limit' | 'offset'>;

export type RegistrationChanges = Partial<Omit<RegistrationInput, 'id' | 'typeKey'>>;
/** The guards' app loads its wijken along with the registrations, through this API. */
export type { WijkList } from '../../lib/wijken.js';

const ok = z.object({ ok: z.literal(true) });

export const registrationsApi = {
  types: async (): Promise<RegisterType[]> =>
    (await apiClient.request('/api/register-types', { schema: registerTypeListSchema })).types,
  createType: (definition: RegisterTypeDefinition): Promise<RegisterType> =>
    apiClient.request('/api/register-types', { method: 'POST', body: definition, schema: registerTypeSchema }),
  updateType: (
    key: string,
    body: { active?: boolean; labels?: Labels; definition?: RegisterTypeDefinition },
  ): Promise<RegisterType> =>
    apiClient.request(`/api/register-types/${encodeURIComponent(key)}`, {
      method: 'PATCH',
      body,
      schema: registerTypeSchema,
    }),

  list: (
    filter: RegistrationFilter,
    limit: number,
    offset: number,
  ): Promise<{ items: Registration[]; total: number }> =>
    apiClient.request('/api/registrations', { query: { ...filter, limit, offset }, schema: registrationListSchema }),
  get: (id: string): Promise<Registration> =>
    apiClient.request(`/api/registrations/${encodeURIComponent(id)}`, { schema: registrationSchema }),
  /** Idempotent on `input.id`: sending the same client id twice stores one registration. */
  create: (input: RegistrationInput): Promise<Registration> =>
    apiClient.request('/api/registrations', { method: 'POST', body: input, schema: registrationSchema }),
  update: (id: string, changes: RegistrationChanges): Promise<Registration> =>
    apiClient.request(`/api/registrations/${encodeURIComponent(id)}`, {
      method: 'PATCH',
      body: changes,
      schema: registrationSchema,
    }),
  remove: async (id: string): Promise<void> => {
    await apiClient.request(`/api/registrations/${encodeURIComponent(id)}`, { method: 'DELETE', schema: ok });
  },

  wijken: loadWijken,
};

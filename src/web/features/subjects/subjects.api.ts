import { z } from 'zod';
import { type Subject, subjectListSchema } from '../../../shared/subjects/subject.js';
import { apiClient } from '../../api/api-client.js';

const ok = z.object({ ok: z.literal(true) });
const mergeResultSchema = z.object({ moved: z.number().int() });

export type SubjectChanges = { name?: string; active?: boolean; confirm?: true };

/** What the indicators count (src/shared/subjects): listed by register, confirmed, renamed, stopped, merged. */
export const subjectsApi = {
  /** The subjects of one register (or all); only the active ones unless asked. */
  list: async (filter: { typeKey?: string | undefined; includeInactive?: boolean } = {}): Promise<Subject[]> =>
    (
      await apiClient.request('/api/subjects', {
        query: { typeKey: filter.typeKey, includeInactive: filter.includeInactive ? 'true' : undefined },
        schema: subjectListSchema,
      })
    ).subjects,
  update: async (id: string, changes: SubjectChanges): Promise<void> => {
    await apiClient.request(`/api/subjects/${encodeURIComponent(id)}`, { method: 'PATCH', body: changes, schema: ok });
  },
  /** Moves the subject's registrations into `intoId` (same register); answers how many moved. */
  merge: async (id: string, intoId: string): Promise<number> =>
    (
      await apiClient.request(`/api/subjects/${encodeURIComponent(id)}/merge`, {
        method: 'POST',
        body: { intoId },
        schema: mergeResultSchema,
      })
    ).moved,
};

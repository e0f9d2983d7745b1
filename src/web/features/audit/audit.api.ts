import { type AuditEntry, auditListSchema } from '../../../shared/api/audit.schema.js';
import { apiClient } from '../../api/api-client.js';

export const auditApi = {
  /** A page of the audit log, newest first, strictly older than `beforeSeq` when given. */
  list: async (limit: number, beforeSeq?: number): Promise<AuditEntry[]> =>
    (await apiClient.request('/api/audit', { query: { limit, beforeSeq }, schema: auditListSchema })).entries,
};

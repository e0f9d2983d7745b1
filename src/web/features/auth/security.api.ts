import { z } from 'zod';
import {
  type ChangeOwnPasswordBody,
  type ClearLoginBlockBody,
  clearLoginBlockResultSchema,
  type LoginBlock,
  loginBlockListSchema,
} from '../../../shared/api/security.schema.js';
import { type JobStatusList, jobStatusListSchema } from '../../../shared/api/jobs.schema.js';
import { apiClient } from '../../api/api-client.js';

export const securityApi = {
  changeOwnPassword: (body: ChangeOwnPasswordBody): Promise<{ ok: true }> =>
    apiClient.request('/api/auth/me/password', { method: 'PUT', body, schema: z.object({ ok: z.literal(true) }) }),
  loginBlocks: async (): Promise<LoginBlock[]> =>
    (await apiClient.request('/api/login-blocks', { schema: loginBlockListSchema })).blocks,
  clearLoginBlock: (body: ClearLoginBlockBody): Promise<{ cleared: boolean }> =>
    apiClient.request('/api/login-blocks/clear', { method: 'POST', body, schema: clearLoginBlockResultSchema }),
  jobStatus: (): Promise<JobStatusList> => apiClient.request('/api/admin/job-status', { schema: jobStatusListSchema }),
};

import { type Home, homeSchema } from '../../../shared/api/home.schema.js';
import { apiClient } from '../../api/api-client.js';

export const homeApi = {
  home: (): Promise<Home> => apiClient.request('/api/home', { schema: homeSchema }),
};

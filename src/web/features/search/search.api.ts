import { type SearchResult, searchResultSchema } from '../../../shared/api/search.schema.js';
import { apiClient } from '../../api/api-client.js';

export const searchApi = {
  search: (q: string): Promise<SearchResult> =>
    apiClient.request(`/api/search?q=${encodeURIComponent(q)}`, { schema: searchResultSchema }),
};

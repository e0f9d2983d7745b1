import { type StoredFile, storedFileSchema } from '../../shared/api/files.schema.js';
import { apiClient } from '../api/api-client.js';

export const filesApi = {
  /** Uploads one attachment; a registration then refers to it by its id. */
  upload: (name: string, contentBase64: string): Promise<StoredFile> =>
    apiClient.request('/api/files', { method: 'POST', body: { name, contentBase64 }, schema: storedFileSchema }),
};

import { type StoredFile, storedFileSchema } from '../../shared/api/files.schema.js';
import { apiClient } from '../api/api-client.js';

export const filesApi = {
  /** Uploads one attachment; a registration then refers to it by its id. */
  upload: (name: string, contentBase64: string): Promise<StoredFile> =>
    apiClient.request('/api/files', { method: 'POST', body: { name, contentBase64 }, schema: storedFileSchema }),
};

/** A file's bytes as base64 (what POST /api/files and the other uploads take). */
export function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result.replace(/^data:[^,]*,/, '') : '');
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
}

import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Uploaded files (minutes, evidence) behind an adapter: on disk under SVPP_DATA_DIR/files by default. */
export interface FileStore {
  put(municipalityId: string, id: string, data: Buffer): Promise<{ sha256: string }>;
  get(municipalityId: string, id: string): Promise<Buffer>;
  remove(municipalityId: string, id: string): Promise<void>;
}

const safe = (part: string) => {
  if (!/^[0-9a-f-]{36}$/.test(part)) throw new Error('unsafe file path part');
  return part;
};

export function diskFileStore(root: string): FileStore {
  const where = (municipalityId: string, id: string) => path.join(root, safe(municipalityId), safe(id));
  return {
    put: async (municipalityId, id, data) => {
      const file = where(municipalityId, id);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, data, { flag: 'wx' });
      return { sha256: createHash('sha256').update(data).digest('hex') };
    },
    get: (municipalityId, id) => readFile(where(municipalityId, id)),
    remove: (municipalityId, id) => rm(where(municipalityId, id), { force: true }),
  };
}

/** In memory, for tests. */
export function memoryFileStore(): FileStore {
  const files = new Map<string, Buffer>();
  return {
    put: (m, id, data) => {
      files.set(`${m}/${id}`, data);
      return Promise.resolve({ sha256: createHash('sha256').update(data).digest('hex') });
    },
    get: (m, id) => {
      const data = files.get(`${m}/${id}`);
      return data ? Promise.resolve(data) : Promise.reject(new Error('missing'));
    },
    remove: (m, id) => {
      files.delete(`${m}/${id}`);
      return Promise.resolve();
    },
  };
}

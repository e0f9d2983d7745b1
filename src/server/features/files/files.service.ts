import type { Actor } from '../../../shared/access/roles.js';
import { allowedFileTypes, maxFileBytes, type StoredFile } from '../../../shared/api/files.schema.js';
import { AppError } from '../../http/app-error.js';
import { newId } from '../../adapters/tokens.js';
import type { FileStore } from '../../adapters/file-store.js';
import type { ServiceDeps } from '../context.js';
import { recordAudit } from '../audit/audit.service.js';
import { FilesRepository } from './files.repository.js';

type Deps = Pick<ServiceDeps, 'db' | 'clock'> & { store: FileStore };

/** Attachments: minutes of meetings, evidence for manual values. Bytes in the file store, metadata in the database. */
export class FileService {
  constructor(private readonly deps: Deps) {}

  async upload(actor: Actor & { email: string }, name: string, contentBase64: string): Promise<StoredFile> {
    const extension = name.toLowerCase().split('.').pop() ?? '';
    const contentType = allowedFileTypes[extension];
    if (!contentType || !name.includes('.')) throw new AppError('FILE_TYPE_NOT_ALLOWED');
    const data = Buffer.from(contentBase64, 'base64');
    if (data.length > maxFileBytes) throw new AppError('FILE_TOO_LARGE', { size: data.length, max: maxFileBytes });
    if (data.length === 0) throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'contentBase64', message: 'empty file' }] });
    const { db, clock, store } = this.deps;
    const id = newId();
    const { sha256 } = await store.put(actor.municipalityId, id, data);
    const row = { id, municipality_id: actor.municipalityId, name, content_type: contentType, size: data.length, sha256, created_by: actor.userId, created_at: clock.now().toISOString() };
    try {
      await db.kysely.transaction().execute(async (trx) => {
        await new FilesRepository(trx).insert(row);
        await recordAudit(trx, db.dialect, clock, { municipalityId: actor.municipalityId, actor: { userId: actor.userId, email: actor.email }, action: 'file.upload', entity: 'file', entityId: id, after: { name, content_type: contentType, size: data.length, sha256 } });
      });
    } catch (error) {
      await store.remove(actor.municipalityId, id);
      throw error;
    }
    return { id, name, contentType, size: data.length, createdAt: row.created_at };
  }

  /**
   * A file for the generic download route. `viaFeature` is set only by a feature that has checked access itself
   * (a case document holds personal data: it is read through its case — who may see names, audited — never here).
   */
  async download(actor: Actor, id: string, viaFeature = false): Promise<{ file: StoredFile; data: Buffer }> {
    const repository = new FilesRepository(this.deps.db.kysely);
    const row = await repository.find(actor.municipalityId, id);
    if (!row || (!viaFeature && (await repository.heldByCase(actor.municipalityId, id)))) throw new AppError('NOT_FOUND');
    const data = await this.deps.store.get(actor.municipalityId, id);
    return { file: { id: row.id, name: row.name, contentType: row.content_type, size: Number(row.size), createdAt: row.created_at }, data };
  }

  /** Throws FILE_UNKNOWN unless every id is a file of this municipality. */
  async assertExist(municipalityId: string, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const found = await new FilesRepository(this.deps.db.kysely).existing(municipalityId, ids);
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length) throw new AppError('FILE_UNKNOWN', { count: missing.length });
  }
}

import type { Actor, SignedInActor } from '../../../shared/access/roles.js';
import type { Kysely } from 'kysely';
import type { StoredFile } from '../../../shared/api/files.schema.js';
import { AppError } from '../../http/app-error.js';
import { checkUpload, decodeBase64Strict, deskUploadPolicy, type UploadPolicy } from '../../adapters/upload-policy.js';
import type { Database } from '../../db/schema.js';
import { newId } from '../../adapters/tokens.js';
import type { FileStore } from '../../adapters/file-store.js';
import type { ServiceDeps } from '../context.js';
import { auditFor } from '../audit/audit.service.js';
import { FilesRepository } from './files.repository.js';

type Deps = Pick<ServiceDeps, 'db' | 'clock'> & { store: FileStore };

/** An upload judged by the upload policy, not yet stored. */
export interface PreparedFile {
  name: string;
  contentType: string;
  data: Buffer;
}

/** A prepared file whose bytes are in the file store; its row is written in the caller's transaction. */
interface StagedFile extends PreparedFile {
  id: string;
  sha256: string;
}

/** Attachments: minutes of meetings, evidence for manual values. Bytes in the file store, metadata in the database. */
export class FileService {
  constructor(private readonly deps: Deps) {}

  /**
   * A logged-in upload (`/api/files`): judged by the upload policy (adapters/upload-policy.ts), stored, its row and
   * audit in one transaction; when that fails the bytes are removed again (no orphan file). The older codes stay
   * for type and size (FILE_TYPE_NOT_ALLOWED, FILE_TOO_LARGE, the policy's code in `details.reason`).
   */
  async upload(actor: SignedInActor, name: string, contentBase64: string): Promise<StoredFile> {
    let prepared: PreparedFile;
    try {
      prepared = this.prepare(name, contentBase64, deskUploadPolicy);
    } catch (error) {
      if (error instanceof AppError && error.code === 'UPLOAD_TYPE_NOT_ALLOWED') {
        throw new AppError('FILE_TYPE_NOT_ALLOWED', { reason: error.code });
      }
      if (error instanceof AppError && error.code === 'UPLOAD_TOO_LARGE') {
        throw new AppError('FILE_TOO_LARGE', { ...(error.details as object), reason: error.code });
      }
      throw error;
    }
    const { db } = this.deps;
    const [staged] = await this.writeBytes(actor.municipalityId, [prepared]);
    if (!staged) throw new Error('no file staged');
    try {
      const [file] = await db.kysely.transaction().execute((trx) => this.insertRows(trx, actor, [staged]));
      if (!file) throw new Error('no file row');
      return file;
    } catch (error) {
      await this.discard(actor.municipalityId, [staged]);
      throw error;
    }
  }

  /** Decodes (strict base64) and judges an upload by its bytes; images come back re-encoded. Stores nothing. */
  prepare(name: string, contentBase64: string, policy: UploadPolicy = deskUploadPolicy): PreparedFile {
    // A cheap size check before decoding: base64 is 4/3 of the bytes.
    if (Math.floor((contentBase64.length * 3) / 4) > policy.maxBytes + 3) {
      throw new AppError('UPLOAD_TOO_LARGE', { max: policy.maxBytes });
    }
    const checked = checkUpload(name, decodeBase64Strict(contentBase64), policy);
    return { name, contentType: checked.contentType, data: checked.data };
  }

  /** Writes prepared files' bytes to the store under new ids (before the transaction that records them). */
  async writeBytes(municipalityId: string, files: PreparedFile[]): Promise<StagedFile[]> {
    const staged: StagedFile[] = [];
    try {
      for (const file of files) {
        const id = newId();
        const { sha256 } = await this.deps.store.put(municipalityId, id, file.data);
        staged.push({ ...file, id, sha256 });
      }
    } catch (error) {
      await this.discard(municipalityId, staged);
      throw error;
    }
    return staged;
  }

  /** Records staged files (row + audit) inside the caller's transaction. */
  async insertRows(
    trx: Kysely<Database>,
    actor: { userId: string; municipalityId: string; email: string },
    files: StagedFile[],
  ): Promise<StoredFile[]> {
    const { db, clock } = this.deps;
    const createdAt = clock.now().toISOString();
    const stored: StoredFile[] = [];
    for (const file of files) {
      const row = {
        id: file.id,
        municipality_id: actor.municipalityId,
        name: file.name,
        content_type: file.contentType,
        size: file.data.length,
        sha256: file.sha256,
        created_by: actor.userId,
        created_at: createdAt,
      };
      await new FilesRepository(trx).insert(row);
      await auditFor({ db, clock }, actor)(trx, 'file.upload', 'file', file.id, {
        after: { name: file.name, content_type: file.contentType, size: file.data.length, sha256: file.sha256 },
      });
      stored.push({ id: file.id, name: file.name, contentType: file.contentType, size: file.data.length, createdAt });
    }
    return stored;
  }

  /** Removes staged bytes whose transaction did not commit. */
  async discard(municipalityId: string, files: StagedFile[]): Promise<void> {
    for (const file of files) await this.deps.store.remove(municipalityId, file.id);
  }

  /**
   * A file for the generic download route. `viaFeature` is set only by a feature that has checked access itself
   * (a case document holds personal data: it is read through its case — who may see names, audited — never here).
   */
  async download(actor: Actor, id: string, viaFeature = false): Promise<{ file: StoredFile; data: Buffer }> {
    const repository = new FilesRepository(this.deps.db.kysely);
    const row = await repository.find(actor.municipalityId, id);
    if (!row || (!viaFeature && (await repository.heldByCase(actor.municipalityId, id)))) {
      throw new AppError('NOT_FOUND');
    }
    const data = await this.deps.store.get(actor.municipalityId, id);
    return {
      file: {
        id: row.id,
        name: row.name,
        contentType: row.content_type,
        size: Number(row.size),
        createdAt: row.created_at,
      },
      data,
    };
  }

  /** Throws FILE_UNKNOWN unless every id is a file of this municipality. */
  async assertExist(municipalityId: string, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const found = await new FilesRepository(this.deps.db.kysely).existing(municipalityId, ids);
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length) throw new AppError('FILE_UNKNOWN', { count: missing.length });
  }
}

import type { Kysely } from 'kysely';
import type { SignedInActor } from '../../../shared/access/roles.js';
import type { Database, GasImportTable } from '../../db/schema.js';

/** 'findings' | 'holders' | 'payments': what a file read into enforcement held. */
export type GasImportKind = 'findings' | 'holders' | 'payments';

/** A file read into enforcement, as its import records it. */
export interface ReadFile {
  id: string;
  kind: GasImportKind;
  sha256: string;
  fileName: string;
  rowsTotal: number;
  /** Known at once for the findings; the holders and payments set them when their rows are written. */
  imported?: number;
  duplicates?: number;
}

/**
 * The files read into enforcement (gas_import) for the findings, holders and payments imports: a file is
 * recognised by its sha256 and recorded once per tenant and kind.
 */
export class GasImportRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** A file read before by its sha256 (a repeated file is recognised). */
  bySha(municipalityId: string, kind: GasImportKind, sha256: string): Promise<GasImportTable | undefined> {
    return this.db
      .selectFrom('gas_import')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('kind', '=', kind)
      .where('file_sha256', '=', sha256)
      .executeTakeFirst();
  }

  /** Records a file the actor read; false when the same file (sha256) was recorded first by someone else. */
  async record(actor: Pick<SignedInActor, 'municipalityId' | 'userId'>, file: ReadFile, now: string): Promise<boolean> {
    const inserted = await this.db
      .insertInto('gas_import')
      .values({
        id: file.id,
        municipality_id: actor.municipalityId,
        kind: file.kind,
        file_sha256: file.sha256,
        file_name: file.fileName,
        rows_total: file.rowsTotal,
        imported: file.imported ?? 0,
        duplicates: file.duplicates ?? 0,
        created_by: actor.userId || null,
        created_at: now,
      })
      .onConflict((oc) => oc.columns(['municipality_id', 'kind', 'file_sha256']).doNothing())
      .returning('id')
      .executeTakeFirst();
    return inserted !== undefined;
  }

  /** The counts of a recorded file, once its rows are written. */
  async setCounts(id: string, counts: { imported: number; duplicates?: number }): Promise<void> {
    await this.db.updateTable('gas_import').set(counts).where('id', '=', id).execute();
  }
}

import type { Kysely } from 'kysely';
import type { Database, StoredFileTable } from '../../db/schema.js';

export class FilesRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(row: StoredFileTable): Promise<void> {
    await this.db.insertInto('stored_file').values(row).execute();
  }

  find(municipalityId: string, id: string): Promise<StoredFileTable | undefined> {
    return this.db
      .selectFrom('stored_file')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  /** Whether a case holds this file: such documents are read only through the case (access check + audit). */
  async heldByCase(municipalityId: string, id: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('case_document')
      .select('file_id')
      .where('municipality_id', '=', municipalityId)
      .where('file_id', '=', id)
      .executeTakeFirst();
    if (row !== undefined) return true;
    // A GAS letter batch holds names and addresses: read only through enforcement (audited).
    const batch = await this.db
      .selectFrom('gas_letter_batch')
      .select('id')
      .where('municipality_id', '=', municipalityId)
      .where((eb) => eb.or([eb('docx_file_id', '=', id), eb('pdf_file_id', '=', id)]))
      .executeTakeFirst();
    return batch !== undefined;
  }

  async existing(municipalityId: string, ids: string[]): Promise<Set<string>> {
    const rows = await this.db
      .selectFrom('stored_file')
      .select('id')
      .where('municipality_id', '=', municipalityId)
      .where('id', 'in', ids)
      .execute();
    return new Set(rows.map((r) => r.id));
  }
}

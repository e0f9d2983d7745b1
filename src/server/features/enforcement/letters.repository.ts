import { type Kysely, sql } from 'kysely';
import type {
  Database,
  GasArticleTable,
  GasFindingTable,
  GasHolderTable,
  GasLetterBatchTable,
} from '../../db/schema.js';

/** What a letter prints: the finding, its article's words and its holder (none yet: the holder's columns are null). */
export type LetterRow = Pick<
  GasFindingTable,
  | 'id'
  | 'municipality_id'
  | 'reference'
  | 'observed_at'
  | 'observed_on'
  | 'street'
  | 'house_number'
  | 'plate'
  | 'plate_country'
  | 'article_code'
  | 'amount_cents'
  | 'paid_cents'
  | 'structured_communication'
  | 'prescription_on'
  | 'notified_on'
  | 'defence_until'
  | 'decided_on'
> &
  Pick<GasArticleTable, 'label_nl' | 'label_fr'> &
  Pick<GasHolderTable, 'full_name' | 'address_line' | 'postal_code' | 'city' | 'country' | 'language'>;

/** The SQL of the letter batches: the batch rows and what their letters print. */
export class LetterRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insertBatch(row: GasLetterBatchTable): Promise<void> {
    await this.db.insertInto('gas_letter_batch').values(row).execute();
  }

  async updateBatch(
    municipalityId: string,
    id: string,
    set: Pick<GasLetterBatchTable, 'docx_file_id' | 'pdf_file_id' | 'letters'>,
  ): Promise<void> {
    await this.db
      .updateTable('gas_letter_batch')
      .set(set)
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', id)
      .execute();
  }

  findBatch(municipalityId: string, id: string): Promise<GasLetterBatchTable | undefined> {
    return this.db
      .selectFrom('gas_letter_batch')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  batches(municipalityId: string, limit: number): Promise<GasLetterBatchTable[]> {
    return this.db
      .selectFrom('gas_letter_batch')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .orderBy('created_on', 'desc')
      .orderBy('created_at', 'desc')
      .limit(limit)
      .execute();
  }

  /** What the letters of a batch print, in the order of the post room (postal code, name). */
  async lettersOfBatch(batchId: string): Promise<LetterRow[]> {
    return this.db
      .selectFrom('gas_finding_step as s')
      .innerJoin('gas_finding as f', 'f.id', 's.finding_id')
      .innerJoin('gas_article as a', 'a.id', 'f.article_id')
      .leftJoin('gas_holder as h', 'h.id', 'f.holder_id')
      .select([
        'f.id',
        'f.municipality_id',
        'f.reference',
        'f.observed_at',
        'f.observed_on',
        'f.street',
        'f.house_number',
        'f.plate',
        'f.plate_country',
        'f.article_code',
        'a.label_nl',
        'a.label_fr',
        'f.amount_cents',
        'f.paid_cents',
        'f.structured_communication',
        'f.prescription_on',
        'f.notified_on',
        'f.defence_until',
        'f.decided_on',
        'h.full_name',
        'h.address_line',
        'h.postal_code',
        'h.city',
        'h.country',
        sql<string>`coalesce(h.language, 'nl')`.as('language'),
      ])
      .where('s.batch_id', '=', batchId)
      .where('s.step_key', 'in', ['notified', 'reminded'])
      .orderBy('h.postal_code')
      .orderBy('h.full_name')
      .orderBy('f.reference')
      .execute();
  }
}

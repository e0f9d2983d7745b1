import type { Kysely, Updateable } from 'kysely';
import { forUpdate } from '../../db/database.js';
import type { Database, GasAmountTable, GasArticleTable } from '../../db/schema.js';

/**
 * Writing the offence catalogue: article versions and amounts per category and period, always within one
 * municipality. The reads the intake and the other slices share are in enforcement.repository.ts.
 */
export class ArticleRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Serialises catalogue writes of one municipality (PostgreSQL row lock; SQLite's write transaction). */
  async lockMunicipality(municipalityId: string): Promise<void> {
    await forUpdate(
      this.db,
      this.db.selectFrom('municipality').select('id').where('id', '=', municipalityId),
    ).executeTakeFirst();
  }

  findArticle(municipalityId: string, id: string): Promise<GasArticleTable | undefined> {
    return forUpdate(
      this.db,
      this.db.selectFrom('gas_article').selectAll().where('municipality_id', '=', municipalityId).where('id', '=', id),
    ).executeTakeFirst();
  }

  async insertArticle(row: GasArticleTable): Promise<void> {
    await this.db.insertInto('gas_article').values(row).execute();
  }

  async updateArticle(municipalityId: string, id: string, patch: Updateable<GasArticleTable>): Promise<void> {
    await this.db
      .updateTable('gas_article')
      .set(patch)
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', id)
      .execute();
  }

  amountsOf(municipalityId: string, category: string): Promise<GasAmountTable[]> {
    return this.db
      .selectFrom('gas_amount')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('category', '=', category)
      .orderBy('valid_from')
      .execute();
  }

  async insertAmount(row: GasAmountTable): Promise<void> {
    await this.db.insertInto('gas_amount').values(row).execute();
  }

  async endAmount(municipalityId: string, category: string, validFrom: string, validTo: string): Promise<void> {
    await this.db
      .updateTable('gas_amount')
      .set({ valid_to: validTo })
      .where((eb) => eb.and({ municipality_id: municipalityId, category, valid_from: validFrom }))
      .execute();
  }
}

import type { Kysely } from 'kysely';
import type { AgreementReviewTable, AgreementTable, Database, PartnerTable } from '../../db/schema.js';

/** Partner organisations, their agreements and the reviews done; scoped to one municipality. */
export class PartnerRepository {
  constructor(private readonly db: Kysely<Database>) {}

  partners(municipalityId: string): Promise<PartnerTable[]> {
    return this.db
      .selectFrom('partner')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .orderBy('name')
      .execute();
  }

  findPartner(municipalityId: string, id: string): Promise<PartnerTable | undefined> {
    return this.db
      .selectFrom('partner')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  findPartnerByName(municipalityId: string, name: string): Promise<PartnerTable | undefined> {
    return this.db
      .selectFrom('partner')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('name', '=', name)
      .executeTakeFirst();
  }

  async insertPartner(row: PartnerTable): Promise<void> {
    await this.db.insertInto('partner').values(row).execute();
  }

  agreements(municipalityId: string): Promise<AgreementTable[]> {
    return this.db
      .selectFrom('agreement')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .orderBy('signed_on')
      .execute();
  }

  findAgreement(municipalityId: string, id: string): Promise<AgreementTable | undefined> {
    return this.db
      .selectFrom('agreement')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async insertAgreement(row: AgreementTable): Promise<void> {
    await this.db.insertInto('agreement').values(row).execute();
  }

  reviews(municipalityId: string): Promise<AgreementReviewTable[]> {
    return this.db.selectFrom('agreement_review').selectAll().where('municipality_id', '=', municipalityId).execute();
  }

  async upsertReview(row: AgreementReviewTable): Promise<void> {
    await this.db
      .insertInto('agreement_review')
      .values(row)
      .onConflict((oc) =>
        oc
          .columns(['municipality_id', 'agreement_id', 'due_on'])
          .doUpdateSet({ reviewed_on: row.reviewed_on, notes: row.notes }),
      )
      .execute();
  }
}

import type { Kysely, Selectable } from 'kysely';
import { forUpdate } from '../../db/database.js';
import type { Database, GasAgreementTable, MunicipalityTable } from '../../db/schema.js';

/** An agreement with the names of both parties. */
export interface AgreementRow extends GasAgreementTable {
  association_name: string;
  member_name: string;
  member_slug: string;
}

/**
 * The association's agreements (`gas_agreement`: municipality_id = the association, member_municipality_id = the
 * municipality that entrusted it) and the tenant kind that decides who may hold them.
 */
export class AgreementRepository {
  constructor(private readonly db: Kysely<Database>) {}

  private joined() {
    return this.db
      .selectFrom('gas_agreement')
      .innerJoin('municipality as association', 'association.id', 'gas_agreement.municipality_id')
      .innerJoin('municipality as member', 'member.id', 'gas_agreement.member_municipality_id')
      .selectAll('gas_agreement')
      .select(['association.name as association_name', 'member.name as member_name', 'member.slug as member_slug']);
  }

  /** The association's own agreements, by member and newest first. */
  ofAssociation(associationId: string): Promise<AgreementRow[]> {
    return this.joined()
      .where('gas_agreement.municipality_id', '=', associationId)
      .orderBy('member.name')
      .orderBy('gas_agreement.valid_from', 'desc')
      .execute();
  }

  /** The agreements naming a member (with any association), newest first. */
  ofMember(memberId: string): Promise<AgreementRow[]> {
    return this.joined()
      .where('gas_agreement.member_municipality_id', '=', memberId)
      .orderBy('gas_agreement.valid_from', 'desc')
      .execute();
  }

  find(associationId: string, id: string): Promise<AgreementRow | undefined> {
    return this.joined()
      .where('gas_agreement.municipality_id', '=', associationId)
      .where('gas_agreement.id', '=', id)
      .executeTakeFirst();
  }

  municipalityBySlug(slug: string): Promise<Selectable<MunicipalityTable> | undefined> {
    return this.db.selectFrom('municipality').selectAll().where('slug', '=', slug).executeTakeFirst();
  }

  async kindOf(municipalityId: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('municipality')
      .select('kind')
      .where('id', '=', municipalityId)
      .executeTakeFirst();
    return row?.kind;
  }

  async setKind(municipalityId: string, kind: string): Promise<void> {
    await this.db.updateTable('municipality').set({ kind }).where('id', '=', municipalityId).execute();
  }

  /**
   * Locks the member's municipality row (PostgreSQL; SQLite's write transaction holds the whole database), so two
   * agreements for the same member cannot both pass the overlap check.
   */
  async lockMember(memberId: string): Promise<void> {
    await forUpdate(
      this.db,
      this.db.selectFrom('municipality').select('id').where('id', '=', memberId),
    ).executeTakeFirst();
  }

  /** An agreement of the member (with any association) whose dates meet [from, to] (to null: open-ended). */
  overlapping(
    memberId: string,
    from: string,
    to: string | null,
    exceptId: string | null,
  ): Promise<GasAgreementTable | undefined> {
    let query = this.db
      .selectFrom('gas_agreement')
      .selectAll()
      .where('member_municipality_id', '=', memberId)
      .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', from)]));
    if (to !== null) query = query.where('valid_from', '<=', to);
    if (exceptId !== null) query = query.where('id', '!=', exceptId);
    return query.executeTakeFirst();
  }

  async insert(row: GasAgreementTable): Promise<void> {
    await this.db.insertInto('gas_agreement').values(row).execute();
  }

  async update(
    associationId: string,
    id: string,
    changes: Pick<GasAgreementTable, 'valid_from' | 'valid_to' | 'signed_on'>,
  ): Promise<void> {
    await this.db
      .updateTable('gas_agreement')
      .set(changes)
      .where('municipality_id', '=', associationId)
      .where('id', '=', id)
      .execute();
  }

  async remove(associationId: string, id: string): Promise<void> {
    await this.db
      .deleteFrom('gas_agreement')
      .where('municipality_id', '=', associationId)
      .where('id', '=', id)
      .execute();
  }
}

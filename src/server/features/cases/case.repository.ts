import type { Kysely } from 'kysely';
import type { CaseFileTable, CasePersonTable, CaseStepTable, Database } from '../../db/schema.js';
import { forUpdate, isPostgres } from '../../db/database.js';
import { given } from '../../db/filters.js';

export type CaseRow = CaseFileTable;
export type PersonRow = CasePersonTable;
export type StepRow = CaseStepTable;

export interface CaseFilter {
  type?: string | undefined;
  status?: 'open' | 'closed' | undefined;
  ownerUserId?: string | undefined;
}

const chunks = <T>(items: readonly T[], size = 400): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/** Cases, their persons, steps and documents. Every query filters on the municipality. */
export class CaseRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insertCase(row: CaseRow): Promise<void> {
    await this.db.insertInto('case_file').values(row).execute();
  }

  async updateCase(municipalityId: string, id: string, changes: Partial<CaseRow>): Promise<void> {
    await this.db
      .updateTable('case_file')
      .set(changes)
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', id)
      .execute();
  }

  findCase(municipalityId: string, id: string): Promise<CaseRow | undefined> {
    return this.db
      .selectFrom('case_file')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  /**
   * The case, locked for the rest of the transaction on PostgreSQL (`FOR UPDATE`): its steps, hours and state are
   * read and checked after this, so two requests on one case are decided one after the other. SQLite's
   * `BEGIN IMMEDIATE` already allows one writer at a time.
   */
  lockCase(municipalityId: string, id: string): Promise<CaseRow | undefined> {
    return forUpdate(
      this.db,
      this.db.selectFrom('case_file').selectAll().where('municipality_id', '=', municipalityId).where('id', '=', id),
    ).executeTakeFirst();
  }

  /** Serialises the numbering of new cases of a municipality (the reference counts the year's cases) on PostgreSQL. */
  async lockNumbering(municipalityId: string): Promise<void> {
    if (isPostgres(this.db)) {
      await this.db.selectFrom('municipality').select('id').where('id', '=', municipalityId).forNoKeyUpdate().execute();
    }
  }

  findById(id: string): Promise<CaseRow | undefined> {
    return this.db.selectFrom('case_file').selectAll().where('id', '=', id).executeTakeFirst();
  }

  listCases(municipalityId: string, filter: CaseFilter): Promise<CaseRow[]> {
    let query = this.db
      .selectFrom('case_file')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where((eb) => eb.and(given({ type_key: filter.type, owner_user_id: filter.ownerUserId })));
    if (filter.status === 'open') query = query.where('closed_on', 'is', null);
    if (filter.status === 'closed') query = query.where('closed_on', 'is not', null);
    return query.orderBy('opened_on', 'desc').orderBy('reference', 'desc').execute();
  }

  /** Cases open during a period or opened in it (statistics, reports). */
  casesTouching(municipalityId: string, from: string, to: string): Promise<CaseRow[]> {
    return this.db
      .selectFrom('case_file')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('opened_on', '<=', to)
      .where((eb) => eb.or([eb('closed_on', 'is', null), eb('closed_on', '>=', from)]))
      .execute();
  }

  async countReferences(municipalityId: string, prefix: string): Promise<number> {
    const row = await this.db
      .selectFrom('case_file')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('municipality_id', '=', municipalityId)
      .where('reference', 'like', `${prefix}%`)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async stepsOf(municipalityId: string, caseIds: readonly string[]): Promise<StepRow[]> {
    const out: StepRow[] = [];
    for (const ids of chunks(caseIds)) {
      out.push(
        ...(await this.db
          .selectFrom('case_step')
          .selectAll()
          .where('municipality_id', '=', municipalityId)
          .where('case_id', 'in', ids)
          .orderBy('done_on')
          .orderBy('created_at')
          .execute()),
      );
    }
    return out;
  }

  async insertStep(row: StepRow): Promise<void> {
    await this.db.insertInto('case_step').values(row).execute();
  }

  personsOf(municipalityId: string, caseId: string): Promise<PersonRow[]> {
    return this.db
      .selectFrom('case_person')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('case_id', '=', caseId)
      .orderBy('role')
      .orderBy('position')
      .execute();
  }

  async insertPerson(row: PersonRow): Promise<void> {
    await this.db.insertInto('case_person').values(row).execute();
  }

  /** Persons whose name matches (case-insensitive), with their birth date when given: a data-subject request. */
  findPersons(municipalityId: string, fullName: string, birthDate: string | null): Promise<PersonRow[]> {
    let query = this.db
      .selectFrom('case_person')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where((eb) => eb(eb.fn('lower', ['full_name']), '=', fullName.toLowerCase()));
    if (birthDate) query = query.where('birth_date', '=', birthDate);
    return query.orderBy('created_at').execute();
  }

  documentsOf(municipalityId: string, caseId: string) {
    return this.db
      .selectFrom('case_document')
      .innerJoin('stored_file', 'stored_file.id', 'case_document.file_id')
      .select([
        'case_document.file_id',
        'case_document.added_at',
        'stored_file.name',
        'stored_file.content_type',
        'stored_file.size',
      ])
      .where('case_document.municipality_id', '=', municipalityId)
      .where('case_document.case_id', '=', caseId)
      .orderBy('case_document.added_at')
      .execute();
  }

  async insertDocument(row: Database['case_document']): Promise<void> {
    await this.db
      .insertInto('case_document')
      .values(row)
      .onConflict((oc) => oc.columns(['case_id', 'file_id']).doNothing())
      .execute();
  }

  volunteersOf(municipalityId: string, caseId: string) {
    return this.db
      .selectFrom('case_volunteer')
      .innerJoin('volunteer', 'volunteer.id', 'case_volunteer.volunteer_id')
      .select(['volunteer.id', 'volunteer.full_name'])
      .where('case_volunteer.municipality_id', '=', municipalityId)
      .where('case_volunteer.case_id', '=', caseId)
      .execute();
  }

  async setVolunteers(municipalityId: string, caseId: string, volunteerIds: readonly string[]): Promise<void> {
    await this.db
      .deleteFrom('case_volunteer')
      .where('municipality_id', '=', municipalityId)
      .where('case_id', '=', caseId)
      .execute();
    if (volunteerIds.length) {
      await this.db
        .insertInto('case_volunteer')
        .values(
          volunteerIds.map((volunteer_id) => ({ municipality_id: municipalityId, case_id: caseId, volunteer_id })),
        )
        .execute();
    }
  }

  async existingVolunteers(municipalityId: string, ids: readonly string[]): Promise<number> {
    if (ids.length === 0) return 0;
    const rows = await this.db
      .selectFrom('volunteer')
      .select('id')
      .where('municipality_id', '=', municipalityId)
      .where('id', 'in', [...ids])
      .execute();
    return rows.length;
  }

  async userNames(municipalityId: string, ids: readonly string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('app_user')
      .select(['id', 'display_name'])
      .where('municipality_id', '=', municipalityId)
      .where('id', 'in', unique)
      .execute();
    return new Map(rows.map((r) => [r.id, r.display_name]));
  }

  async isActiveUser(municipalityId: string, id: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('app_user')
      .select('id')
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', id)
      .where('active', '=', 1)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Closed cases of a type closed before `closedBefore` whose personal data is still there. */
  expiredCases(municipalityId: string, typeKey: string, closedBefore: string): Promise<CaseRow[]> {
    return this.db
      .selectFrom('case_file')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('type_key', '=', typeKey)
      .where('closed_on', 'is not', null)
      .where('closed_on', '<', closedBefore)
      .where('personal_erased_at', 'is', null)
      .execute();
  }

  async municipalitiesWithCases(): Promise<string[]> {
    const rows = await this.db
      .selectFrom('case_file')
      .select('municipality_id')
      .distinct()
      .where('personal_erased_at', 'is', null)
      .where('closed_on', 'is not', null)
      .execute();
    return rows.map((r) => r.municipality_id);
  }

  /** Erases a case's personal data: names and contact details, step notes, documents. Returns the erased file ids. */
  async erasePersonalData(
    municipalityId: string,
    caseId: string,
    at: string,
  ): Promise<{ persons: number; fileIds: string[] }> {
    const persons = await this.db
      .updateTable('case_person')
      .set({ full_name: null, birth_date: null, address: null, phone: null, email: null, erased_at: at })
      .where('municipality_id', '=', municipalityId)
      .where('case_id', '=', caseId)
      .where('erased_at', 'is', null)
      .executeTakeFirst();
    await this.db
      .updateTable('case_step')
      .set({ note: null })
      .where('municipality_id', '=', municipalityId)
      .where('case_id', '=', caseId)
      .execute();
    const documents = await this.db
      .selectFrom('case_document')
      .select('file_id')
      .where('municipality_id', '=', municipalityId)
      .where('case_id', '=', caseId)
      .execute();
    const fileIds = documents.map((d) => d.file_id);
    await this.db
      .deleteFrom('case_document')
      .where('municipality_id', '=', municipalityId)
      .where('case_id', '=', caseId)
      .execute();
    if (fileIds.length) {
      await this.db
        .deleteFrom('stored_file')
        .where('municipality_id', '=', municipalityId)
        .where('id', 'in', fileIds)
        .execute();
    }
    await this.db
      .updateTable('case_file')
      .set({ personal_erased_at: at, updated_at: at })
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', caseId)
      .execute();
    return { persons: Number(persons.numUpdatedRows), fileIds };
  }
}

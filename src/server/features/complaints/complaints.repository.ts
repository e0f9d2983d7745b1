import type { Kysely, Selectable } from 'kysely';
import type { ComplaintNoteTable, ComplaintServiceTable, ComplaintTable, Database } from '../../db/schema.js';
import { forUpdate } from '../../db/database.js';
import { given } from '../../db/filters.js';

export type ComplaintRow = Selectable<ComplaintTable>;
export type ComplaintListRow = ComplaintRow & { service_name: string | null; merged_into_reference: string | null };

export interface ComplaintFilter {
  status?: string | undefined;
  category?: string | undefined;
  wijk?: string | undefined;
  serviceId?: string | undefined;
  /** Open complaints past their due day (due_on < today). */
  overdueOn?: string | undefined;
  q?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

const open = ['new', 'assigned', 'in_progress'];

/** SQL of the nuisance desk: complaints, their services, settings, notes and attachments. Always per municipality. */
export class ComplaintsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(row: ComplaintTable): Promise<void> {
    await this.db.insertInto('complaint').values(row).execute();
  }

  async insertMany(rows: ComplaintTable[]): Promise<void> {
    for (let i = 0; i < rows.length; i += 200) {
      await this.db
        .insertInto('complaint')
        .values(rows.slice(i, i + 200))
        .execute();
    }
  }

  find(municipalityId: string, id: string): Promise<ComplaintRow | undefined> {
    return this.db
      .selectFrom('complaint')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  /** The complaint, locked until the transaction ends on PostgreSQL: its status is checked and changed as one step. */
  lock(municipalityId: string, id: string): Promise<ComplaintRow | undefined> {
    return forUpdate(
      this.db,
      this.db.selectFrom('complaint').selectAll().where('municipality_id', '=', municipalityId).where('id', '=', id),
    ).executeTakeFirst();
  }

  findByReference(municipalityId: string, reference: string): Promise<ComplaintRow | undefined> {
    return this.db
      .selectFrom('complaint')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('reference', '=', reference)
      .executeTakeFirst();
  }

  async update(municipalityId: string, id: string, changes: Partial<ComplaintTable>): Promise<void> {
    await this.db
      .updateTable('complaint')
      .set(changes)
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', id)
      .execute();
  }

  /** One complaint with its service's name and the reference it was merged into. */
  findWithNames(municipalityId: string, id: string): Promise<ComplaintListRow | undefined> {
    return this.joined(municipalityId)
      .where('c.id', '=', id)
      .selectAll('c')
      .select(['s.name as service_name', 'k.reference as merged_into_reference'])
      .executeTakeFirst();
  }

  private joined(municipalityId: string) {
    return this.db
      .selectFrom('complaint as c')
      .leftJoin('complaint_service as s', (j) =>
        j.onRef('s.id', '=', 'c.service_id').onRef('s.municipality_id', '=', 'c.municipality_id'),
      )
      .leftJoin('complaint as k', (j) =>
        j.onRef('k.id', '=', 'c.merged_into_id').onRef('k.municipality_id', '=', 'c.municipality_id'),
      )
      .where('c.municipality_id', '=', municipalityId);
  }

  async list(
    municipalityId: string,
    filter: ComplaintFilter,
    limit: number,
    offset: number,
  ): Promise<{ items: ComplaintListRow[]; total: number }> {
    let query = this.joined(municipalityId).where((eb) =>
      eb.and(
        given({
          'c.status': filter.status,
          'c.category': filter.category,
          'c.wijk_code': filter.wijk,
          'c.service_id': filter.serviceId,
        }),
      ),
    );
    if (filter.overdueOn) {
      query = query
        .where('c.status', 'in', open)
        .where('c.merged_into_id', 'is', null)
        .where('c.due_on', '<', filter.overdueOn);
    }
    if (filter.from) query = query.where('c.received_at', '>=', filter.from);
    if (filter.to) query = query.where('c.received_at', '<', `${filter.to}T99`);
    if (filter.q) {
      const like = `%${filter.q.replace(/[%_\\]/g, '')}%`;
      query = query.where((eb) => eb.or([eb('c.reference', 'like', like), eb('c.street', 'like', like)]));
    }
    const [items, total] = await Promise.all([
      query
        .selectAll('c')
        .select(['s.name as service_name', 'k.reference as merged_into_reference'])
        .orderBy(filter.overdueOn ? 'c.due_on' : 'c.received_at', filter.overdueOn ? 'asc' : 'desc')
        .orderBy('c.id')
        .limit(limit)
        .offset(offset)
        .execute(),
      query.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items, total: Number(total.n) };
  }

  /** Points every duplicate of `fromId` at `toId` (merging a complaint that already has duplicates). */
  async moveDuplicates(municipalityId: string, fromId: string, toId: string, at: string): Promise<ComplaintRow[]> {
    const moved = await this.duplicatesOf(municipalityId, fromId);
    if (moved.length) {
      await this.db
        .updateTable('complaint')
        .set({ merged_into_id: toId, updated_at: at })
        .where('municipality_id', '=', municipalityId)
        .where('merged_into_id', '=', fromId)
        .execute();
    }
    return moved;
  }

  /** The complaints merged into this one. */
  duplicatesOf(municipalityId: string, id: string): Promise<ComplaintRow[]> {
    return this.db
      .selectFrom('complaint')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('merged_into_id', '=', id)
      .orderBy('received_at')
      .execute();
  }

  /** Open complaints per category (the agenda). */
  async openByCategory(municipalityId: string): Promise<{ category: string; count: number }[]> {
    const rows = await this.db
      .selectFrom('complaint')
      .select(['category', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where('municipality_id', '=', municipalityId)
      .where('status', 'in', open)
      .where('merged_into_id', 'is', null)
      .groupBy('category')
      .orderBy('category')
      .execute();
    return rows.map((r) => ({ category: r.category, count: Number(r.n) }));
  }

  /** Open complaints due between two days (the calendar). */
  openDue(municipalityId: string, from: string, to: string): Promise<ComplaintRow[]> {
    return this.db
      .selectFrom('complaint')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('status', 'in', open)
      .where('merged_into_id', 'is', null)
      .where('due_on', '>=', from)
      .where('due_on', '<=', to)
      .orderBy('due_on')
      .execute();
  }

  listServices(municipalityId: string): Promise<Selectable<ComplaintServiceTable>[]> {
    return this.db
      .selectFrom('complaint_service')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .orderBy('name')
      .execute();
  }

  findService(municipalityId: string, id: string): Promise<Selectable<ComplaintServiceTable> | undefined> {
    return this.db
      .selectFrom('complaint_service')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async insertService(row: ComplaintServiceTable): Promise<void> {
    await this.db.insertInto('complaint_service').values(row).execute();
  }

  async updateService(municipalityId: string, id: string, changes: Partial<ComplaintServiceTable>): Promise<void> {
    await this.db
      .updateTable('complaint_service')
      .set(changes)
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', id)
      .execute();
  }

  async responseDays(municipalityId: string): Promise<Map<string, number>> {
    const rows = await this.db
      .selectFrom('complaint_setting')
      .select(['category', 'response_days'])
      .where('municipality_id', '=', municipalityId)
      .execute();
    return new Map(rows.map((r) => [r.category, Number(r.response_days)]));
  }

  async putResponseDays(municipalityId: string, category: string, days: number, at: string): Promise<void> {
    await this.db
      .insertInto('complaint_setting')
      .values({ municipality_id: municipalityId, category, response_days: days, updated_at: at })
      .onConflict((oc) =>
        oc.columns(['municipality_id', 'category']).doUpdateSet({ response_days: days, updated_at: at }),
      )
      .execute();
  }

  async insertNote(row: ComplaintNoteTable): Promise<void> {
    await this.db.insertInto('complaint_note').values(row).execute();
  }

  notes(municipalityId: string, complaintId: string): Promise<Selectable<ComplaintNoteTable>[]> {
    return this.db
      .selectFrom('complaint_note')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('complaint_id', '=', complaintId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  }

  async attach(municipalityId: string, complaintId: string, fileIds: string[], at: string): Promise<void> {
    if (fileIds.length === 0) return;
    await this.db
      .insertInto('complaint_attachment')
      .values(
        fileIds.map((fileId) => ({
          municipality_id: municipalityId,
          complaint_id: complaintId,
          file_id: fileId,
          added_at: at,
        })),
      )
      .execute();
  }

  attachments(municipalityId: string, complaintId: string) {
    return this.db
      .selectFrom('complaint_attachment as a')
      .innerJoin('stored_file as f', (j) =>
        j.onRef('f.id', '=', 'a.file_id').onRef('f.municipality_id', '=', 'a.municipality_id'),
      )
      .select(['f.id', 'f.name', 'f.content_type', 'f.size'])
      .where('a.municipality_id', '=', municipalityId)
      .where('a.complaint_id', '=', complaintId)
      .orderBy('a.added_at')
      .execute();
  }

  /** Erases the citizen's contact data of complaints closed before a moment; returns how many. */
  async eraseContacts(municipalityId: string, closedBefore: string, at: string): Promise<number> {
    const result = await this.db
      .updateTable('complaint')
      .set({ contact_name: null, contact_email: null, updated_at: at })
      .where('municipality_id', '=', municipalityId)
      .where('closed_at', '<', closedBefore)
      .where((eb) => eb.or([eb('contact_name', 'is not', null), eb('contact_email', 'is not', null)]))
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  async countAll(municipalityId: string): Promise<number> {
    const row = await this.db
      .selectFrom('complaint')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('municipality_id', '=', municipalityId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}

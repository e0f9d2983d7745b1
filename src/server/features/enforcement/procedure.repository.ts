import { type Kysely, sql } from 'kysely';
import { forUpdate } from '../../db/database.js';
import type {
  Database,
  GasArticleTable,
  GasFindingTable,
  GasHolderTable,
  GasImportTable,
  GasLetterBatchTable,
  GasPaymentTable,
} from '../../db/schema.js';
import { inScope, type ScopePart } from './enforcement.repository.js';

/**
 * The SQL of the procedure (holders, letter batches, decisions, payments). Batch writes are set-based and
 * conditional on the status they start from, inside the caller's transaction: two batches at once never take the
 * same finding (PostgreSQL re-checks the WHERE of a row another transaction changed; SQLite runs one write at a time).
 */

const idChunk = 1_000;

function chunks<T>(items: readonly T[], size = idChunk): T[][] {
  const out: T[][] = [];
  for (let at = 0; at < items.length; at += size) out.push(items.slice(at, at + size));
  return out;
}

/** A finding taken by a batch: its id and the municipality its steps are written under. */
export interface Claimed {
  id: string;
  municipality_id: string;
}

/** What a letter prints. */
export interface LetterRow {
  id: string;
  municipality_id: string;
  reference: string;
  observed_at: string;
  observed_on: string;
  street: string | null;
  house_number: string | null;
  plate: string | null;
  plate_country: string | null;
  article_code: string;
  label_nl: string;
  label_fr: string;
  amount_cents: number | null;
  paid_cents: number;
  structured_communication: string;
  prescription_on: string;
  notified_on: string | null;
  defence_until: string | null;
  decided_on: string | null;
  full_name: string | null;
  address_line: string | null;
  postal_code: string | null;
  city: string | null;
  country: string | null;
  language: string;
}

export class ProcedureRepository {
  constructor(private readonly db: Kysely<Database>) {}

  findImport(municipalityId: string, kind: string, sha256: string): Promise<GasImportTable | undefined> {
    return this.db
      .selectFrom('gas_import')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('kind', '=', kind)
      .where('file_sha256', '=', sha256)
      .executeTakeFirst();
  }

  /** Records a file read; false when the same file (sha256) was recorded first by someone else. */
  async insertImport(row: GasImportTable): Promise<boolean> {
    const inserted = await this.db
      .insertInto('gas_import')
      .values(row)
      .onConflict((oc) => oc.columns(['municipality_id', 'kind', 'file_sha256']).doNothing())
      .returning('id')
      .executeTakeFirst();
    return inserted !== undefined;
  }

  /** Findings waiting for their holder (status found, no holder step yet) with one of these plates. */
  async waitingForHolder(
    scope: readonly ScopePart[],
    plates: readonly string[],
  ): Promise<Pick<GasFindingTable, 'id' | 'municipality_id' | 'plate' | 'plate_country' | 'observed_on'>[]> {
    const out: Pick<GasFindingTable, 'id' | 'municipality_id' | 'plate' | 'plate_country' | 'observed_on'>[] = [];
    for (const part of chunks([...new Set(plates)])) {
      out.push(
        ...(await this.db
          .selectFrom('gas_finding')
          .select(['id', 'municipality_id', 'plate', 'plate_country', 'observed_on'])
          .where((eb) => inScope(eb, scope))
          .where('status', '=', 'found')
          .where('closed_on', 'is', null)
          .where('plate', 'in', part)
          .where((eb) =>
            eb.not(
              eb.exists(
                eb
                  .selectFrom('gas_finding_step as s')
                  .select('s.id')
                  .whereRef('s.finding_id', '=', 'gas_finding.id')
                  .where('s.step_key', '=', 'holder_identified'),
              ),
            ),
          )
          .execute()),
      );
    }
    return out;
  }

  async insertHolders(rows: readonly GasHolderTable[]): Promise<void> {
    for (const part of chunks(rows, 500)) await this.db.insertInto('gas_holder').values(part).execute();
  }

  /** found → identified with the holder, for those still found; returns the findings taken. */
  async identify(ids: readonly string[], holderId: string, now: string): Promise<Claimed[]> {
    const out: Claimed[] = [];
    for (const part of chunks(ids)) {
      out.push(
        ...(await this.db
          .updateTable('gas_finding')
          .set({ status: 'identified', holder_id: holderId, updated_at: now })
          .where('id', 'in', part)
          .where('status', '=', 'found')
          .returning(['id', 'municipality_id'])
          .execute()),
      );
    }
    return out;
  }

  /** The ids of findings in scope ready for a batch, optionally among a chosen set. */
  async ready(
    scope: readonly ScopePart[],
    kind: 'letters' | 'decisions' | 'reminders' | 'prescribed',
    today: string,
    reminderBefore: string,
    chosen?: readonly string[],
  ): Promise<string[]> {
    let query = this.db
      .selectFrom('gas_finding')
      .select('id')
      .where((eb) => inScope(eb, scope))
      .where('closed_on', 'is', null);
    switch (kind) {
      case 'letters':
        query = query.where('status', '=', 'identified').where('prescription_on', '>=', today);
        break;
      case 'decisions':
        query = query
          .where('status', '=', 'notified')
          .where('defence_until', '<=', today)
          .where('prescription_on', '>=', today)
          .where('amount_cents', 'is not', null)
          .where((eb) =>
            eb.not(
              eb.exists(
                eb
                  .selectFrom('gas_finding_step as s')
                  .select('s.id')
                  .whereRef('s.finding_id', '=', 'gas_finding.id')
                  .where('s.step_key', '=', 'defence_received'),
              ),
            ),
          );
        break;
      case 'reminders':
        query = query
          .where('status', '=', 'decided')
          .where('decision', '=', 'fine')
          .where('decided_on', '<', reminderBefore)
          .where((eb) => eb('paid_cents', '<', eb.ref('amount_cents')));
        break;
      case 'prescribed':
        query = query.where('prescription_on', '<', today).where('decided_on', 'is', null);
        break;
    }
    if (!chosen) return (await query.orderBy('observed_on').orderBy('reference').execute()).map((r) => r.id);
    const out: string[] = [];
    for (const part of chunks(chosen)) {
      out.push(...(await query.where('id', 'in', part).execute()).map((r) => r.id));
    }
    return out;
  }

  async countReady(
    scope: readonly ScopePart[],
    kind: 'letters' | 'decisions' | 'reminders' | 'prescribed',
    today: string,
    reminderBefore: string,
  ): Promise<number> {
    return (await this.ready(scope, kind, today, reminderBefore)).length;
  }

  /**
   * Moves findings from one status to the next with their new columns, only those still in `from`: the findings
   * this batch took (another batch at the same time takes the rest, never the same).
   */
  async claim(
    ids: readonly string[],
    from: string,
    set: Partial<GasFindingTable>,
    extra?: { beforeDefenceEnd?: string; notPrescribedOn?: string; withoutDefence?: boolean },
  ): Promise<Claimed[]> {
    const out: Claimed[] = [];
    for (const part of chunks(ids)) {
      let query = this.db
        .updateTable('gas_finding')
        .set(set)
        .where('id', 'in', part)
        .where('status', '=', from)
        .where('closed_on', 'is', null);
      if (extra?.beforeDefenceEnd) query = query.where('defence_until', '<=', extra.beforeDefenceEnd);
      if (extra?.notPrescribedOn) query = query.where('prescription_on', '>=', extra.notPrescribedOn);
      if (extra?.withoutDefence) {
        query = query
          .where('amount_cents', 'is not', null)
          .where((eb) =>
            eb.not(
              eb.exists(
                eb
                  .selectFrom('gas_finding_step as s')
                  .select('s.id')
                  .whereRef('s.finding_id', '=', 'gas_finding.id')
                  .where('s.step_key', '=', 'defence_received'),
              ),
            ),
          );
      }
      out.push(...(await query.returning(['id', 'municipality_id']).execute()));
    }
    return out;
  }

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

  /** The finding, locked for the rest of the transaction (PostgreSQL; SQLite holds its one write lock). */
  lockFinding(scope: readonly ScopePart[], id: string): Promise<GasFindingTable | undefined> {
    return forUpdate(
      this.db,
      this.db
        .selectFrom('gas_finding')
        .selectAll()
        .where('id', '=', id)
        .where((eb) => inScope(eb, scope)),
    ).executeTakeFirst();
  }

  async updateFinding(id: string, set: Partial<GasFindingTable>): Promise<void> {
    await this.db.updateTable('gas_finding').set(set).where('id', '=', id).execute();
  }

  article(id: string): Promise<GasArticleTable | undefined> {
    return this.db.selectFrom('gas_article').selectAll().where('id', '=', id).executeTakeFirst();
  }

  holder(municipalityId: string, id: string): Promise<GasHolderTable | undefined> {
    return this.db
      .selectFrom('gas_holder')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', id)
      .where('erased_at', 'is', null)
      .executeTakeFirst();
  }

  async updateStepOutcome(municipalityId: string, id: string, outcome: string, note: string | null): Promise<void> {
    await this.db
      .updateTable('gas_finding_step')
      .set({ outcome, ...(note === null ? {} : { note }) })
      .where('municipality_id', '=', municipalityId)
      .where('id', '=', id)
      .execute();
  }

  /** The open findings in scope whose structured communication is one of these, by communication. */
  async byCommunication(
    scope: readonly ScopePart[],
    communications: readonly string[],
    lock = false,
  ): Promise<Map<string, GasFindingTable>> {
    const found = new Map<string, GasFindingTable>();
    for (const part of chunks([...new Set(communications)])) {
      const query = this.db
        .selectFrom('gas_finding')
        .selectAll()
        .where((eb) => inScope(eb, scope))
        .where('structured_communication', 'in', part)
        .orderBy('id');
      const rows = await (lock ? forUpdate(this.db, query) : query).execute();
      for (const row of rows) found.set(row.structured_communication, row);
    }
    return found;
  }

  async existingEntries(municipalityId: string, references: readonly string[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (const part of chunks([...new Set(references)])) {
      const rows = await this.db
        .selectFrom('gas_payment')
        .select('entry_reference')
        .where('municipality_id', '=', municipalityId)
        .where('entry_reference', 'in', part)
        .execute();
      for (const row of rows) found.add(row.entry_reference);
    }
    return found;
  }

  /** Records a bank entry; false when the same entry (bank reference) is already there. */
  async insertPayment(row: GasPaymentTable): Promise<boolean> {
    const inserted = await this.db
      .insertInto('gas_payment')
      .values(row)
      .onConflict((oc) => oc.columns(['municipality_id', 'entry_reference']).doNothing())
      .returning('id')
      .executeTakeFirst();
    return inserted !== undefined;
  }

  /** Adds a payment to a finding atomically; the finding as it is after. */
  addPaid(id: string, cents: number, paidOn: string, now: string): Promise<GasFindingTable> {
    return this.db
      .updateTable('gas_finding')
      .set((eb) => ({ paid_cents: eb('paid_cents', '+', cents), paid_on: paidOn, updated_at: now }))
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  paymentsOf(findingId: string): Promise<GasPaymentTable[]> {
    return this.db
      .selectFrom('gas_payment')
      .selectAll()
      .where('finding_id', '=', findingId)
      .orderBy('booked_on')
      .execute();
  }

  /** Payments someone must look at, newest first, with the reference of the finding they name. */
  openPayments(
    municipalityId: string,
    limit: number,
  ): Promise<(GasPaymentTable & { finding_reference: string | null })[]> {
    return this.db
      .selectFrom('gas_payment as p')
      .leftJoin('gas_finding as f', 'f.id', 'p.finding_id')
      .selectAll('p')
      .select('f.reference as finding_reference')
      .where('p.municipality_id', '=', municipalityId)
      .where('p.match', '!=', 'matched')
      .orderBy('p.booked_on', 'desc')
      .orderBy('p.entry_reference')
      .limit(limit)
      .execute();
  }

  /** Open findings not decided whose facts are prescribed, closed as such; returns how many. */
  async closePrescribed(scope: readonly ScopePart[], today: string, now: string): Promise<Claimed[]> {
    return this.db
      .updateTable('gas_finding')
      .set({ status: 'closed', closed_on: today, close_reason: 'prescribed', updated_at: now })
      .where((eb) => inScope(eb, scope))
      .where('closed_on', 'is', null)
      .where('decided_on', 'is', null)
      .where('prescription_on', '<', today)
      .returning(['id', 'municipality_id'])
      .execute();
  }

  async statusCounts(scope: readonly ScopePart[]): Promise<Record<string, number>> {
    const rows = await this.db
      .selectFrom('gas_finding')
      .select(['status', (eb) => eb.fn.countAll<string | number>().as('n')])
      .where((eb) => inScope(eb, scope))
      .groupBy('status')
      .execute();
    return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
  }
}

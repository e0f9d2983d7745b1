import type { Kysely } from 'kysely';
import { forUpdate } from '../../db/database.js';
import type { Database, GasFindingTable, GasPaymentTable } from '../../db/schema.js';
import { inIdChunks, inScope, type ScopePart } from './enforcement.repository.js';

/** The SQL of the payments: bank entries, the findings their structured communication names, and the paid amounts. */
export class PaymentRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** The findings in scope whose structured communication is one of these, by communication. */
  async byCommunication(
    scope: readonly ScopePart[],
    communications: readonly string[],
    lock = false,
  ): Promise<Map<string, GasFindingTable>> {
    const rows = await inIdChunks([...new Set(communications)], (part) => {
      const query = this.db
        .selectFrom('gas_finding')
        .selectAll()
        .where((eb) => inScope(eb, scope))
        .where('structured_communication', 'in', part)
        .orderBy('id');
      return (lock ? forUpdate(this.db, query) : query).execute();
    });
    return new Map(rows.map((row) => [row.structured_communication, row]));
  }

  /** Which of these bank references the tenant has recorded already. */
  async existingEntries(municipalityId: string, references: readonly string[]): Promise<Set<string>> {
    const rows = await inIdChunks([...new Set(references)], (part) =>
      this.db
        .selectFrom('gas_payment')
        .select('entry_reference')
        .where('municipality_id', '=', municipalityId)
        .where('entry_reference', 'in', part)
        .execute(),
    );
    return new Set(rows.map((row) => row.entry_reference));
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
}

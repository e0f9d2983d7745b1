import type { Kysely } from 'kysely';
import { forUpdate } from '../../db/database.js';
import type { Database, GasArticleTable, GasFindingTable, GasHolderTable } from '../../db/schema.js';
import { inIdChunks, inScope, type ScopePart, withoutStep } from './enforcement.repository.js';

/**
 * The SQL of the procedure (holders, batches, decisions; the batches' letters: letters.repository.ts, payments:
 * payments.repository.ts). Batch writes are set-based and
 * conditional on the status they start from, inside the caller's transaction: two batches at once never take the
 * same finding (PostgreSQL re-checks the WHERE of a row another transaction changed; SQLite runs one write at a time).
 */

/** A finding taken by a batch: its id and the municipality its steps are written under. */
export interface Claimed {
  id: string;
  municipality_id: string;
}

export class ProcedureRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Findings waiting for their holder (status found, no holder step yet) with one of these plates. */
  async waitingForHolder(
    scope: readonly ScopePart[],
    plates: readonly string[],
  ): Promise<Pick<GasFindingTable, 'id' | 'municipality_id' | 'plate' | 'plate_country' | 'observed_on'>[]> {
    return inIdChunks([...new Set(plates)], (part) =>
      this.db
        .selectFrom('gas_finding')
        .select(['id', 'municipality_id', 'plate', 'plate_country', 'observed_on'])
        .where((eb) => inScope(eb, scope))
        .where('status', '=', 'found')
        .where('closed_on', 'is', null)
        .where('plate', 'in', part)
        .where((eb) => withoutStep(eb, 'holder_identified'))
        .execute(),
    );
  }

  async insertHolders(rows: readonly GasHolderTable[]): Promise<void> {
    for (let at = 0; at < rows.length; at += 500) {
      await this.db
        .insertInto('gas_holder')
        .values(rows.slice(at, at + 500))
        .execute();
    }
  }

  /** found → identified with the holder, for those still found; returns the findings taken. */
  identify(ids: readonly string[], holderId: string, now: string): Promise<Claimed[]> {
    return inIdChunks(ids, (part) =>
      this.db
        .updateTable('gas_finding')
        .set({ status: 'identified', holder_id: holderId, updated_at: now })
        .where('id', 'in', part)
        .where('status', '=', 'found')
        .returning(['id', 'municipality_id'])
        .execute(),
    );
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
          .where((eb) => withoutStep(eb, 'defence_received'));
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
    return (await inIdChunks(chosen, (part) => query.where('id', 'in', part).execute())).map((r) => r.id);
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
    return inIdChunks(ids, (part) => {
      let query = this.db
        .updateTable('gas_finding')
        .set(set)
        .where('id', 'in', part)
        .where('status', '=', from)
        .where('closed_on', 'is', null);
      if (extra?.beforeDefenceEnd) query = query.where('defence_until', '<=', extra.beforeDefenceEnd);
      if (extra?.notPrescribedOn) query = query.where('prescription_on', '>=', extra.notPrescribedOn);
      if (extra?.withoutDefence) {
        query = query.where('amount_cents', 'is not', null).where((eb) => withoutStep(eb, 'defence_received'));
      }
      return query.returning(['id', 'municipality_id']).execute();
    });
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

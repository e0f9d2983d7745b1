import type { Kysely, Selectable } from 'kysely';
import type { Database, MailOutboxTable } from '../../db/schema.js';
import { isPostgres } from '../../db/database.js';

export type OutboxRow = Selectable<MailOutboxTable>;

/** SQL of the mail outbox. */
export class MailOutboxRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(row: MailOutboxTable): Promise<void> {
    await this.db.insertInto('mail_outbox').values(row).execute();
  }

  /** Pending mail whose next attempt is due, oldest first, across municipalities (the dispatcher's view). */
  due(now: string, limit: number): Promise<OutboxRow[]> {
    return this.dueQuery(now, limit).execute();
  }

  /** Pending mail whose next attempt is due, oldest first. */
  private dueQuery(now: string, limit: number) {
    return this.db
      .selectFrom('mail_outbox')
      .selectAll()
      .where('status', '=', 'pending')
      .where('next_attempt_at', '<=', now)
      .orderBy('created_at')
      .orderBy('id')
      .limit(limit);
  }

  /**
   * Claims up to `limit` due mails for this process: their next attempt moves to `leaseUntil`, so no other process
   * (nor this one's next run) takes them meanwhile; a process that dies mid-send leaves them due again after the
   * lease. On PostgreSQL the rows are picked `FOR UPDATE SKIP LOCKED`, so concurrent claims never wait on each other
   * nor take the same mail; on SQLite the write transaction holds the single write lock.
   */
  async claimDue(now: string, leaseUntil: string, limit: number): Promise<OutboxRow[]> {
    const query = this.dueQuery(now, limit);
    const rows = await (isPostgres(this.db) ? query.forUpdate().skipLocked() : query).execute();
    if (rows.length > 0) {
      await this.db
        .updateTable('mail_outbox')
        .set({ next_attempt_at: leaseUntil })
        .where(
          'id',
          'in',
          rows.map((r) => r.id),
        )
        .execute();
    }
    return rows;
  }

  async markSent(id: string, at: string): Promise<void> {
    await this.db
      .updateTable('mail_outbox')
      .set((eb) => ({ status: 'sent', sent_at: at, attempts: eb('attempts', '+', 1), last_error: null }))
      .where('id', '=', id)
      .execute();
  }

  async markFailed(id: string, attempts: number, error: string, nextAttemptAt: string, giveUp: boolean): Promise<void> {
    await this.db
      .updateTable('mail_outbox')
      .set({
        status: giveUp ? 'failed' : 'pending',
        attempts,
        last_error: error.slice(0, 500),
        next_attempt_at: nextAttemptAt,
      })
      .where('id', '=', id)
      .execute();
  }

  list(municipalityId: string, limit: number): Promise<OutboxRow[]> {
    return this.db
      .selectFrom('mail_outbox')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
  }

  forEntity(municipalityId: string, kind: string, entityId: string): Promise<OutboxRow[]> {
    return this.db
      .selectFrom('mail_outbox')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('kind', '=', kind)
      .where('entity_id', '=', entityId)
      .orderBy('created_at')
      .execute();
  }

  /** Makes failed mail of a municipality pending again (after the SMTP server was fixed). */
  async retryFailed(municipalityId: string, now: string): Promise<number> {
    const result = await this.db
      .updateTable('mail_outbox')
      .set({ status: 'pending', next_attempt_at: now })
      .where('municipality_id', '=', municipalityId)
      .where('status', '=', 'failed')
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }
}

import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Db } from '../../db/database.js';
import type { Clock } from '../../adapters/clock.js';
import type { MailAttachment, Mailer } from '../../adapters/mail.js';
import { type JobLog, silentJobLog } from '../jobs/job-runner.js';
import { MailOutboxRepository, type OutboxRow } from './mail-outbox.repository.js';

interface OutgoingMail {
  municipalityId: string;
  /** What caused it, e.g. `complaint.answer`, `deadline.reminder`. */
  kind: string;
  entityId?: string | null;
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
}

/** Attempts before a mail is marked failed; the wait doubles from one minute (1, 2, 4 … 64 min). */
export const maxAttempts = 8;

/** How long a claimed mail stays with the process that claimed it before another may try it (a crashed sender). */
const claimLeaseMs = 10 * 60_000;
/** Mails claimed at a time: a small batch, so several processes share a long queue. */
const claimBatch = 20;

/**
 * Enqueues a mail inside the caller's transaction: it is sent only if the write commits, and it is never lost
 * when SMTP is down. Call `MailOutbox.dispatchSoon()` after the commit.
 */
export async function enqueueMail(trx: Kysely<Database>, clock: Clock, mail: OutgoingMail): Promise<string> {
  const id = randomUUID();
  const now = clock.now().toISOString();
  const attachments = mail.attachments?.map((a) => ({
    filename: a.filename,
    contentType: a.contentType ?? null,
    contentBase64: Buffer.from(a.content).toString('base64'),
  }));
  await new MailOutboxRepository(trx).insert({
    id,
    municipality_id: mail.municipalityId,
    kind: mail.kind,
    entity_id: mail.entityId ?? null,
    recipient: mail.to,
    subject: mail.subject,
    body_text: mail.text,
    body_html: mail.html ?? null,
    attachments_json: attachments ? JSON.stringify(attachments) : null,
    status: 'pending',
    attempts: 0,
    last_error: null,
    next_attempt_at: now,
    created_at: now,
    sent_at: null,
  });
  return id;
}

function attachmentsOf(row: OutboxRow): MailAttachment[] | undefined {
  if (!row.attachments_json) return undefined;
  const parsed = JSON.parse(row.attachments_json) as {
    filename: string;
    contentType: string | null;
    contentBase64: string;
  }[];
  return parsed.map((a) => ({
    filename: a.filename,
    content: Buffer.from(a.contentBase64, 'base64'),
    ...(a.contentType ? { contentType: a.contentType } : {}),
  }));
}

/** Sends what the outbox holds: after each write that enqueued mail, and on a timer in the server. */
export class MailOutbox {
  private running: Promise<{ sent: number; failed: number }> | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly deps: { db: Db; clock: Clock; mailer: Mailer; log?: JobLog }) {}

  private get log(): JobLog {
    return this.deps.log ?? silentJobLog;
  }

  get configured(): boolean {
    return this.deps.mailer.configured;
  }

  /** Sends every due mail once; concurrent calls share one run. */
  dispatch(): Promise<{ sent: number; failed: number }> {
    if (!this.running) this.running = this.run().finally(() => (this.running = null));
    return this.running;
  }

  /** Fire and forget after a commit; a mail's own error stays in its row, anything else is logged. */
  dispatchSoon(): void {
    if (!this.deps.mailer.configured) return;
    this.dispatch().catch((error: unknown) =>
      this.log.error({ job: 'mail.outbox', municipalityId: null, err: error }, 'background job mail.outbox failed'),
    );
  }

  start(intervalMs: number): void {
    this.stop();
    this.timer = setInterval(() => this.dispatchSoon(), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async run(): Promise<{ sent: number; failed: number }> {
    if (!this.deps.mailer.configured) return { sent: 0, failed: 0 };
    const { db, clock } = this.deps;
    const repository = new MailOutboxRepository(db.kysely);
    let sent = 0;
    let failed = 0;
    // Claimed in small batches until nothing is due: each mail is sent by exactly one process (see claimDue).
    for (let batch = 0; batch < 50; batch++) {
      const now = clock.now();
      const rows = await db.kysely
        .transaction()
        .execute((trx) =>
          new MailOutboxRepository(trx).claimDue(
            now.toISOString(),
            new Date(now.getTime() + claimLeaseMs).toISOString(),
            claimBatch,
          ),
        );
      if (rows.length === 0) break;
      for (const row of rows) {
        try {
          const attachments = attachmentsOf(row);
          await this.deps.mailer.send({
            to: row.recipient,
            subject: row.subject,
            text: row.body_text,
            ...(row.body_html ? { html: row.body_html } : {}),
            ...(attachments ? { attachments } : {}),
          });
          await repository.markSent(row.id, clock.now().toISOString());
          sent += 1;
        } catch (error) {
          const attempts = row.attempts + 1;
          const next = new Date(clock.now().getTime() + 60_000 * 2 ** (attempts - 1)).toISOString();
          const giveUp = attempts >= maxAttempts;
          this.log[giveUp ? 'error' : 'warn'](
            {
              job: 'mail.outbox',
              municipalityId: row.municipality_id,
              mailId: row.id,
              kind: row.kind,
              attempts,
              err: error,
            },
            giveUp ? 'mail failed for good after its last attempt' : 'mail not sent; retried later',
          );
          await repository.markFailed(
            row.id,
            attempts,
            error instanceof Error ? error.message : String(error),
            next,
            giveUp,
          );
          failed += 1;
        }
      }
    }
    return { sent, failed };
  }
}

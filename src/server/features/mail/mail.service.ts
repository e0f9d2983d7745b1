import type { Db } from '../../db/database.js';
import type { Clock } from '../../adapters/clock.js';
import type { SignedInActor } from '../../../shared/access/roles.js';
import { auditFor } from '../audit/audit.service.js';
import { MailOutboxRepository } from './mail-outbox.repository.js';
import type { MailOutbox } from './mail-outbox.js';

/** The administrator's view of the outbox: the latest mails of the municipality and the retry of failed ones. */
export class MailService {
  constructor(private readonly deps: { db: Db; clock: Clock; outbox: MailOutbox }) {}

  /** Whether an SMTP server is configured (without one mail waits in the outbox). */
  get configured(): boolean {
    return this.deps.outbox.configured;
  }

  latest(municipalityId: string, limit: number) {
    return new MailOutboxRepository(this.deps.db.kysely).list(municipalityId, limit);
  }

  /** Makes the municipality's failed mails pending again (audited) and sends them soon; the number requeued. */
  async retryFailed(actor: SignedInActor): Promise<number> {
    const { db, clock, outbox } = this.deps;
    const audit = auditFor(this.deps, actor);
    const requeued = await db.kysely.transaction().execute(async (trx) => {
      const count = await new MailOutboxRepository(trx).retryFailed(actor.municipalityId, clock.now().toISOString());
      await audit(trx, 'mail.retry', 'mail_outbox', null, { after: { requeued: count } });
      return count;
    });
    outbox.dispatchSoon();
    return requeued;
  }
}

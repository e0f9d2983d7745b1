import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Clock } from '../../adapters/clock.js';
import { type Db, isPostgres } from '../../db/database.js';

export interface PasswordResetLimits {
  /** Reset requests per client address within `windowMs` (then 429, like the login throttle). */
  requestsPerAddress: number;
  /** Reset mails per e-mail address within `mailWindowMs` (further requests are answered alike, no mail). */
  mailsPerEmail: number;
  /** Confirmations (token + new password) per client address within `windowMs`. */
  confirmsPerAddress: number;
  windowMs: number;
  mailWindowMs: number;
}

export const defaultPasswordResetLimits: PasswordResetLimits = {
  requestsPerAddress: 5,
  mailsPerEmail: 3,
  confirmsPerAddress: 10,
  windowMs: 15 * 60_000,
  mailWindowMs: 60 * 60_000,
};

/**
 * Sliding-window counters for the password reset in `rate_limit_hit` (shared by every server process): a hit is
 * counted and allowed in one transaction, on PostgreSQL under an advisory lock per bucket. Answers the seconds to
 * wait (0: allowed and counted).
 */
export class PasswordResetLimiter {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    readonly limits: PasswordResetLimits = defaultPasswordResetLimits,
  ) {}

  tryRequest(address: string): Promise<number> {
    return this.tryHit(`reset-request:${address}`, this.limits.requestsPerAddress, this.limits.windowMs);
  }

  tryMail(email: string): Promise<number> {
    return this.tryHit(`reset-mail:${email}`, this.limits.mailsPerEmail, this.limits.mailWindowMs);
  }

  tryConfirm(address: string): Promise<number> {
    return this.tryHit(`reset-confirm:${address}`, this.limits.confirmsPerAddress, this.limits.windowMs);
  }

  private tryHit(bucket: string, limit: number, windowMs: number): Promise<number> {
    const now = this.clock.now();
    const at = now.toISOString();
    return this.db.kysely.transaction().execute(async (trx) => {
      if (isPostgres(trx)) await sql`select pg_advisory_xact_lock(hashtext(${`svpp:rate:${bucket}`}))`.execute(trx);
      const since = new Date(now.getTime() - windowMs).toISOString();
      const recent = await trx
        .selectFrom('rate_limit_hit')
        .select('at')
        .where('bucket', '=', bucket)
        .where('at', '>', since)
        .orderBy('at', 'desc')
        .limit(limit)
        .execute();
      if (recent.length >= limit) {
        const oldest = Date.parse(recent[recent.length - 1]?.at ?? at);
        return Math.max(1, Math.ceil((oldest + windowMs - now.getTime()) / 1000));
      }
      await trx
        .insertInto('rate_limit_hit')
        .values({
          id: randomUUID(),
          municipality_id: null,
          bucket,
          at,
          expires_at: new Date(now.getTime() + windowMs).toISOString(),
        })
        .execute();
      await trx.deleteFrom('rate_limit_hit').where('expires_at', '<', at).execute();
      return 0;
    });
  }
}

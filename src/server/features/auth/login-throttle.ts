import type { Kysely } from 'kysely';
import type { Clock } from '../../adapters/clock.js';
import { type Db, forUpdate } from '../../db/database.js';
import type { Database } from '../../db/schema.js';
import type { LoginThrottleTable } from '../../db/schema/security.js';

export interface ThrottleLimits {
  /** Failures of one e-mail from one address that cost nothing; each one after waits twice as long as the last. */
  perEmail: number;
  /** Failures allowed per client address (all e-mails together) within `windowMs`: a high ceiling. */
  perAddress: number;
  /** The address window; also how long after its back-off an (e-mail, address) streak is forgotten. */
  windowMs: number;
  /** The first back-off (default 1 s); it doubles with each further failure. */
  baseDelayMs?: number;
  /** The longest back-off (default 15 min). */
  maxDelayMs?: number;
}

/**
 * From the 5th failure of one e-mail from one address: 1 s, 2 s, 4 s … at most 15 min; 100 failures per address in 15
 * min.
 */
export const defaultThrottleLimits: ThrottleLimits = {
  perEmail: 4,
  perAddress: 100,
  windowMs: 15 * 60_000,
  baseDelayMs: 1000,
  maxDelayMs: 15 * 60_000,
};

/** Forgotten after a day without failures, whatever they were. */
const keepMs = 24 * 3_600_000;

export const accountKey = (email: string, address: string): string => `account:${email}|${address}`;
export const addressKey = (address: string): string => `address:${address}`;

export interface LoginBlock {
  kind: 'account' | 'address';
  email: string | null;
  address: string;
  failures: number;
  blockedUntil: string;
}

/**
 * Slows password guessing without letting anyone lock a user out. Failures are counted in the database (every
 * server process sees the same counters) per (e-mail, client address) — with a progressive back-off, so the right
 * password from another address (the user at their desk) still works while an attacker waits — and per address
 * with a high ceiling (a town hall behind one NAT is many users). An administrator sees and clears the blocks of
 * the municipality's users.
 */
export class LoginThrottle {
  private readonly limits: Required<ThrottleLimits>;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    limits: ThrottleLimits = defaultThrottleLimits,
  ) {
    this.limits = { baseDelayMs: 1000, maxDelayMs: 15 * 60_000, ...limits };
  }

  /** The back-off after `failures` failures of one (e-mail, address): 0 up to `perEmail`, then doubling. */
  delayAfter(failures: number): number {
    const over = failures - this.limits.perEmail;
    if (over <= 0) return 0;
    return Math.min(this.limits.maxDelayMs, this.limits.baseDelayMs * 2 ** Math.min(over - 1, 40));
  }

  /** Seconds to wait before another try of this e-mail from this address, or 0 when a try is allowed. */
  async retryAfterSeconds(email: string, address: string): Promise<number> {
    const now = this.clock.now().getTime();
    const rows = await this.db.kysely
      .selectFrom('login_throttle')
      .select(['blocked_until'])
      .where('key', 'in', [accountKey(email, address), addressKey(address)])
      .execute();
    const until = Math.max(0, ...rows.map((r) => (r.blocked_until ? Date.parse(r.blocked_until) : 0)));
    return until > now ? Math.max(1, Math.ceil((until - now) / 1000)) : 0;
  }

  /** Counts a failed login; `municipalityId` is the targeted user's when the e-mail is known (for the admin's view). */
  async recordFailure(email: string, address: string, municipalityId: string | null): Promise<void> {
    const now = this.clock.now();
    const at = now.toISOString();
    await this.db.kysely.transaction().execute(async (trx) => {
      const account = await this.lockRow(trx, {
        key: accountKey(email, address),
        kind: 'account',
        municipality_id: municipalityId,
        email,
        address,
        at,
      });
      const quietSince = Date.parse(account.blocked_until ?? account.last_failure_at) + this.limits.windowMs;
      const failures = (account.failures > 0 && now.getTime() > quietSince ? 0 : account.failures) + 1;
      const delay = this.delayAfter(failures);
      await trx
        .updateTable('login_throttle')
        .set({
          failures,
          municipality_id: municipalityId ?? account.municipality_id,
          last_failure_at: at,
          first_failure_at: failures === 1 ? at : account.first_failure_at,
          blocked_until: delay > 0 ? new Date(now.getTime() + delay).toISOString() : null,
        })
        .where('key', '=', account.key)
        .execute();

      const perAddress = await this.lockRow(trx, {
        key: addressKey(address),
        kind: 'address',
        municipality_id: null,
        email: null,
        address,
        at,
      });
      const windowOpen =
        perAddress.failures > 0 && Date.parse(perAddress.first_failure_at) > now.getTime() - this.limits.windowMs;
      const count = (windowOpen ? perAddress.failures : 0) + 1;
      const start = windowOpen ? perAddress.first_failure_at : at;
      await trx
        .updateTable('login_throttle')
        .set({
          failures: count,
          first_failure_at: start,
          last_failure_at: at,
          blocked_until:
            count >= this.limits.perAddress ? new Date(Date.parse(start) + this.limits.windowMs).toISOString() : null,
        })
        .where('key', '=', perAddress.key)
        .execute();

      await trx
        .deleteFrom('login_throttle')
        .where('last_failure_at', '<', new Date(now.getTime() - keepMs).toISOString())
        .execute();
    });
  }

  /** A successful login forgets that (e-mail, address)'s failures; the address's count stays. */
  async recordSuccess(email: string, address: string): Promise<void> {
    await this.db.kysely.deleteFrom('login_throttle').where('key', '=', accountKey(email, address)).execute();
  }

  /** Current blocks of a municipality's users, and of the addresses their failures came from. */
  async blocks(municipalityId: string): Promise<LoginBlock[]> {
    const now = this.clock.now().toISOString();
    const own = this.db.kysely
      .selectFrom('login_throttle')
      .select('address')
      .where('municipality_id', '=', municipalityId);
    const rows = await this.db.kysely
      .selectFrom('login_throttle')
      .selectAll()
      .where('blocked_until', '>', now)
      .where((eb) =>
        eb.or([
          eb('municipality_id', '=', municipalityId),
          eb.and([eb('kind', '=', 'address'), eb('address', 'in', own)]),
        ]),
      )
      .orderBy('blocked_until', 'desc')
      .limit(500)
      .execute();
    return rows.map((r) => ({
      kind: r.kind === 'address' ? 'address' : 'account',
      email: r.email,
      address: r.address,
      failures: r.failures,
      blockedUntil: r.blocked_until ?? now,
    }));
  }

  /** Clears one block the municipality's admin can see; answers whether there was one. */
  async clear(
    municipalityId: string,
    block: { kind: 'account' | 'address'; email?: string | null | undefined; address: string },
  ): Promise<boolean> {
    const db = this.db.kysely;
    if (block.kind === 'account') {
      if (!block.email) return false;
      const result = await db
        .deleteFrom('login_throttle')
        .where('key', '=', accountKey(block.email, block.address))
        .where('municipality_id', '=', municipalityId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    }
    const seen = await db
      .selectFrom('login_throttle')
      .select('key')
      .where('municipality_id', '=', municipalityId)
      .where('address', '=', block.address)
      .executeTakeFirst();
    if (!seen) return false;
    const result = await db
      .deleteFrom('login_throttle')
      .where('key', '=', addressKey(block.address))
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /**
   * The row of a key, created when missing, locked until the transaction ends (PostgreSQL; SQLite holds the write
   * lock).
   */
  private async lockRow(
    trx: Kysely<Database>,
    row: {
      key: string;
      kind: string;
      municipality_id: string | null;
      email: string | null;
      address: string;
      at: string;
    },
  ): Promise<LoginThrottleTable> {
    await trx
      .insertInto('login_throttle')
      .values({
        key: row.key,
        kind: row.kind,
        municipality_id: row.municipality_id,
        email: row.email,
        address: row.address,
        failures: 0,
        first_failure_at: row.at,
        last_failure_at: row.at,
        blocked_until: null,
      })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
    return forUpdate(
      trx,
      trx.selectFrom('login_throttle').selectAll().where('key', '=', row.key),
    ).executeTakeFirstOrThrow();
  }
}

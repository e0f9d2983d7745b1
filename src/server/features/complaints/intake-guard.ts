import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { sql } from 'kysely';
import type { Clock } from '../../adapters/clock.js';
import { type Db, isPostgres } from '../../db/database.js';
import { intakeRules } from '../../../shared/complaints/intake-rules.js';

/**
 * Signed form tokens: `issuedAt.nonce.mac`. The form hands one out; the submission returns it, so the server knows
 * when the form was opened without trusting the browser. The server passes the installation's key from the
 * database (`formTokenKey`), so every process accepts the tokens any of them issued, across restarts too.
 */
export class FormTokens {
  private readonly key: Buffer;

  constructor(
    private readonly clock: Clock,
    key?: Buffer,
  ) {
    this.key = key ?? randomBytes(32);
  }

  issue(municipalityId: string): string {
    const payload = `${this.clock.now().getTime()}.${randomBytes(9).toString('base64url')}`;
    return `${payload}.${this.mac(municipalityId, payload)}`;
  }

  /** The moment the token was issued for this municipality, or null when it is forged or for another one. */
  issuedAt(municipalityId: string, token: string): number | null {
    const parts = token.split('.');
    if (parts.length !== 3) return null;
    const [issued = '', nonce = '', mac = ''] = parts;
    const expected = Buffer.from(this.mac(municipalityId, `${issued}.${nonce}`));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    const at = Number(issued);
    return Number.isSafeInteger(at) ? at : null;
  }

  private mac(municipalityId: string, payload: string): string {
    return createHmac('sha256', this.key).update(`${municipalityId}.${payload}`).digest('base64url');
  }
}

interface IntakeLimits {
  perAddress: number;
  perInstallation: number;
  windowMs: number;
  lookupsPerAddress: number;
  lookupWindowMs: number;
}

const defaultIntakeLimits: IntakeLimits = {
  perAddress: intakeRules.perAddress,
  perInstallation: intakeRules.perInstallation,
  windowMs: intakeRules.windowMs,
  lookupsPerAddress: intakeRules.lookupsPerAddress,
  lookupWindowMs: intakeRules.lookupWindowMs,
};

/**
 * Sliding-window counters in the database, so every server process sees the same: submissions per address and per
 * installation, look-ups per address. Each allowed hit is one `rate_limit_hit` row; a hit is counted and allowed in
 * one transaction, on PostgreSQL under an advisory lock per bucket (two processes cannot both take the last place),
 * on SQLite under its single write lock. Expired hits are pruned as hits arrive.
 */
export class IntakeLimiter {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly limits: IntakeLimits = defaultIntakeLimits,
  ) {}

  /** Seconds to wait before this address may submit, or 0; counts the attempt when it is allowed. */
  trySubmit(address: string): Promise<number> {
    return this.tryHit([
      { bucket: `submit:${address}`, limit: this.limits.perAddress, windowMs: this.limits.windowMs },
      { bucket: 'submit:installation', limit: this.limits.perInstallation, windowMs: this.limits.windowMs },
    ]);
  }

  /** Seconds to wait before this address may look up a status again, or 0; counts the look-up. */
  tryLookup(address: string): Promise<number> {
    return this.tryHit([
      { bucket: `lookup:${address}`, limit: this.limits.lookupsPerAddress, windowMs: this.limits.lookupWindowMs },
    ]);
  }

  private async tryHit(rules: { bucket: string; limit: number; windowMs: number }[]): Promise<number> {
    const now = this.clock.now();
    const at = now.toISOString();
    return this.db.kysely.transaction().execute(async (trx) => {
      let wait = 0;
      for (const rule of rules) {
        if (isPostgres(trx)) {
          await sql`select pg_advisory_xact_lock(hashtext(${`svpp:rate:${rule.bucket}`}))`.execute(trx);
        }
        const since = new Date(now.getTime() - rule.windowMs).toISOString();
        const recent = await trx
          .selectFrom('rate_limit_hit')
          .select('at')
          .where('bucket', '=', rule.bucket)
          .where('at', '>', since)
          .orderBy('at', 'desc')
          .limit(rule.limit)
          .execute();
        if (recent.length >= rule.limit) {
          const oldest = Date.parse(recent[recent.length - 1]?.at ?? at);
          wait = Math.max(wait, Math.max(1, Math.ceil((oldest + rule.windowMs - now.getTime()) / 1000)));
        }
      }
      if (wait > 0) return wait;
      for (const rule of rules) {
        await trx
          .insertInto('rate_limit_hit')
          .values({
            id: randomUUID(),
            municipality_id: null,
            bucket: rule.bucket,
            at,
            expires_at: new Date(now.getTime() + rule.windowMs).toISOString(),
          })
          .execute();
      }
      await trx.deleteFrom('rate_limit_hit').where('expires_at', '<', at).execute();
      return 0;
    });
  }
}

/**
 * The form tokens' key: made once for the installation and kept in the database, so every process (and a restart)
 * accepts the same tokens.
 */
export async function formTokenKey(db: Db, clock: Clock): Promise<Buffer> {
  const name = 'complaint.form-token';
  await db.kysely
    .insertInto('server_secret')
    .values({
      name,
      municipality_id: null,
      value: randomBytes(32).toString('base64'),
      created_at: clock.now().toISOString(),
    })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db.kysely
    .selectFrom('server_secret')
    .select('value')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return Buffer.from(row.value, 'base64');
}

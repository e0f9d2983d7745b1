import type { Me } from '../../../shared/api/auth.schema.js';
import { isRole, type Actor, type SignedInActor } from '../../../shared/access/roles.js';
import { isLocale } from '../../../shared/i18n/locale.js';
import { DEFAULT_TIME_ZONE, isTimeZone } from '../../../shared/calendar/days.js';
import { AppError } from '../../http/app-error.js';
import { newToken, sha256Hex } from '../../adapters/tokens.js';
import type { ServiceDeps } from '../context.js';
import { auditFor } from '../audit/audit.service.js';
import { UserRepository } from '../users/user.repository.js';
import { CalendarRepository } from '../calendar/calendar.repository.js';
import { assertStrongPassword } from './password-policy.js';
import type { LoginBlock, LoginThrottle } from './login-throttle.js';
import { SessionRepository, type SessionWithUser } from './session.repository.js';

/** The signed-in user as routes see it. */
export interface SessionContext {
  sessionId: string;
  actor: SignedInActor;
  csrfToken: string;
  me: Me;
}

type Deps = Pick<ServiceDeps, 'db' | 'clock' | 'hasher'> & {
  throttle: LoginThrottle;
  /** The absolute lifetime of a session. */
  sessionTtlHours: number;
  /** A session unused this long ends (SVPP_SESSION_IDLE_MINUTES; default 30). */
  sessionIdleMinutes?: number;
};

/** `last_seen_at` is written at most this often (not on every request). */
const touchEveryMs = 60_000;

function toContext(row: SessionWithUser): SessionContext | undefined {
  if (!isRole(row.role)) return undefined;
  const locale = isLocale(row.locale) ? row.locale : 'nl';
  return {
    sessionId: row.id,
    csrfToken: row.csrf_token,
    actor: { userId: row.user_id, role: row.role, municipalityId: row.municipality_id, email: row.email },
    me: {
      user: { id: row.user_id, email: row.email, displayName: row.display_name, role: row.role, locale },
      municipality: {
        id: row.municipality_id,
        slug: row.municipality_slug,
        name: row.municipality_name,
        timeZone: isTimeZone(row.municipality_time_zone) ? row.municipality_time_zone : DEFAULT_TIME_ZONE,
      },
      csrfToken: row.csrf_token,
    },
  };
}

export class AuthService {
  // Verified against when the e-mail is unknown, so a wrong address costs as long as a wrong password.
  private dummyHash: Promise<string> | undefined;

  constructor(private readonly deps: Deps) {}

  /** Checks the password (throttled), opens a session and returns its cookie token. */
  async login(
    email: string,
    password: string,
    address: string,
  ): Promise<{ token: string; context: SessionContext; expiresAt: Date }> {
    const { db, clock, hasher, throttle } = this.deps;
    const retryAfter = await throttle.retryAfterSeconds(email, address);
    if (retryAfter > 0) {
      throw new AppError('AUTH_THROTTLED', { retryAfterSeconds: retryAfter }, { 'retry-after': String(retryAfter) });
    }

    const user = await new UserRepository(db.kysely).findByEmailForLogin(email);
    this.dummyHash ??= hasher.hash(newToken());
    const ok = await hasher.verify(user?.password_hash ?? (await this.dummyHash), password);
    if (!user || !ok || Number(user.active) !== 1) {
      await throttle.recordFailure(email, address, user?.municipality_id ?? null);
      throw new AppError('AUTH_INVALID_CREDENTIALS');
    }
    await throttle.recordSuccess(email, address);

    const token = newToken();
    const now = clock.now();
    const expiresAt = new Date(now.getTime() + this.deps.sessionTtlHours * 3_600_000);
    const sessionId = sha256Hex(token);
    await db.kysely.transaction().execute(async (trx) => {
      await new SessionRepository(trx).insert({
        id: sessionId,
        municipality_id: user.municipality_id,
        user_id: user.id,
        csrf_token: newToken(),
        created_at: now.toISOString(),
        expires_at: expiresAt.toISOString(),
        last_seen_at: now.toISOString(),
      });
      await new UserRepository(trx).update(user.municipality_id, user.id, { last_login_at: now.toISOString() });
      const audit = auditFor(
        { db, clock },
        { municipalityId: user.municipality_id, userId: user.id, email: user.email },
      );
      await audit(trx, 'auth.login', 'user', user.id);
    });
    const context = await this.resolve(token);
    if (!context) throw new AppError('AUTH_INVALID_CREDENTIALS');
    return { token, context, expiresAt };
  }

  /** The session behind a cookie token, or undefined when it is unknown, expired or its user inactive. */
  async resolve(token: string): Promise<SessionContext | undefined> {
    const { db, clock } = this.deps;
    const sessions = new SessionRepository(db.kysely);
    const row = await sessions.findWithUser(sha256Hex(token));
    if (!row) return undefined;
    const now = clock.now();
    const idleMs = (this.deps.sessionIdleMinutes ?? 30) * 60_000;
    const lastSeen = Date.parse(row.last_seen_at);
    if (row.expires_at <= now.toISOString() || lastSeen + idleMs <= now.getTime() || Number(row.active) !== 1) {
      await sessions.delete(row.id);
      return undefined;
    }
    if (now.getTime() - lastSeen >= touchEveryMs) await sessions.touch(row.id, now.toISOString());
    return toContext(row);
  }

  /**
   * The signed-in user changes their own password: the current one is checked (and wrong ones count in the login
   * throttle, so a stolen session cannot guess it), the new one must pass the rule; their other sessions and their
   * calendar feed end, this session stays.
   */
  async changeOwnPassword(
    context: SessionContext,
    currentPassword: string,
    newPassword: string,
    address: string,
  ): Promise<void> {
    const { db, clock, hasher, throttle } = this.deps;
    const { municipalityId, userId, email } = context.actor;
    const retryAfter = await throttle.retryAfterSeconds(email, address);
    if (retryAfter > 0) {
      throw new AppError('AUTH_THROTTLED', { retryAfterSeconds: retryAfter }, { 'retry-after': String(retryAfter) });
    }
    const user = await new UserRepository(db.kysely).findInMunicipality(municipalityId, userId);
    if (!user) throw new AppError('AUTH_REQUIRED');
    if (!(await hasher.verify(user.password_hash, currentPassword))) {
      await throttle.recordFailure(email, address, municipalityId);
      throw new AppError('AUTH_CURRENT_PASSWORD_WRONG');
    }
    assertStrongPassword(newPassword, email);
    if (newPassword === currentPassword) throw new AppError('PASSWORD_TOO_WEAK', { reason: 'unchanged' });
    const passwordHash = await hasher.hash(newPassword);
    await db.kysely.transaction().execute(async (trx) => {
      const now = clock.now().toISOString();
      await new UserRepository(trx).update(municipalityId, userId, { password_hash: passwordHash, updated_at: now });
      await new SessionRepository(trx).deleteOthersOfUser(municipalityId, userId, context.sessionId);
      const feedsRevoked = await new CalendarRepository(trx).revokeFeeds(municipalityId, userId, now);
      await auditFor({ db, clock }, { municipalityId, userId, email })(trx, 'user.password.change', 'user', userId, {
        after: { password_changed: true, other_sessions_ended: true, calendar_feeds_revoked: feedsRevoked },
      });
    });
  }

  /** The login blocks of the municipality's users (and of the addresses their failures came from). */
  loginBlocks(actor: Actor): Promise<LoginBlock[]> {
    return this.deps.throttle.blocks(actor.municipalityId);
  }

  /** An administrator clears a block (audited); false when there was none they may clear. */
  async clearLoginBlock(
    actor: SignedInActor,
    block: { kind: 'account' | 'address'; email?: string | null | undefined; address: string },
  ): Promise<boolean> {
    const { db, clock, throttle } = this.deps;
    const cleared = await throttle.clear(actor.municipalityId, block);
    if (cleared) {
      await db.kysely.transaction().execute((trx) =>
        auditFor({ db, clock }, actor)(trx, 'auth.block.clear', 'login_throttle', null, {
          after: { kind: block.kind, email: block.email ?? null, address: block.address },
        }),
      );
    }
    return cleared;
  }

  async logout(context: SessionContext): Promise<void> {
    const { db, clock } = this.deps;
    await db.kysely.transaction().execute(async (trx) => {
      await new SessionRepository(trx).delete(context.sessionId);
      await auditFor(
        { db, clock },
        { municipalityId: context.actor.municipalityId, userId: context.actor.userId, email: context.actor.email },
      )(trx, 'auth.logout', 'user', context.actor.userId);
    });
  }
}

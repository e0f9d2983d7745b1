import type { Me } from '../../../shared/api/auth.schema.js';
import { isRole, type Actor } from '../../../shared/access/roles.js';
import { isLocale } from '../../../shared/i18n/locale.js';
import { AppError } from '../../http/app-error.js';
import { newToken, sha256Hex } from '../../adapters/tokens.js';
import type { ServiceDeps } from '../context.js';
import { recordAudit } from '../audit/audit.service.js';
import { UserRepository } from '../users/user.repository.js';
import type { LoginThrottle } from './login-throttle.js';
import { SessionRepository, type SessionWithUser } from './session.repository.js';

/** The signed-in user as routes see it. */
export interface SessionContext {
  sessionId: string;
  actor: Actor & { email: string };
  csrfToken: string;
  me: Me;
}

type Deps = Pick<ServiceDeps, 'db' | 'clock' | 'hasher'> & { throttle: LoginThrottle; sessionTtlHours: number };


function toContext(row: SessionWithUser): SessionContext | undefined {
  if (!isRole(row.role)) return undefined;
  const locale = isLocale(row.locale) ? row.locale : 'nl';
  return {
    sessionId: row.id,
    csrfToken: row.csrf_token,
    actor: { userId: row.user_id, role: row.role, municipalityId: row.municipality_id, email: row.email },
    me: {
      user: { id: row.user_id, email: row.email, displayName: row.display_name, role: row.role, locale },
      municipality: { id: row.municipality_id, slug: row.municipality_slug, name: row.municipality_name },
      csrfToken: row.csrf_token,
    },
  };
}

export class AuthService {
  // Verified against when the e-mail is unknown, so a wrong address costs as long as a wrong password.
  private dummyHash: Promise<string> | undefined;

  constructor(private readonly deps: Deps) {}

  /** Checks the password (throttled), opens a session and returns its cookie token. */
  async login(email: string, password: string, address: string): Promise<{ token: string; context: SessionContext; expiresAt: Date }> {
    const { db, clock, hasher, throttle } = this.deps;
    const retryAfter = throttle.retryAfterSeconds(email, address);
    if (retryAfter > 0) throw new AppError('AUTH_THROTTLED', { retryAfterSeconds: retryAfter }, { 'retry-after': String(retryAfter) });

    const user = await new UserRepository(db.kysely).findByEmailForLogin(email);
    this.dummyHash ??= hasher.hash(newToken());
    const ok = await hasher.verify(user?.password_hash ?? (await this.dummyHash), password);
    if (!user || !ok || Number(user.active) !== 1) {
      throttle.recordFailure(email, address);
      throw new AppError('AUTH_INVALID_CREDENTIALS');
    }
    throttle.recordSuccess(email);

    const token = newToken();
    const now = clock.now();
    const expiresAt = new Date(now.getTime() + this.deps.sessionTtlHours * 3_600_000);
    const sessionId = sha256Hex(token);
    await db.kysely.transaction().execute(async (trx) => {
      await new SessionRepository(trx).insert({
        id: sessionId, municipality_id: user.municipality_id, user_id: user.id, csrf_token: newToken(),
        created_at: now.toISOString(), expires_at: expiresAt.toISOString(), last_seen_at: now.toISOString(),
      });
      await new UserRepository(trx).update(user.municipality_id, user.id, { last_login_at: now.toISOString() });
      await recordAudit(trx, db.dialect, clock, { municipalityId: user.municipality_id, actor: { userId: user.id, email: user.email }, action: 'auth.login', entity: 'user', entityId: user.id });
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
    const now = clock.now().toISOString();
    if (row.expires_at <= now || Number(row.active) !== 1) {
      await sessions.delete(row.id);
      return undefined;
    }
    return toContext(row);
  }

  async logout(context: SessionContext): Promise<void> {
    const { db, clock } = this.deps;
    await db.kysely.transaction().execute(async (trx) => {
      await new SessionRepository(trx).delete(context.sessionId);
      await recordAudit(trx, db.dialect, clock, { municipalityId: context.actor.municipalityId, actor: { userId: context.actor.userId, email: context.actor.email }, action: 'auth.logout', entity: 'user', entityId: context.actor.userId });
    });
  }
}

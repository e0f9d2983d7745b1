import { type Actor, isRole, type Role, roleMay, type SignedInActor } from '../../../shared/access/roles.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import type { UpdateUserBody, User } from '../../../shared/api/users.schema.js';
import { AppError } from '../../http/app-error.js';
import { newId } from '../../adapters/tokens.js';
import { isUniqueViolation } from '../../db/db-errors.js';
import type { ServiceDeps } from '../context.js';
import { auditFor, type AuditActor, processAudit } from '../audit/audit.service.js';
import { SessionRepository } from '../auth/session.repository.js';
import { assertStrongPassword } from '../auth/password-policy.js';
import { CalendarRepository } from '../calendar/calendar.repository.js';
import { MunicipalityRepository } from '../municipalities/municipality.repository.js';
import { auditedUser, presentUser } from './user.presenter.js';
import { UserRepository, type UserRow } from './user.repository.js';

interface NewUser {
  email: string;
  displayName: string;
  role: Role;
  locale: Locale;
  password: string;
}

type Deps = Pick<ServiceDeps, 'db' | 'clock' | 'hasher'> & {
  /** Told when a create used an e-mail of another municipality's user (answered as a success, nothing stored). */
  onForeignEmail?: (attempt: { municipalityId: string; existingMunicipalityId: string }) => void;
};

const slugPattern = /^[a-z0-9][a-z0-9-]{1,62}$/;

/** User management inside one municipality, every write audited in its own transaction. */
export class UserService {
  constructor(private readonly deps: Deps) {}

  async list(actor: Actor): Promise<User[]> {
    const rows = await new UserRepository(this.deps.db.kysely).listInMunicipality(actor.municipalityId);
    return rows.map(presentUser);
  }

  async get(actor: Actor, id: string): Promise<User> {
    const row = await new UserRepository(this.deps.db.kysely).findInMunicipality(actor.municipalityId, id);
    if (!row) throw new AppError('NOT_FOUND');
    return presentUser(row);
  }

  async create(actor: SignedInActor, input: NewUser): Promise<User> {
    return this.insertUser(actor.municipalityId, { userId: actor.userId, email: actor.email }, input);
  }

  /** The CLI's `user create`: creates the municipality first when it does not exist. */
  async createWithMunicipality(
    slug: string,
    input: NewUser,
    municipalityName?: string,
  ): Promise<{ user: User; municipalityId: string; municipalityCreated: boolean }> {
    if (!slugPattern.test(slug)) {
      throw new AppError('VALIDATION_FAILED', {
        issues: [{ path: 'municipality', message: 'slug: lowercase letters, digits and dashes' }],
      });
    }
    const { municipalityId, created } = await this.ensureMunicipality(slug, municipalityName);
    // The operator at the command line serves the whole installation: an address taken anywhere is said so.
    const user = await this.insertUser(municipalityId, { userId: null, email: 'system' }, input, true);
    return { user, municipalityId, municipalityCreated: created };
  }

  async ensureMunicipality(slug: string, name?: string): Promise<{ municipalityId: string; created: boolean }> {
    const { db, clock } = this.deps;
    const existing = await new MunicipalityRepository(db.kysely).findBySlug(slug);
    if (existing) return { municipalityId: existing.id, created: false };
    const id = newId();
    const row = {
      id,
      municipality_id: id,
      slug,
      name: name ?? slug.charAt(0).toUpperCase() + slug.slice(1),
      created_at: clock.now().toISOString(),
    };
    const audit = processAudit(this.deps, id, 'system');
    await db.kysely.transaction().execute(async (trx) => {
      await new MunicipalityRepository(trx).insert(row);
      await audit(trx, 'municipality.create', 'municipality', id, { after: row });
    });
    return { municipalityId: id, created: true };
  }

  async update(actor: SignedInActor, id: string, changes: UpdateUserBody): Promise<User> {
    const { db, clock, hasher } = this.deps;
    if (changes.password) {
      const target = await new UserRepository(db.kysely).findInMunicipality(actor.municipalityId, id);
      if (!target) throw new AppError('NOT_FOUND');
      assertStrongPassword(changes.password, target.email);
    }
    const passwordHash = changes.password ? await hasher.hash(changes.password) : undefined;
    const updated = await db.kysely.transaction().execute(async (trx) => {
      const users = new UserRepository(trx);
      const before = await users.findInMunicipality(actor.municipalityId, id);
      if (!before) throw new AppError('NOT_FOUND');
      // The last active user who may manage users keeps that right: losing it by a new role or by deactivation is
      // refused.
      const managesUsers = isRole(before.role) && roleMay(before.role, 'user.manage');
      const losesAdmin =
        managesUsers &&
        Number(before.active) === 1 &&
        ((changes.role && !roleMay(changes.role, 'user.manage')) || changes.active === false);
      if (losesAdmin && (await users.countActiveAdmins(actor.municipalityId)) <= 1) {
        throw new AppError('USER_LAST_ADMIN');
      }
      const after: UserRow = {
        ...before,
        display_name: changes.displayName ?? before.display_name,
        role: changes.role ?? before.role,
        locale: changes.locale ?? before.locale,
        active: changes.active === undefined ? Number(before.active) : changes.active ? 1 : 0,
        password_hash: passwordHash ?? before.password_hash,
        updated_at: clock.now().toISOString(),
      };
      await users.update(actor.municipalityId, id, after);
      // A changed password, role or deactivation ends the user's other sessions.
      if (passwordHash || after.active === 0 || after.role !== before.role) {
        await new SessionRepository(trx).deleteForUser(actor.municipalityId, id);
      }
      // A new password also ends the user's secret calendar feed (its URL may have leaked with the old password).
      const feedsRevoked = passwordHash
        ? await new CalendarRepository(trx).revokeFeeds(actor.municipalityId, id, clock.now().toISOString())
        : 0;
      await auditFor({ db, clock }, actor)(trx, 'user.update', 'user', id, {
        before: auditedUser(before),
        after: {
          ...auditedUser(after),
          ...(passwordHash ? { password_changed: true, calendar_feeds_revoked: feedsRevoked } : {}),
        },
      });
      return after;
    });
    return presentUser(updated);
  }

  /** A user's own language choice; audited like every write. */
  async setOwnLocale(actor: SignedInActor, locale: Locale): Promise<void> {
    const { db, clock } = this.deps;
    await db.kysely.transaction().execute(async (trx) => {
      const users = new UserRepository(trx);
      const before = await users.findInMunicipality(actor.municipalityId, actor.userId);
      if (!before) throw new AppError('NOT_FOUND');
      await users.update(actor.municipalityId, actor.userId, { locale, updated_at: clock.now().toISOString() });
      await auditFor({ db, clock }, actor)(trx, 'user.locale', 'user', actor.userId, {
        before: { locale: before.locale },
        after: { locale },
      });
    });
  }

  /**
   * Creates a user. E-mail addresses are unique in the whole installation (they are the login), so an address that
   * belongs to a user of ANOTHER municipality cannot be used here — but saying so would tell this municipality's
   * administrator that the address has an account elsewhere (an existence oracle across tenants). Such a request is
   * therefore answered exactly like a successful one (201, the same body, the same password hashing cost) and
   * nothing is stored; the attempt is logged by the caller's logger only. The administrator sees the user missing
   * from the list afterwards: that is the residual signal, the same one a typo gives, and closing it needs e-mail
   * uniqueness per municipality (the login would then have to choose the municipality). A duplicate within the same
   * municipality stays a 409 USER_EMAIL_TAKEN: the administrator sees that user in the list anyway.
   */
  private async insertUser(
    municipalityId: string,
    auditActor: AuditActor,
    input: NewUser,
    installationWide = false,
  ): Promise<User> {
    const { db, clock, hasher } = this.deps;
    const email = input.email.trim().toLowerCase();
    assertStrongPassword(input.password, email);
    const existing = await new UserRepository(db.kysely).findByEmailForLogin(email);
    if (existing && (installationWide || existing.municipality_id === municipalityId)) {
      throw new AppError('USER_EMAIL_TAKEN');
    }
    const now = clock.now().toISOString();
    const row: UserRow = {
      id: newId(),
      municipality_id: municipalityId,
      email,
      display_name: input.displayName,
      role: input.role,
      locale: input.locale,
      password_hash: await hasher.hash(input.password),
      active: 1,
      created_at: now,
      updated_at: now,
      last_login_at: null,
    };
    if (existing) {
      this.deps.onForeignEmail?.({ municipalityId, existingMunicipalityId: existing.municipality_id });
      return presentUser(row);
    }
    try {
      await db.kysely.transaction().execute(async (trx) => {
        await new UserRepository(trx).insert(row);
        const audit = auditFor({ db, clock }, { municipalityId, ...auditActor });
        await audit(trx, 'user.create', 'user', row.id, { after: auditedUser(row) });
      });
    } catch (error) {
      // Two requests raced past the check above: the unique index decides, and the answer follows the same rule.
      if (!isUniqueViolation(error)) throw error;
      const winner = await new UserRepository(db.kysely).findByEmailForLogin(email);
      if (!winner || installationWide || winner.municipality_id === municipalityId) {
        throw new AppError('USER_EMAIL_TAKEN');
      }
      this.deps.onForeignEmail?.({ municipalityId, existingMunicipalityId: winner.municipality_id });
    }
    return presentUser(row);
  }
}

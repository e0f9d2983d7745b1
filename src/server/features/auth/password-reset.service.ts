import { type Locale, isLocale } from '../../../shared/i18n/locale.js';
import { newId, newToken, sha256Hex } from '../../adapters/tokens.js';
import { AppError } from '../../http/app-error.js';
import type { ServiceDeps } from '../context.js';
import { auditFor } from '../audit/audit.service.js';
import { CalendarRepository } from '../calendar/calendar.repository.js';
import { enqueueMail, type MailOutbox } from '../mail/mail-outbox.js';
import { MunicipalityRepository } from '../municipalities/municipality.repository.js';
import { UserRepository } from '../users/user.repository.js';
import { assertStrongPassword } from './password-policy.js';
import type { PasswordResetLimiter } from './password-reset-limiter.js';
import { PasswordResetRepository } from './password-reset.repository.js';
import { SessionRepository } from './session.repository.js';

/** How long a reset link works. */
export const resetLinkMinutes = 30;

type Deps = Pick<ServiceDeps, 'db' | 'clock' | 'hasher'> & {
  outbox: MailOutbox;
  limiter: PasswordResetLimiter;
  /** The web app's address, for the link in the mail. */
  publicUrl: string;
};

const mailTexts: Record<
  Locale,
  { subject: string; body: (name: string, municipality: string, link: string) => string }
> = {
  nl: {
    subject: 'svpp: uw wachtwoord opnieuw instellen',
    body: (name, municipality, link) =>
      `Beste ${name},\n\nIemand (hopelijk u) vroeg een nieuw wachtwoord aan voor uw svpp-account bij ${municipality}.\n` +
      `Kies een nieuw wachtwoord via deze link. Hij werkt één keer en ${resetLinkMinutes} minuten lang:\n\n${link}\n\n` +
      'Vroeg u niets aan? Dan kunt u deze e-mail negeren: uw wachtwoord blijft hetzelfde.\n',
  },
  fr: {
    subject: 'svpp : réinitialiser votre mot de passe',
    body: (name, municipality, link) =>
      `Bonjour ${name},\n\nQuelqu’un (vous, espérons-le) a demandé un nouveau mot de passe pour votre compte svpp auprès de ${municipality}.\n` +
      `Choisissez un nouveau mot de passe par ce lien. Il fonctionne une seule fois, pendant ${resetLinkMinutes} minutes :\n\n${link}\n\n` +
      'Vous n’avez rien demandé ? Ignorez cet e-mail : votre mot de passe ne change pas.\n',
  },
  en: {
    subject: 'svpp: reset your password',
    body: (name, municipality, link) =>
      `Dear ${name},\n\nSomeone (hopefully you) asked for a new password for your svpp account at ${municipality}.\n` +
      `Choose a new password with this link. It works once, for ${resetLinkMinutes} minutes:\n\n${link}\n\n` +
      'Did you not ask for this? Then ignore this e-mail: your password stays the same.\n',
  },
};

const throttled = (seconds: number) =>
  new AppError('AUTH_THROTTLED', { retryAfterSeconds: seconds }, { 'retry-after': String(seconds) });

/**
 * "Wachtwoord vergeten?": a link with a random token is mailed (through the outbox) to an active user; only the
 * token's sha256 is stored, tied to the user's municipality, valid once and for 30 minutes. The answer to a request
 * never tells whether the e-mail exists. Following the link sets a new password (the password rule applies), ends
 * every session and the calendar feed of the user, and is audited.
 */
export class PasswordResetService {
  constructor(private readonly deps: Deps) {}

  /** Always resolves the same way for a known and an unknown e-mail; throws AUTH_THROTTLED per client address. */
  async request(email: string, address: string): Promise<void> {
    const { db, clock, limiter, outbox, publicUrl } = this.deps;
    const wait = await limiter.tryRequest(address);
    if (wait > 0) throw throttled(wait);
    // Counted for unknown e-mails too, so the limit itself tells nothing.
    if ((await limiter.tryMail(email)) > 0) return;
    const user = await new UserRepository(db.kysely).findByEmailForLogin(email);
    if (!user || Number(user.active) !== 1) return;

    const token = newToken();
    const now = clock.now();
    const locale: Locale = isLocale(user.locale) ? user.locale : 'nl';
    const link = `${publicUrl}/password-reset#token=${token}`;
    await db.kysely.transaction().execute(async (trx) => {
      const repository = new PasswordResetRepository(trx);
      await repository.deleteExpiredBefore(new Date(now.getTime() - 24 * 3_600_000).toISOString());
      const id = newId();
      await repository.insert({
        id,
        municipality_id: user.municipality_id,
        user_id: user.id,
        token_hash: sha256Hex(token),
        created_at: now.toISOString(),
        expires_at: new Date(now.getTime() + resetLinkMinutes * 60_000).toISOString(),
        used_at: null,
      });
      const municipality = await new MunicipalityRepository(trx).findById(user.municipality_id);
      const texts = mailTexts[locale];
      await enqueueMail(trx, clock, {
        municipalityId: user.municipality_id,
        kind: 'auth.password_reset',
        entityId: user.id,
        to: user.email,
        subject: texts.subject,
        text: texts.body(user.display_name, municipality?.name ?? '', link),
      });
      const audit = auditFor({ db, clock }, { municipalityId: user.municipality_id, userId: null, email: null });
      await audit(trx, 'user.password.reset_requested', 'user', user.id, {
        after: { link_valid_minutes: resetLinkMinutes },
      });
    });
    outbox.dispatchSoon();
  }

  /** Sets the new password of the link's user; AUTH_RESET_TOKEN_INVALID when the link is unknown, used or expired. */
  async confirm(token: string, password: string, address: string): Promise<void> {
    const { db, clock, hasher, limiter } = this.deps;
    const wait = await limiter.tryConfirm(address);
    if (wait > 0) throw throttled(wait);
    const tokenHash = sha256Hex(token);
    const peek = await new PasswordResetRepository(db.kysely).findForUpdate(tokenHash);
    const now = clock.now().toISOString();
    if (!peek || peek.used_at !== null || peek.expires_at <= now) throw new AppError('AUTH_RESET_TOKEN_INVALID');
    const user = await new UserRepository(db.kysely).findInMunicipality(peek.municipality_id, peek.user_id);
    if (!user || Number(user.active) !== 1) throw new AppError('AUTH_RESET_TOKEN_INVALID');
    assertStrongPassword(password, user.email);
    const passwordHash = await hasher.hash(password);

    await db.kysely.transaction().execute(async (trx) => {
      const resets = new PasswordResetRepository(trx);
      // Checked again under the row lock: two tabs submitting the same link set the password once.
      const row = await resets.findForUpdate(tokenHash);
      const at = clock.now().toISOString();
      if (!row || row.used_at !== null || row.expires_at <= at) throw new AppError('AUTH_RESET_TOKEN_INVALID');
      const { municipality_id: municipalityId, user_id: userId } = row;
      await resets.useAllOfUser(municipalityId, userId, at);
      await new UserRepository(trx).update(municipalityId, userId, { password_hash: passwordHash, updated_at: at });
      await new SessionRepository(trx).deleteForUser(municipalityId, userId);
      const feedsRevoked = await new CalendarRepository(trx).revokeFeeds(municipalityId, userId, at);
      const audit = auditFor({ db, clock }, { municipalityId, userId, email: user.email });
      await audit(trx, 'user.password.reset', 'user', userId, {
        after: { password_changed: true, sessions_ended: true, calendar_feeds_revoked: feedsRevoked },
      });
    });
  }
}

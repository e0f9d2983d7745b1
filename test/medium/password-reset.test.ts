import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/server/adapters/tokens.js';
import { createTestApp, type TestApp, testPassword } from '../support/test-app.js';
import { dialects } from '../support/test-databases.js';

const newPassword = 'paarse olifant danst traag';

describe.each(dialects)('password reset by e-mail on %s', (dialect) => {
  let t: TestApp;
  let address = 0;
  // Every test asks from its own address, unless it tests the limit per address.
  const nextAddress = () => `10.1.0.${(address += 1)}`;

  beforeEach(async () => {
    t = await createTestApp(dialect);
    await t.seedMunicipality('alpha');
    await t.seedMunicipality('beta');
  });
  afterEach(() => t.close());

  const ask = (email: string, remoteAddress = nextAddress()) =>
    t.app.inject({ method: 'POST', url: '/api/auth/password-reset', remoteAddress, payload: { email } });
  const confirm = (token: string, password = newPassword, remoteAddress = nextAddress()) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      remoteAddress,
      headers: { 'accept-language': 'fr-BE' },
      payload: { token, password },
    });
  const resetMails = () =>
    t.database.db.kysely
      .selectFrom('mail_outbox')
      .selectAll()
      .where('kind', '=', 'auth.password_reset')
      .orderBy('created_at')
      .execute();
  const tokenOf = (text: string): string => {
    const match = /\/password-reset#token=([A-Za-z0-9_-]+)/.exec(text);
    if (!match?.[1]) throw new Error(`no link in ${text}`);
    return match[1];
  };
  const logIn = (email: string, password: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: nextAddress(),
      payload: { email, password },
    });

  it('answers an unknown e-mail exactly like a known one, and mails only the known one, in their language', async () => {
    await t.users.createWithMunicipality('alpha', {
      email: 'amelie@alpha.test',
      displayName: 'Amélie',
      role: 'staff',
      locale: 'fr',
      password: testPassword,
    });
    const known = await ask('Amelie@Alpha.test ');
    const unknown = await ask('ghost@alpha.test');
    expect(known.statusCode).toBe(200);
    expect(unknown.statusCode).toBe(known.statusCode);
    expect(unknown.body).toBe(known.body);
    expect(unknown.json()).toEqual({ ok: true });

    const mails = await resetMails();
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({
      recipient: 'amelie@alpha.test',
      subject: 'svpp : réinitialiser votre mot de passe',
    });
    expect(mails[0]?.body_text).toContain('Bonjour Amélie');
    expect(mails[0]?.body_text).toContain('30 minutes');
  });

  it('stores only the hash of the token, tied to the municipality, and the token works once', async () => {
    const municipalityId = await t.database.db.kysely
      .selectFrom('municipality')
      .select('id')
      .where('slug', '=', 'beta')
      .executeTakeFirstOrThrow();
    await ask('staff@beta.test');
    const [mail] = await resetMails();
    const token = tokenOf(mail?.body_text ?? '');
    expect(mail?.body_text).toContain('Beste staff beta');

    const rows = await t.database.db.kysely.selectFrom('password_reset').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.token_hash).toBe(sha256Hex(token));
    expect(rows[0]?.municipality_id).toBe(municipalityId.id);
    expect(JSON.stringify(rows)).not.toContain(token);

    // The password rule applies (and a refused password does not use the link up).
    const weak = await confirm(token, 'staff@beta.test-1');
    expect(weak.statusCode).toBe(422);
    expect(weak.json<{ error: { code: string } }>().error.code).toBe('PASSWORD_TOO_WEAK');

    expect((await confirm(token)).statusCode).toBe(200);
    expect((await logIn('staff@beta.test', newPassword)).statusCode).toBe(200);
    expect((await logIn('staff@beta.test', testPassword)).statusCode).toBe(401);

    const again = await confirm(token, 'een heel ander wachtwoord 7');
    expect(again.statusCode).toBe(400);
    expect(again.json()).toEqual({
      error: {
        code: 'AUTH_RESET_TOKEN_INVALID',
        message: 'Ce lien de réinitialisation du mot de passe a expiré ou a déjà servi. Demandez-en un nouveau.',
      },
    });
    expect((await confirm('x'.repeat(43))).json<{ error: { code: string } }>().error.code).toBe(
      'AUTH_RESET_TOKEN_INVALID',
    );

    const audit = await t.database.db.kysely
      .selectFrom('audit_log')
      .select(['action', 'entity_id'])
      .where('action', 'like', 'user.password.reset%')
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['user.password.reset_requested', 'user.password.reset']);
  });

  it('lets exactly one of eight simultaneous confirmations use a link', async () => {
    await ask('staff@alpha.test');
    const token = tokenOf((await resetMails())[0]?.body_text ?? '');
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => confirm(token, `gelijktijdig nieuw wachtwoord ${i} lang genoeg`)),
    );
    const codes = answers.map((a) => a.statusCode).sort();
    expect(codes).toEqual([200, 400, 400, 400, 400, 400, 400, 400]);
    const winner = answers.findIndex((a) => a.statusCode === 200);
    expect((await logIn('staff@alpha.test', `gelijktijdig nieuw wachtwoord ${winner} lang genoeg`)).statusCode).toBe(
      200,
    );
    const audit = await t.database.db.kysely
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'user.password.reset')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('refuses an expired token with a stable code', async () => {
    await ask('staff@alpha.test');
    const token = tokenOf((await resetMails())[0]?.body_text ?? '');
    t.clock.advance(30 * 60_000 + 1);
    const late = await confirm(token);
    expect(late.statusCode).toBe(400);
    expect(late.json<{ error: { code: string } }>().error.code).toBe('AUTH_RESET_TOKEN_INVALID');
    expect((await logIn('staff@alpha.test', testPassword)).statusCode).toBe(200);
  });

  it('ends the sessions and the calendar feed of the user, and no other user’s', async () => {
    const staff = await t.login('staff@alpha.test');
    const admin = await t.login('admin@alpha.test');
    const feed = await staff.request({ method: 'POST', url: '/api/calendar/feed' });
    expect(feed.statusCode).toBe(200);
    await ask('staff@alpha.test');
    const token = tokenOf((await resetMails())[0]?.body_text ?? '');

    expect((await confirm(token)).statusCode).toBe(200);
    expect((await staff.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    expect((await admin.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
    const path = feed.json<{ path: string }>().path;
    expect((await t.app.inject({ method: 'GET', url: path })).statusCode).not.toBe(200);
  });

  it('limits requests per address (429 like the login) and mails per e-mail (same answer, no more mail)', async () => {
    const from = '10.9.9.9';
    for (let i = 0; i < 5; i++) expect((await ask(`nobody${i}@alpha.test`, from)).statusCode).toBe(200);
    const limited = await ask('staff@alpha.test', from);
    expect(limited.statusCode).toBe(429);
    expect(limited.json<{ error: { code: string } }>().error.code).toBe('AUTH_THROTTLED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(await resetMails()).toHaveLength(0);

    // Three mails an hour to one address, whoever asks; the fourth request gets the same answer and no mail.
    for (let i = 0; i < 4; i++) expect((await ask('coordinator@alpha.test')).json()).toEqual({ ok: true });
    expect(await resetMails()).toHaveLength(3);
    t.clock.advance(60 * 60_000 + 1);
    expect((await ask('coordinator@alpha.test')).statusCode).toBe(200);
    expect(await resetMails()).toHaveLength(4);
    expect((await ask('staff@alpha.test', from)).statusCode).toBe(200);

    // Guessing tokens is limited per address too.
    for (let i = 0; i < 10; i++) {
      expect((await confirm(`guess-${i}`.padEnd(43, 'x'), newPassword, from)).statusCode).toBe(400);
    }
    expect((await confirm('guess-last'.padEnd(43, 'x'), newPassword, from)).statusCode).toBe(429);
  });
});

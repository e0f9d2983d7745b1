import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config.js';
import { memoryFileStore } from '../../src/server/adapters/file-store.js';
import { createTestApp, type TestApp, testHasher, testPassword } from '../support/test-app.js';
import { dialects } from '../support/test-databases.js';

describe.each(dialects)('accounts and access on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect, { throttleLimits: { perEmail: 3, perAddress: 50, windowMs: 60_000 } });
    await t.seedMunicipality('alpha');
  });
  afterEach(() => t.close());

  it('logs in with an httpOnly SameSite cookie, answers me, and logs out', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'Admin@Alpha.test ', password: testPassword },
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'svpp_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Strict');
    const agent = await t.login('admin@alpha.test');
    const me = await agent.request({ method: 'GET', url: '/api/auth/me' });
    expect(me.json()).toMatchObject({
      user: { email: 'admin@alpha.test', role: 'admin' },
      municipality: { slug: 'alpha' },
    });
    expect((await agent.request({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(200);
    expect((await agent.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
  });

  it('answers 401 with a localized message for wrong credentials and an unknown user alike', async () => {
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'accept-language': 'fr-BE,fr;q=0.9' },
      payload: { email: 'admin@alpha.test', password: 'nope-nope-nope' },
    });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'ghost@alpha.test', password: 'nope-nope-nope' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toEqual({
      error: { code: 'AUTH_INVALID_CREDENTIALS', message: 'Adresse e-mail ou mot de passe incorrect.' },
    });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json<{ error: { message: string } }>().error.message).toBe('E-mailadres of wachtwoord is onjuist.');
  });

  it('backs off one e-mail from one address progressively, while the right password from another address still works', async () => {
    const attempt = (password: string, remoteAddress = '10.0.0.1') =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress,
        payload: { email: 'staff@alpha.test', password },
      });
    // perEmail 3: three failures cost nothing, the fourth one makes the next try wait 1 s, the fifth 2 s …
    for (let i = 0; i < 4; i++) expect((await attempt('wrong-password-x')).statusCode).toBe(401);
    const throttled = await attempt('wrong-password-x');
    expect(throttled.statusCode).toBe(429);
    expect(throttled.json<{ error: { code: string } }>().error.code).toBe('AUTH_THROTTLED');
    expect(throttled.headers['retry-after']).toBe('1');
    // The attacker's address waits, even with the right password; the user at another address is not locked out.
    expect((await attempt(testPassword)).statusCode).toBe(429);
    expect((await attempt(testPassword, '10.0.0.2')).statusCode).toBe(200);
    t.clock.advance(1_001);
    expect((await attempt('wrong-password-x')).statusCode).toBe(401);
    expect((await attempt('wrong-password-x')).headers['retry-after']).toBe('2');
    t.clock.advance(2_001);
    expect((await attempt('wrong-password-x')).statusCode).toBe(401);
    expect((await attempt('wrong-password-x')).headers['retry-after']).toBe('4');
    // The counters live in the database (every process sees them).
    const row = await t.database.db.kysely
      .selectFrom('login_throttle')
      .selectAll()
      .where('key', '=', 'account:staff@alpha.test|10.0.0.1')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ failures: 6, kind: 'account' });
    // Once the back-off has passed, the right password from that address works and forgets the streak.
    t.clock.advance(4_001);
    expect((await attempt(testPassword)).statusCode).toBe(200);
    expect(
      await t.database.db.kysely.selectFrom('login_throttle').select('key').where('kind', '=', 'account').execute(),
    ).toEqual([]);
  });

  it('gives an unknown e-mail the same back-off as a known one (no existence oracle)', async () => {
    const attempt = (email: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '10.0.0.9',
        payload: { email, password: 'wrong-password-x' },
      });
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 6; i++) {
      known.push((await attempt('viewer@alpha.test')).statusCode);
      unknown.push((await attempt('ghost@alpha.test')).statusCode);
    }
    expect(unknown).toEqual(known);
  });

  it('lets an administrator see and clear the blocks of the municipality’s users, and no one else’s', async () => {
    await t.seedMunicipality('beta');
    for (let i = 0; i < 5; i++) {
      await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '10.1.1.1',
        payload: { email: 'staff@alpha.test', password: 'wrong-password-x' },
      });
    }
    for (let i = 0; i < 5; i++) {
      await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '10.2.2.2',
        payload: { email: 'staff@beta.test', password: 'wrong-password-x' },
      });
    }
    const admin = await t.login('admin@alpha.test');
    const list = (await admin.request({ method: 'GET', url: '/api/login-blocks' })).json<{
      blocks: { kind: string; email: string | null; address: string; failures: number }[];
    }>();
    expect(list.blocks).toEqual([
      expect.objectContaining({ kind: 'account', email: 'staff@alpha.test', address: '10.1.1.1', failures: 4 }),
    ]); // the fifth try was refused before its password was checked
    expect(
      (
        await admin.request({
          method: 'POST',
          url: '/api/login-blocks/clear',
          payload: { kind: 'account', email: 'staff@beta.test', address: '10.2.2.2' },
        })
      ).json(),
    ).toEqual({ cleared: false });
    expect(
      (
        await admin.request({
          method: 'POST',
          url: '/api/login-blocks/clear',
          payload: { kind: 'account', email: 'staff@alpha.test', address: '10.1.1.1' },
        })
      ).json(),
    ).toEqual({ cleared: true });
    expect((await admin.request({ method: 'GET', url: '/api/login-blocks' })).json()).toEqual({ blocks: [] });
    const right = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '10.1.1.1',
      payload: { email: 'staff@alpha.test', password: testPassword },
    });
    expect(right.statusCode).toBe(200);
    expect(
      (await admin.request({ method: 'GET', url: '/api/audit?limit=3' }))
        .json<{ entries: { action: string }[] }>()
        .entries.map((e) => e.action),
    ).toContain('auth.block.clear');
    expect(
      (await (await t.login('coordinator@alpha.test')).request({ method: 'GET', url: '/api/login-blocks' })).statusCode,
    ).toBe(403);
  });

  it('refuses state-changing requests without the session’s CSRF token', async () => {
    const agent = await t.login('admin@alpha.test');
    const body = { email: 'new@alpha.test', displayName: 'New', role: 'staff', password: 'a-long-password-1' };
    const missing = await agent.request({
      method: 'POST',
      url: '/api/users',
      payload: body,
      headers: { 'x-csrf-token': '' },
    });
    expect(missing.statusCode).toBe(403);
    expect(missing.json<{ error: { code: string } }>().error.code).toBe('CSRF_INVALID');
    const forged = await agent.request({
      method: 'POST',
      url: '/api/users',
      payload: body,
      headers: { 'x-csrf-token': 'x'.repeat(43) },
    });
    expect(forged.statusCode).toBe(403);
    expect((await agent.request({ method: 'POST', url: '/api/users', payload: body })).statusCode).toBe(201);
  });

  it('lets the policy decide role × action: only admins manage users, coordinators read, others neither', async () => {
    const body = { email: 'x@alpha.test', displayName: 'X', role: 'viewer', password: 'a-long-password-1' };
    for (const role of ['coordinator', 'staff', 'guard', 'viewer']) {
      const agent = await t.login(`${role}@alpha.test`);
      expect((await agent.request({ method: 'POST', url: '/api/users', payload: body })).statusCode).toBe(403);
      expect((await agent.request({ method: 'GET', url: '/api/audit' })).statusCode).toBe(403);
      expect((await agent.request({ method: 'GET', url: '/api/users' })).statusCode).toBe(
        role === 'coordinator' ? 200 : 403,
      );
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/users' })).statusCode).toBe(401);
  });

  it('manages users: create, duplicate e-mail, change role, deactivate ends sessions, last admin protected', async () => {
    const admin = await t.login('admin@alpha.test');
    const created = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: {
        email: 'Evaluator@alpha.test',
        displayName: 'Eva',
        role: 'coordinator',
        locale: 'fr',
        password: 'a-long-password-1',
      },
    });
    expect(created.statusCode).toBe(201);
    const user = created.json<{ id: string; email: string; locale: string }>();
    expect(user).toMatchObject({ email: 'evaluator@alpha.test', locale: 'fr' });
    const duplicate = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: { email: 'evaluator@alpha.test', displayName: 'Eva 2', role: 'staff', password: 'a-long-password-1' },
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json<{ error: { code: string } }>().error.code).toBe('USER_EMAIL_TAKEN');

    const eva = await t.login('evaluator@alpha.test', 'a-long-password-1');
    expect(
      (await admin.request({ method: 'PATCH', url: `/api/users/${user.id}`, payload: { active: false } })).json(),
    ).toMatchObject({ active: false });
    expect((await eva.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    await expect(t.login('evaluator@alpha.test', 'a-long-password-1')).rejects.toThrow(/401/);

    const self = admin.me.user.id;
    const demote = await admin.request({ method: 'PATCH', url: `/api/users/${self}`, payload: { role: 'staff' } });
    expect(demote.statusCode).toBe(409);
    expect(demote.json<{ error: { code: string } }>().error.code).toBe('USER_LAST_ADMIN');
  });

  it('expires sessions after their lifetime', async () => {
    const agent = await t.login('viewer@alpha.test');
    t.clock.advance(13 * 3_600_000);
    expect((await agent.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
  });

  it('audits every write with who, when, what, before and after — never the password hash', async () => {
    const admin = await t.login('admin@alpha.test');
    const created = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: { email: 'audited@alpha.test', displayName: 'Before', role: 'staff', password: 'a-long-password-1' },
    });
    const id = created.json<{ id: string }>().id;
    await admin.request({
      method: 'PATCH',
      url: `/api/users/${id}`,
      payload: { displayName: 'After', password: 'another-password-2' },
    });
    const log = (await admin.request({ method: 'GET', url: '/api/audit?limit=5' })).json<{
      entries: {
        action: string;
        actorEmail: string;
        before: Record<string, unknown> | null;
        after: Record<string, unknown> | null;
        at: string;
      }[];
    }>();
    const update = log.entries[0];
    expect(update).toMatchObject({
      action: 'user.update',
      actorEmail: 'admin@alpha.test',
      before: { display_name: 'Before' },
      after: { display_name: 'After', password_changed: true },
    });
    expect(update?.at).toBe(t.clock.now().toISOString());
    expect(JSON.stringify(log)).not.toContain('argon2');
  });

  it('ends a session after 30 idle minutes as well as after its absolute lifetime', async () => {
    const idle = await createTestApp(dialect, { sessionIdleMinutes: 30 });
    try {
      await idle.seedMunicipality('gamma');
      const agent = await idle.login('staff@gamma.test');
      for (let i = 0; i < 4; i++) {
        idle.clock.advance(29 * 60_000); // used every 29 minutes: stays open
        expect((await agent.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
      }
      idle.clock.advance(30 * 60_000);
      expect((await agent.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    } finally {
      await idle.close();
    }
  });

  it('refuses common, repeated and sequential passwords with 422 PASSWORD_TOO_WEAK', async () => {
    const admin = await t.login('admin@alpha.test');
    for (const password of ['aaaaaaaaaaaa', '123456789012', 'Password1234!', 'qwertyuiop12', 'newcomer-2020!']) {
      const response = await admin.request({
        method: 'POST',
        url: '/api/users',
        payload: { email: 'newcomer@alpha.test', displayName: 'N', role: 'staff', password },
      });
      expect(response.statusCode, password).toBe(422);
      expect(response.json<{ error: { code: string } }>().error.code).toBe('PASSWORD_TOO_WEAK');
    }
    const staff = (await admin.request({ method: 'GET', url: '/api/users' }))
      .json<{ users: { id: string; email: string }[] }>()
      .users.find((u) => u.email === 'staff@alpha.test');
    expect(
      (await admin.request({ method: 'PATCH', url: `/api/users/${staff?.id}`, payload: { password: 'iloveyou1234' } }))
        .statusCode,
    ).toBe(422);
  });

  it('lets users change their own password: current one asked, other sessions and the calendar feed end', async () => {
    const here = await t.login('coordinator@alpha.test');
    const elsewhere = await t.login('coordinator@alpha.test');
    const feed = (await here.request({ method: 'POST', url: '/api/calendar/feed' })).json<{ path: string }>();
    expect((await t.app.inject({ method: 'GET', url: feed.path })).statusCode).toBe(200);
    const change = (currentPassword: string, newPassword: string) =>
      here.request({ method: 'PUT', url: '/api/auth/me/password', payload: { currentPassword, newPassword } });
    const wrong = await change('not-my-password', 'a-brand-new-secret-7');
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json<{ error: { code: string } }>().error.code).toBe('AUTH_CURRENT_PASSWORD_WRONG');
    expect((await change(testPassword, 'abcdefghijkl')).json<{ error: { code: string } }>().error.code).toBe(
      'PASSWORD_TOO_WEAK',
    );
    expect((await change(testPassword, 'a-brand-new-secret-7')).statusCode).toBe(200);
    expect((await here.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
    expect((await elsewhere.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: feed.path })).statusCode).toBe(404);
    // The user renews their feed: a new URL works.
    const renewed = (await here.request({ method: 'POST', url: '/api/calendar/feed' })).json<{ path: string }>();
    expect((await t.app.inject({ method: 'GET', url: renewed.path })).statusCode).toBe(200);
    await expect(t.login('coordinator@alpha.test')).rejects.toThrow(/401/);
    expect((await t.login('coordinator@alpha.test', 'a-brand-new-secret-7')).me.user.role).toBe('coordinator');
    // An administrator's password reset ends the feed too.
    const renewedAgain = (
      await (
        await t.login('coordinator@alpha.test', 'a-brand-new-secret-7')
      ).request({ method: 'POST', url: '/api/calendar/feed' })
    ).json<{ path: string }>();
    const admin = await t.login('admin@alpha.test');
    await admin.request({
      method: 'PATCH',
      url: `/api/users/${here.me.user.id}`,
      payload: { password: 'reset-by-the-admin-3' },
    });
    expect((await t.app.inject({ method: 'GET', url: renewedAgain.path })).statusCode).toBe(404);
  });

  it('answers a create with another municipality’s e-mail exactly as a free one, and stores nothing', async () => {
    await t.seedMunicipality('beta');
    const admin = await t.login('admin@beta.test');
    const body = (email: string) => ({
      email,
      displayName: 'Someone',
      role: 'staff',
      locale: 'nl',
      password: 'a-long-password-1',
    });
    const free = await admin.request({ method: 'POST', url: '/api/users', payload: body('free@elsewhere.test') });
    const foreign = await admin.request({ method: 'POST', url: '/api/users', payload: body('staff@alpha.test') });
    expect(foreign.statusCode).toBe(free.statusCode);
    expect(free.statusCode).toBe(201);
    const shape = (r: typeof free) => Object.keys(r.json<Record<string, unknown>>()).sort();
    expect(shape(foreign)).toEqual(shape(free));
    expect(foreign.json()).toMatchObject({ email: 'staff@alpha.test', active: true });
    // Nothing changed for alpha's user, and beta got no account with it.
    expect((await t.login('staff@alpha.test')).me.municipality.slug).toBe('alpha');
    const betaUsers = (await admin.request({ method: 'GET', url: '/api/users' }))
      .json<{ users: { email: string }[] }>()
      .users.map((u) => u.email);
    expect(betaUsers).toContain('free@elsewhere.test');
    expect(betaUsers).not.toContain('staff@alpha.test');
    // Within one's own municipality a duplicate is still said (the administrator sees that user in the list anyway).
    expect(
      (await admin.request({ method: 'POST', url: '/api/users', payload: body('free@elsewhere.test') })).statusCode,
    ).toBe(409);
  });

  it('sends HSTS only when secure cookies are on, and keeps passwords, cookies, CSRF and feed tokens out of the log', async () => {
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/health' })).headers['strict-transport-security'],
    ).toBeUndefined();
    const lines: string[] = [];
    const config = loadConfig({}, { webDir: '/nonexistent', logLevel: 'debug', secureCookies: true });
    const { app } = await buildApp({
      config,
      db: t.database.db,
      clock: t.clock,
      hasher: testHasher,
      fileStore: memoryFileStore(),
      logStream: { write: (line) => void lines.push(line) },
    });
    let session = '';
    let csrf = '';
    let feedToken = '';
    try {
      expect((await app.inject({ method: 'GET', url: '/api/health' })).headers['strict-transport-security']).toBe(
        'max-age=31536000; includeSubDomains',
      );
      const login = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'coordinator@alpha.test', password: testPassword },
      });
      session = login.cookies.find((c) => c.name === 'svpp_session')?.value ?? '';
      csrf = login.json<{ csrfToken: string }>().csrfToken;
      const feed = (
        await app.inject({
          method: 'POST',
          url: '/api/calendar/feed',
          cookies: { svpp_session: session },
          headers: { 'x-csrf-token': csrf },
        })
      ).json<{ token: string; path: string }>();
      feedToken = feed.token;
      expect((await app.inject({ method: 'GET', url: feed.path })).statusCode).toBe(200);
      await app.inject({ method: 'GET', url: `/api/calendar/ics/${feed.token}?token=${feed.token}` });
      await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'coordinator@alpha.test', password: 'my-secret-guess-99' },
      });
      // Whatever is logged — also by a route that logs its body or headers — goes through the same redaction.
      app.log.info(
        {
          body: { password: 'logged-password-42' },
          headers: { cookie: `svpp_session=${session}`, 'x-csrf-token': csrf },
        },
        'a careless log line',
      );
    } finally {
      await app.close();
    }
    const log = lines.join('');
    expect(log).toContain('/api/calendar/ics/[redacted]');
    expect(log).toContain('a careless log line');
    expect(session && csrf && feedToken).toBeTruthy();
    for (const secret of [testPassword, 'my-secret-guess-99', 'logged-password-42', session, csrf, feedToken]) {
      expect(log).not.toContain(secret);
    }
  });
});

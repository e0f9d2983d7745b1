import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, testPassword } from '../support/test-app.js';
import { dialects } from '../support/test-databases.js';

describe.each(dialects)('accounts and access on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect, { throttleLimits: { perEmail: 3, perAddress: 50, windowMs: 60_000 } });
    await t.seedMunicipality('alpha');
  });
  afterEach(() => t.close());

  it('logs in with an httpOnly SameSite cookie, answers me, and logs out', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'Admin@Alpha.test ', password: testPassword } });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'svpp_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Strict');
    const agent = await t.login('admin@alpha.test');
    const me = await agent.request({ method: 'GET', url: '/api/auth/me' });
    expect(me.json()).toMatchObject({ user: { email: 'admin@alpha.test', role: 'admin' }, municipality: { slug: 'alpha' } });
    expect((await agent.request({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(200);
    expect((await agent.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
  });

  it('answers 401 with a localized message for wrong credentials and an unknown user alike', async () => {
    const wrong = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'accept-language': 'fr-BE,fr;q=0.9' }, payload: { email: 'admin@alpha.test', password: 'nope-nope-nope' } });
    const unknown = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'ghost@alpha.test', password: 'nope-nope-nope' } });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toEqual({ error: { code: 'AUTH_INVALID_CREDENTIALS', message: 'Adresse e-mail ou mot de passe incorrect.' } });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json<{ error: { message: string } }>().error.message).toBe('E-mailadres of wachtwoord is onjuist.');
  });

  it('throttles repeated failures with 429 and Retry-After, and lets the user in after the window', async () => {
    const attempt = () => t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'staff@alpha.test', password: 'wrong-password-x' } });
    for (let i = 0; i < 3; i++) expect((await attempt()).statusCode).toBe(401);
    const throttled = await attempt();
    expect(throttled.statusCode).toBe(429);
    expect(throttled.json<{ error: { code: string } }>().error.code).toBe('AUTH_THROTTLED');
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
    // Even the right password waits until the window has passed.
    const right = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'staff@alpha.test', password: testPassword } });
    expect(right.statusCode).toBe(429);
    t.clock.advance(61_000);
    expect((await t.login('staff@alpha.test')).me.user.role).toBe('staff');
  });

  it('refuses state-changing requests without the session’s CSRF token', async () => {
    const agent = await t.login('admin@alpha.test');
    const body = { email: 'new@alpha.test', displayName: 'New', role: 'staff', password: 'a-long-password-1' };
    const missing = await agent.request({ method: 'POST', url: '/api/users', payload: body, headers: { 'x-csrf-token': '' } });
    expect(missing.statusCode).toBe(403);
    expect(missing.json<{ error: { code: string } }>().error.code).toBe('CSRF_INVALID');
    const forged = await agent.request({ method: 'POST', url: '/api/users', payload: body, headers: { 'x-csrf-token': 'x'.repeat(43) } });
    expect(forged.statusCode).toBe(403);
    expect((await agent.request({ method: 'POST', url: '/api/users', payload: body })).statusCode).toBe(201);
  });

  it('lets the policy decide role × action: only admins manage users, coordinators read, others neither', async () => {
    const body = { email: 'x@alpha.test', displayName: 'X', role: 'viewer', password: 'a-long-password-1' };
    for (const role of ['coordinator', 'staff', 'guard', 'viewer']) {
      const agent = await t.login(`${role}@alpha.test`);
      expect((await agent.request({ method: 'POST', url: '/api/users', payload: body })).statusCode).toBe(403);
      expect((await agent.request({ method: 'GET', url: '/api/audit' })).statusCode).toBe(403);
      expect((await agent.request({ method: 'GET', url: '/api/users' })).statusCode).toBe(role === 'coordinator' ? 200 : 403);
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/users' })).statusCode).toBe(401);
  });

  it('manages users: create, duplicate e-mail, change role, deactivate ends sessions, last admin protected', async () => {
    const admin = await t.login('admin@alpha.test');
    const created = await admin.request({ method: 'POST', url: '/api/users', payload: { email: 'Evaluator@alpha.test', displayName: 'Eva', role: 'coordinator', locale: 'fr', password: 'a-long-password-1' } });
    expect(created.statusCode).toBe(201);
    const user = created.json<{ id: string; email: string; locale: string }>();
    expect(user).toMatchObject({ email: 'evaluator@alpha.test', locale: 'fr' });
    const duplicate = await admin.request({ method: 'POST', url: '/api/users', payload: { email: 'evaluator@alpha.test', displayName: 'Eva 2', role: 'staff', password: 'a-long-password-1' } });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json<{ error: { code: string } }>().error.code).toBe('USER_EMAIL_TAKEN');

    const eva = await t.login('evaluator@alpha.test', 'a-long-password-1');
    expect((await admin.request({ method: 'PATCH', url: `/api/users/${user.id}`, payload: { active: false } })).json()).toMatchObject({ active: false });
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
    const created = await admin.request({ method: 'POST', url: '/api/users', payload: { email: 'audited@alpha.test', displayName: 'Before', role: 'staff', password: 'a-long-password-1' } });
    const id = created.json<{ id: string }>().id;
    await admin.request({ method: 'PATCH', url: `/api/users/${id}`, payload: { displayName: 'After', password: 'another-password-2' } });
    const log = (await admin.request({ method: 'GET', url: '/api/audit?limit=5' })).json<{ entries: { action: string; actorEmail: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null; at: string }[] }>();
    const update = log.entries[0];
    expect(update).toMatchObject({ action: 'user.update', actorEmail: 'admin@alpha.test', before: { display_name: 'Before' }, after: { display_name: 'After', password_changed: true } });
    expect(update?.at).toBe(t.clock.now().toISOString());
    expect(JSON.stringify(log)).not.toContain('argon2');
  });
});

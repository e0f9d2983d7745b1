import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import type { App } from '../../src/server/app-types.js';
import { smtpMailer } from '../../src/server/adapters/mail.js';
import { ManualClock } from '../../src/server/adapters/clock.js';
import { memoryFileStore } from '../../src/server/adapters/file-store.js';
import { loadConfig } from '../../src/server/config.js';
import { type Db, openDatabase } from '../../src/server/db/database.js';
import { migrateToLatest } from '../../src/server/db/migrator.js';
import { UserService } from '../../src/server/features/users/user.service.js';
import type { Me } from '../../src/shared/api/auth.schema.js';
import type { PublicForm } from '../../src/shared/api/complaints.schema.js';
import { createTestDatabase, dialects, type TestDatabase } from '../support/test-databases.js';
import { testHasher, testPassword } from '../support/test-app.js';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp.js';

const mechelen = readFileSync('samples/plans/mechelen-svpp-2020.txt', 'utf8');
const grandPlace = { lat: 51.0279, lon: 4.4794 };

/**
 * Three server instances on one database that share nothing in memory: each has its own connection pool (its own
 * SQLite connection on one file), clock, throttle, limiter, form-token key object and job timers — what three
 * processes would have. What they must agree on lives in the database.
 */
describe.each(dialects)('three server instances on one %s database', (dialect) => {
  let database: TestDatabase | undefined;
  let dir = '';
  const dbs: Db[] = [];
  const clocks: ManualClock[] = [];
  const apps: App[] = [];
  let smtp: TestSmtpServer;

  const advance = (ms: number) => clocks.forEach((c) => c.advance(ms));
  const setNow = (iso: string) => advance(Date.parse(iso) - (clocks[0]?.now().getTime() ?? 0));
  const app = (i: number) => {
    const found = apps[i % apps.length];
    if (!found) throw new Error('no app');
    return found.app;
  };

  beforeAll(async () => {
    smtp = await startSmtpServer();
    if (dialect === 'postgres') {
      database = await createTestDatabase('postgres');
      dbs.push(database.db, openDatabase({ databaseUrl: database.url }), openDatabase({ databaseUrl: database.url }));
    } else {
      dir = mkdtempSync(path.join(os.tmpdir(), 'svpp-multi-'));
      const file = path.join(dir, 'svpp.sqlite');
      for (let i = 0; i < 3; i++) dbs.push(openDatabase({ sqliteFile: file }));
      await migrateToLatest(dbs[0] as Db);
    }
    const config = loadConfig({}, { webDir: '/nonexistent', logLevel: 'silent', sessionIdleMinutes: 720 });
    for (const db of dbs) {
      const clock = new ManualClock();
      clocks.push(clock);
      apps.push(
        await buildApp({
          config,
          db,
          clock,
          hasher: testHasher,
          logger: false,
          fileStore: memoryFileStore(),
          mailer: smtpMailer(smtp.url, 'svpp test <svpp@test.invalid>'),
        }),
      );
    }
    const users = new UserService({ db: dbs[0] as Db, clock: clocks[0] as ManualClock, hasher: testHasher });
    for (const role of ['admin', 'coordinator'] as const) {
      await users.createWithMunicipality('mechelen', {
        email: `${role}@mechelen.test`,
        displayName: role,
        role,
        locale: 'nl',
        password: testPassword,
      });
    }
  }, 60_000);

  afterAll(async () => {
    for (const a of apps) await a.app.close();
    if (database) {
      for (const db of dbs.slice(1)) await db.close();
      await database.drop();
    } else {
      for (const db of dbs) await db.close();
      rmSync(dir, { recursive: true, force: true });
    }
    await smtp.close();
  });

  const login = async (
    i: number,
    email: string,
    password = testPassword,
    remoteAddress = '127.0.0.1',
  ): Promise<LightMyRequestResponse> =>
    app(i).inject({ method: 'POST', url: '/api/auth/login', remoteAddress, payload: { email, password } });

  it('sends each deadline reminder once although every instance runs the job at the same moment', async () => {
    const response = await login(0, 'coordinator@mechelen.test');
    const me = response.json<Me>();
    const cookie = response.cookies.find((c) => c.name === 'svpp_session')?.value ?? '';
    const imported = await app(0).inject({
      method: 'POST',
      url: '/api/plan-versions',
      cookies: { svpp_session: cookie },
      headers: { 'x-csrf-token': me.csrfToken },
      payload: { filename: 'plan.txt', text: mechelen, confirm: true },
    });
    expect(imported.statusCode).toBe(201);
    setNow('2021-03-26T08:00:00Z'); // the three 2020 reports are due on 31 March: a reminder to the admin and the coordinator each

    const runs = await Promise.all(apps.map((a) => a.services.calendar.remind()));
    expect(runs.reduce((sum, r) => sum + r.enqueued, 0)).toBe(6);
    expect((await Promise.all(apps.map((a) => a.services.calendar.remind()))).map((r) => r.enqueued)).toEqual([
      0, 0, 0,
    ]);
    const reminders = await (dbs[0] as Db).kysely
      .selectFrom('deadline_reminder')
      .select(['deadline_id', 'recipient'])
      .execute();
    expect(reminders).toHaveLength(6);
    expect(
      await (dbs[0] as Db).kysely
        .selectFrom('mail_outbox')
        .select('id')
        .where('kind', '=', 'deadline.reminder')
        .execute(),
    ).toHaveLength(6);

    // Every instance sends what is due at once: each mail is claimed by one of them.
    const sent = await Promise.all(apps.map((a) => a.services.outbox.dispatch()));
    expect(sent.reduce((sum, r) => sum + r.sent, 0)).toBe(6);
    await smtp.waitFor(6);
    await Promise.all(apps.map((a) => a.services.outbox.dispatch()));
    expect(smtp.messages.map((m) => m.subject).filter((s) => s?.startsWith('Herinnering'))).toHaveLength(6);
    expect(
      new Set(smtp.messages.map((m) => `${m.subject} → ${m.to && !Array.isArray(m.to) ? m.to.text : ''}`)).size,
    ).toBe(6);

    // The retention sweep runs per municipality and is recorded; concurrent sweeps never fail.
    const sweeps = await Promise.all(apps.map((a) => a.services.retention.run()));
    expect(sweeps.some((s) => s.ran)).toBe(true);
    expect(sweeps.flatMap((s) => s.failedMunicipalities)).toEqual([]);
    const jobRuns = await (dbs[0] as Db).kysely
      .selectFrom('job_run')
      .select(['job', 'ok'])
      .where('job', '=', 'retention.sweep')
      .execute();
    expect(jobRuns.length).toBeGreaterThan(0);
    expect(jobRuns.every((r) => Number(r.ok) === 1)).toBe(true);
  });

  it('shares the login back-off: failures spread over the instances add up, and any instance refuses the next try', async () => {
    const address = '192.0.2.10';
    for (let i = 0; i < 5; i++) {
      expect((await login(i, 'admin@mechelen.test', 'wrong-password-x', address)).statusCode).toBe(401);
    }
    for (let i = 0; i < 3; i++) {
      expect((await login(i, 'admin@mechelen.test', testPassword, address)).statusCode).toBe(429);
    }
    // The user from another address is not locked out, on any instance.
    expect((await login(2, 'admin@mechelen.test', testPassword, '192.0.2.11')).statusCode).toBe(200);
  });

  it('shares the public form’s rate limit and form tokens: five submissions per address across all instances, even at once', async () => {
    const formToken = (
      await app(0).inject({ method: 'GET', url: '/api/public/complaint-form?municipality=mechelen' })
    ).json<PublicForm>().formToken;
    advance(30_000);
    const submit = (i: number) =>
      app(i).inject({
        method: 'POST',
        url: '/api/public/complaints',
        remoteAddress: '198.51.100.7',
        payload: {
          municipality: 'mechelen',
          formToken,
          website: '',
          locale: 'nl',
          category: 'noise',
          occurredAt: '2021-03-25T23:30:00+01:00',
          place: { ...grandPlace, address: 'Grote Markt 21' },
          description: 'Elke nacht luide muziek tot vier uur.',
          privacyAccepted: true,
        },
      });
    // A token issued by instance 0 is accepted by the others (the key is the installation's, in the database).
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => submit(i)));
    const codes = answers.map((a) => a.statusCode).sort();
    expect(codes.filter((c) => c === 201)).toHaveLength(5);
    expect(codes.filter((c) => c === 429)).toHaveLength(7);
    expect(answers.find((a) => a.statusCode === 429)?.json<{ error: { code: string } }>().error.code).toBe(
      'COMPLAINT_RATE_LIMITED',
    );
    // Another address still gets through, on any instance.
    const other = await app(1).inject({
      method: 'POST',
      url: '/api/public/complaints',
      remoteAddress: '198.51.100.8',
      payload: {
        municipality: 'mechelen',
        formToken,
        website: '',
        locale: 'nl',
        category: 'noise',
        occurredAt: '2021-03-25T23:30:00+01:00',
        place: { ...grandPlace, address: 'Grote Markt 21' },
        description: 'Elke nacht luide muziek tot vier uur.',
        privacyAccepted: true,
      },
    });
    expect(other.statusCode).toBe(201);
  });
});

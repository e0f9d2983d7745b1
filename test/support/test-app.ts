import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { roles } from '../../src/shared/access/roles.js';
import type { Me } from '../../src/shared/api/auth.schema.js';
import { buildApp } from '../../src/server/app.js';
import type { App } from '../../src/server/app-types.js';
import { smtpMailer } from '../../src/server/adapters/mail.js';
import { loadConfig } from '../../src/server/config.js';
import type { Dialect } from '../../src/server/db/database.js';
import { ManualClock } from '../../src/server/adapters/clock.js';
import { createArgon2idHasher } from '../../src/server/adapters/passwords.js';
import { type FileStore, memoryFileStore } from '../../src/server/adapters/file-store.js';
import { UserService } from '../../src/server/features/users/user.service.js';
import type { ThrottleLimits } from '../../src/server/features/auth/login-throttle.js';
import { createTestDatabase, type TestDatabase } from './test-databases.js';

/** Cheap argon2id parameters for tests: the real adapter, a fraction of the cost. */
export const testHasher = createArgon2idHasher({ memoryCost: 1024, timeCost: 1 });
export const testPassword = 'test-password-0001';

export interface Agent {
  me: Me;
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
}

export interface TestApp {
  app: FastifyInstance;
  /** The composed services (e.g. `services.outbox.dispatch()` to send queued mail now). */
  services: App['services'];
  database: TestDatabase;
  clock: ManualClock;
  users: UserService;
  /** Creates a municipality with one user per role: emails `<role>@<slug>.test`. */
  seedMunicipality(slug: string): Promise<string>;
  login(email: string, password?: string): Promise<Agent>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  throttleLimits?: ThrottleLimits;
  /** The file store (a disk store in a temporary folder to look for orphan files); in memory otherwise. */
  fileStore?: FileStore;
  /** Send mail to this SMTP server (see `startSmtpServer` in ./smtp.ts); otherwise mail stays in the outbox. */
  smtpUrl?: string;
  /**
   * The idle timeout of sessions. Tests move the clock by hours between requests of one agent, so the default here
   * is the absolute lifetime (12 h); test/medium/auth.test.ts tests the real default (30 min).
   */
  sessionIdleMinutes?: number;
}

export async function createTestApp(dialect: Dialect, options: TestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase(dialect);
  const clock = new ManualClock();
  const config = loadConfig(
    {},
    { webDir: '/nonexistent', logLevel: 'silent', sessionIdleMinutes: options.sessionIdleMinutes ?? 12 * 60 },
  );
  const mailer = options.smtpUrl ? smtpMailer(options.smtpUrl, 'svpp test <svpp@test.invalid>') : undefined;
  const { app, services } = await buildApp({
    config,
    db: database.db,
    clock,
    hasher: testHasher,
    logger: false,
    throttleLimits: options.throttleLimits,
    fileStore: options.fileStore ?? memoryFileStore(),
    ...(mailer ? { mailer } : {}),
  });
  const users = new UserService({ db: database.db, clock, hasher: testHasher });

  const login = async (email: string, password = testPassword): Promise<Agent> => {
    const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
    if (response.statusCode !== 200) throw new Error(`login ${email} failed: ${response.statusCode} ${response.body}`);
    const cookie = response.cookies.find((c) => c.name === 'svpp_session');
    if (!cookie) throw new Error('no session cookie');
    const me = response.json<Me>();
    return {
      me,
      request: (req) =>
        app.inject({
          ...req,
          cookies: { svpp_session: cookie.value, ...(req.cookies ?? {}) },
          headers: { 'x-csrf-token': me.csrfToken, ...(req.headers ?? {}) },
        }),
    };
  };

  return {
    app,
    services,
    database,
    clock,
    users,
    login,
    seedMunicipality: async (slug) => {
      // One user per role of the policy, so a new role is seeded (and walked by the isolation tests) at once.
      let municipalityId = '';
      for (const role of roles) {
        const created = await users.createWithMunicipality(slug, {
          email: `${role}@${slug}.test`,
          displayName: `${role} ${slug}`,
          role,
          locale: 'nl',
          password: testPassword,
        });
        municipalityId = created.municipalityId;
      }
      return municipalityId;
    },
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Role } from '../../src/shared/access/roles.js';
import type { Me } from '../../src/shared/api/auth.schema.js';
import { buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config.js';
import type { Dialect } from '../../src/server/db/database.js';
import { ManualClock } from '../../src/server/adapters/clock.js';
import { createArgon2idHasher } from '../../src/server/adapters/passwords.js';
import { memoryFileStore } from '../../src/server/adapters/file-store.js';
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
  database: TestDatabase;
  clock: ManualClock;
  users: UserService;
  /** Creates a municipality with one user per role: emails `<role>@<slug>.test`. */
  seedMunicipality(slug: string): Promise<string>;
  login(email: string, password?: string): Promise<Agent>;
  close(): Promise<void>;
}

export async function createTestApp(dialect: Dialect, options: { throttleLimits?: ThrottleLimits } = {}): Promise<TestApp> {
  const database = await createTestDatabase(dialect);
  const clock = new ManualClock();
  const config = loadConfig({}, { webDir: '/nonexistent', logLevel: 'silent' });
  const { app } = await buildApp({ config, db: database.db, clock, hasher: testHasher, logger: false, throttleLimits: options.throttleLimits, fileStore: memoryFileStore() });
  const users = new UserService({ db: database.db, clock, hasher: testHasher });

  const login = async (email: string, password = testPassword): Promise<Agent> => {
    const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
    if (response.statusCode !== 200) throw new Error(`login ${email} failed: ${response.statusCode} ${response.body}`);
    const cookie = response.cookies.find((c) => c.name === 'svpp_session');
    if (!cookie) throw new Error('no session cookie');
    const me = response.json<Me>();
    return {
      me,
      request: (req) => app.inject({ ...req, cookies: { svpp_session: cookie.value, ...(req.cookies ?? {}) }, headers: { 'x-csrf-token': me.csrfToken, ...(req.headers ?? {}) } }),
    };
  };

  return {
    app, database, clock, users, login,
    seedMunicipality: async (slug) => {
      const roles: Role[] = ['admin', 'coordinator', 'staff', 'guard', 'viewer'];
      let municipalityId = '';
      for (const role of roles) {
        const created = await users.createWithMunicipality(slug, { email: `${role}@${slug}.test`, displayName: `${role} ${slug}`, role, locale: 'nl', password: testPassword });
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

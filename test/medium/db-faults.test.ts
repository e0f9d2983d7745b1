import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { ManualClock } from '../../src/server/adapters/clock.js';
import { memoryFileStore } from '../../src/server/adapters/file-store.js';
import { loadConfig } from '../../src/server/config.js';
import { openDatabase, sqliteFileIn } from '../../src/server/db/database.js';
import { migrateToLatest } from '../../src/server/db/migrator.js';
import { acquireServerLock, ServerLockError } from '../../src/server/db/server-lock.js';
import { UserService } from '../../src/server/features/users/user.service.js';
import { type PostgresCluster, startPostgresCluster } from '../support/postgres-cluster.js';
import { type ServerProcess, startServerProcess } from '../support/server-process.js';
import { createTestDatabase, dialects } from '../support/test-databases.js';
import { testHasher, testPassword } from '../support/test-app.js';

const run = promisify(execFile);

type Server = ServerProcess;
const startServer = startServerProcess;

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const get = async (url: string) => {
  const response = await fetch(url);
  return {
    status: response.status,
    body: (await response.json()) as Record<string, unknown> & { error?: { code: string } },
  };
};

async function stopServer(server: Server): Promise<number | null> {
  if (server.child.exitCode !== null) return server.child.exitCode;
  server.child.kill('SIGTERM');
  return server.exit;
}

describe('the server beside its PostgreSQL going away', () => {
  let cluster: PostgresCluster;
  const servers: Server[] = [];
  beforeAll(async () => {
    cluster = await startPostgresCluster();
  });
  afterAll(async () => {
    for (const server of servers) if (server.child.exitCode === null) server.child.kill('SIGKILL');
    try {
      cluster?.stop();
    } catch {
      // Already stopped (a test failed while PostgreSQL was paused); its directory is removed all the same.
    }
  });

  it('answers 503 DATABASE_UNAVAILABLE while PostgreSQL is stopped, serves again by itself when it is back, and never exits', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'svpp-faults-'));
    const server = await startServer({ DATABASE_URL: cluster.url, SVPP_DATA_DIR: dataDir });
    servers.push(server);
    await until('the server', async () => (await get(`${server.url}/api/health`)).status === 200);
    const form = () => get(`${server.url}/api/public/complaint-form?municipality=nowhere`);
    // Several pooled connections open and idle when PostgreSQL goes: each is ended under the server's feet.
    const before = await Promise.all(Array.from({ length: 8 }, form));
    expect(before.map((r) => r.status)).toEqual(Array(8).fill(404));

    for (let round = 0; round < 2; round++) {
      cluster.pause();
      for (let i = 0; i < 5; i++) {
        const away = await form();
        expect([away.status, away.body.error?.code]).toEqual([503, 'DATABASE_UNAVAILABLE']);
      }
      const health = await get(`${server.url}/api/health`);
      expect(health).toMatchObject({
        status: 503,
        body: { status: 'unavailable', database: 'postgres', failed: ['database'] },
      });
      expect(typeof health.body.version).toBe('string');
      cluster.resume();
      await until('service again', async () => (await form()).status === 404, 30_000);
      expect((await get(`${server.url}/api/health`)).body).toMatchObject({ status: 'ok', database: 'postgres' });
    }
    expect(server.child.exitCode).toBeNull();
    expect(server.stderr()).not.toMatch(/Unhandled|uncaught|ERR_UNHANDLED/i);
    expect(await stopServer(server)).toBe(0);
    rmSync(dataDir, { recursive: true, force: true });
  }, 180_000);

  it('waits for PostgreSQL at start-up, saying so, and gives up after the configured tries with a clear message', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'svpp-faults-'));
    cluster.pause();
    const patient = await startServer({
      DATABASE_URL: cluster.url,
      SVPP_DATA_DIR: dataDir,
      SVPP_DB_STARTUP_TRIES: '300',
      SVPP_DB_STARTUP_DELAY_MS: '200',
    });
    servers.push(patient);
    const impatient = await startServer({
      DATABASE_URL: cluster.url,
      SVPP_DATA_DIR: dataDir,
      SVPP_DB_STARTUP_TRIES: '2',
      SVPP_DB_STARTUP_DELAY_MS: '100',
    });
    servers.push(impatient);
    expect(await impatient.exit).toBe(1);
    expect(impatient.stderr()).toMatch(/the database does not answer yet .*try 1 of 2/);
    expect(impatient.stderr()).toMatch(/the database did not answer after 2 tries/);
    await until('the waiting message', async () => /does not answer yet/.test(patient.stderr()), 60_000);
    cluster.resume();
    await until(
      'the server after PostgreSQL came up',
      async () => (await get(`${patient.url}/api/health`)).status === 200,
      90_000,
    );
    expect(await stopServer(patient)).toBe(0);
    rmSync(dataDir, { recursive: true, force: true });
  }, 180_000);
});

describe.each(dialects)('health on %s', (dialect) => {
  it('answers 503 naming the data directory when it cannot be written (its parent is a file: fails as root too), 200 when it can', async () => {
    const database = await createTestDatabase(dialect);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'svpp-health-'));
    writeFileSync(path.join(dir, 'a-file'), 'not a directory');
    try {
      for (const [dataDir, expected] of [
        [path.join(dir, 'a-file', 'data'), 503],
        [path.join(dir, 'data'), 200],
      ] as const) {
        const config = loadConfig({}, { dataDir, webDir: '/nonexistent', logLevel: 'silent' });
        const { app } = await buildApp({
          config,
          db: database.db,
          clock: new ManualClock(),
          hasher: testHasher,
          logger: false,
          fileStore: memoryFileStore(),
        });
        const response = await app.inject({ method: 'GET', url: '/api/health' });
        expect(response.statusCode).toBe(expected);
        expect(response.json()).toEqual(
          expected === 503
            ? { status: 'unavailable', database: dialect, version: config.version, failed: ['data_dir'] }
            : { status: 'ok', database: dialect, version: config.version },
        );
        await app.close();
      }
    } finally {
      await database.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('SQLite: one server process per file, the CLI beside it', () => {
  it('refuses a second server on the same SQLite file with a clear message; the first one serves on and releases its lock at exit', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'svpp-lock-'));
    const first = await startServer({ SVPP_DATA_DIR: dataDir });
    try {
      await until('the first server', async () => (await get(`${first.url}/api/health`)).status === 200);
      const second = await startServer({ SVPP_DATA_DIR: dataDir });
      expect(await second.exit).toBe(1);
      expect(second.stderr()).toContain(
        `another svpp server (pid ${first.child.pid}) already serves the SQLite database in ${dataDir}`,
      );
      expect((await get(`${first.url}/api/health`)).status).toBe(200);
      expect(await stopServer(first)).toBe(0);
      expect(existsSync(path.join(dataDir, 'svpp.server.pid'))).toBe(false);
    } finally {
      if (first.child.exitCode === null) first.child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);

  it('takes over a lock whose process is gone (kill -9), and refuses one whose process runs', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'svpp-lock-'));
    try {
      const gone = spawn(process.execPath, ['-e', '0']);
      await new Promise((resolve) => gone.once('exit', resolve));
      writeFileSync(path.join(dataDir, 'svpp.server.pid'), `${gone.pid}\n`);
      const lock = acquireServerLock(dataDir);
      expect(() => acquireServerLock(dataDir)).toThrow(ServerLockError);
      lock.release();
      const running = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
      try {
        writeFileSync(path.join(dataDir, 'svpp.server.pid'), `${running.pid}\n`);
        expect(() => acquireServerLock(dataDir)).toThrow(`another svpp server (pid ${running.pid})`);
      } finally {
        running.kill('SIGKILL');
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('serves writes while `svpp plan import` runs beside it on the same file: both succeed, no 5xx, no "database is locked"', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'svpp-cli-'));
    const db = openDatabase({ sqliteFile: sqliteFileIn(dataDir) });
    await migrateToLatest(db);
    const clock = new ManualClock();
    await new UserService({ db, clock, hasher: testHasher }).createWithMunicipality('mechelen', {
      email: 'staff@mechelen.test',
      displayName: 'Staff',
      role: 'staff',
      locale: 'nl',
      password: testPassword,
    });
    const config = loadConfig({}, { dataDir, webDir: '/nonexistent', logLevel: 'silent' });
    const { app } = await buildApp({
      config,
      db,
      clock,
      hasher: testHasher,
      logger: false,
      fileStore: memoryFileStore(),
    });
    try {
      const login = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'staff@mechelen.test', password: testPassword },
      });
      const cookie = login.cookies.find((c) => c.name === 'svpp_session')?.value ?? '';
      const csrf = login.json<{ csrfToken: string }>().csrfToken;
      let writing = true;
      const statuses: number[] = [];
      const writer = async () => {
        for (let i = 0; writing || i < 10; i++) {
          const response = await app.inject({
            method: 'POST',
            url: '/api/registrations',
            cookies: { svpp_session: cookie },
            headers: { 'x-csrf-token': csrf },
            payload: {
              typeKey: 'activity',
              occurredOn: '2020-03-15',
              place: { wijkCode: '12025W01' },
              values: { kind: 'campaign', people_reached: i, hours: 1 },
            },
          });
          statuses.push(response.statusCode);
          if (response.statusCode !== 201) throw new Error(`write answered ${response.statusCode}: ${response.body}`);
        }
      };
      const writers = Promise.all([writer(), writer(), writer()]);
      writers.catch(() => undefined); // awaited below, after the CLI
      const env = { ...process.env, SVPP_DATA_DIR: dataDir, DATABASE_URL: '' };
      const cli = [
        '--import',
        'tsx',
        'src/cli/main.ts',
        'plan',
        'import',
        'samples/plans/mechelen-svpp-2020.txt',
        '--municipality',
        'mechelen',
      ];
      try {
        for (let i = 0; i < 2; i++) {
          const { stdout, stderr } = await run(process.execPath, cli, { env, encoding: 'utf8', timeout: 120_000 });
          expect(stdout).toMatch(/^imported SVPP into mechelen/);
          expect(stderr).not.toMatch(/locked|busy/i);
        }
      } finally {
        writing = false;
      }
      await writers;
      expect(statuses.length).toBeGreaterThan(30);
      expect(new Set(statuses)).toEqual(new Set([201]));
      const versions = await db.kysely.selectFrom('plan_version').select('id').execute();
      expect(versions).toHaveLength(2);
    } finally {
      await app.close();
      await db.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);
});

import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/server/adapters/clock.js';
import { openDatabase, sqliteFileIn } from '../../src/server/db/database.js';
import { migrateToLatest } from '../../src/server/db/migrator.js';
import { UserService } from '../../src/server/features/users/user.service.js';
import { type PostgresCluster, startPostgresCluster } from '../support/postgres-cluster.js';
import { startServerProcess, untilHealthy } from '../support/server-process.js';
import { testHasher, testPassword } from '../support/test-app.js';

// What held when it was measured, kept as a test: no acknowledged write is lost when the server is killed with
// SIGKILL under concurrent writers, the audit chain verifies after the crash, and SIGTERM finishes in-flight work
// and exits 0. On both databases, with the real `svpp serve` in its own process.

const run = promisify(execFile);

const startServer = async (env: Record<string, string>) => untilHealthy(await startServerProcess(env));

async function login(url: string): Promise<{ cookie: string; csrf: string }> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'staff@mechelen.test', password: testPassword }),
  });
  const cookie = /svpp_session=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1] ?? '';
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, csrf: csrfToken };
}

/** Writers that keep registering until stopped; returns the ids the server acknowledged (201). */
function writers(url: string, session: { cookie: string; csrf: string }, count: number) {
  const acknowledged: string[] = [];
  let writing = true;
  const one = async (w: number) => {
    for (let i = 0; writing; i++) {
      const id = crypto.randomUUID();
      try {
        const response = await fetch(`${url}/api/registrations`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            cookie: `svpp_session=${session.cookie}`,
            'x-csrf-token': session.csrf,
          },
          body: JSON.stringify({
            id,
            typeKey: 'activity',
            occurredOn: '2020-03-15',
            values: { kind: 'campaign', people_reached: w * 1000 + i },
          }),
        });
        if (response.status === 201) acknowledged.push(id);
      } catch {
        return; // the server went away: what it acknowledged before is what counts
      }
    }
  };
  const done = Promise.all(Array.from({ length: count }, (_, w) => one(w)));
  return {
    acknowledged,
    stop: async () => {
      writing = false;
      await done;
    },
  };
}

let cluster: PostgresCluster | undefined;

async function seed(env: Record<string, string>): Promise<void> {
  const db = env.DATABASE_URL
    ? openDatabase({ databaseUrl: env.DATABASE_URL })
    : openDatabase({ sqliteFile: sqliteFileIn(env.SVPP_DATA_DIR ?? '') });
  try {
    await migrateToLatest(db);
    await new UserService({ db, clock: new ManualClock(new Date()), hasher: testHasher }).createWithMunicipality(
      'mechelen',
      { email: 'staff@mechelen.test', displayName: 'Staff', role: 'staff', locale: 'nl', password: testPassword },
    );
  } finally {
    await db.close();
  }
}

describe.each(['sqlite', 'postgres'] as const)('a server killed under load on %s', (dialect) => {
  let env: Record<string, string>;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), `svpp-crash-${dialect}-`));
    env = { SVPP_DATA_DIR: dataDir };
    if (dialect === 'postgres') {
      cluster ??= await startPostgresCluster();
      env.DATABASE_URL = cluster.url;
    }
    await seed(env);
  }, 120_000);
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
    if (dialect === 'postgres') cluster?.stop();
  });

  it('loses no acknowledged write to SIGKILL, keeps its audit chain, and exits 0 on SIGTERM after in-flight work', async () => {
    const t0 = Date.now();
    const first = await startServer(env);
    const load = writers(first.url, await login(first.url), 8);
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    first.child.kill('SIGKILL');
    await first.exit;
    await load.stop();
    expect(load.acknowledged.length).toBeGreaterThan(20);

    // Back up after the crash (SQLite: the stale server lock is taken over): every acknowledged write is there.
    const second = await startServer(env);
    const session = await login(second.url);
    const lost: string[] = [];
    for (let i = 0; i < load.acknowledged.length; i += 25) {
      await Promise.all(
        load.acknowledged.slice(i, i + 25).map(async (id) => {
          const response = await fetch(`${second.url}/api/registrations/${id}`, {
            headers: { cookie: `svpp_session=${session.cookie}` },
          });
          if (response.status !== 200) lost.push(id);
        }),
      );
    }
    expect(lost).toEqual([]);
    console.log(
      `[crash ${dialect}] ${load.acknowledged.length} acknowledged before SIGKILL, ${lost.length} lost, ${Date.now() - t0} ms`,
    );

    // SIGTERM with writers running: the process finishes what it acknowledged and exits 0.
    const late = writers(second.url, session, 4);
    await new Promise((resolve) => setTimeout(resolve, 800));
    second.child.kill('SIGTERM');
    expect(await second.exit).toBe(0);
    await late.stop();
    console.log(`[crash ${dialect}] SIGTERM exit 0 after ${Date.now() - t0} ms`);

    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'audit', 'verify'], {
      env: { ...process.env, DATABASE_URL: '', ...env },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(stdout).toMatch(/ok|intact|verified/i);
    const third = await startServer(env);
    const after = await login(third.url);
    for (const id of late.acknowledged) {
      expect(
        (await fetch(`${third.url}/api/registrations/${id}`, { headers: { cookie: `svpp_session=${after.cookie}` } }))
          .status,
      ).toBe(200);
    }
    third.child.kill('SIGTERM');
    expect(await third.exit).toBe(0);
  }, 240_000);
});

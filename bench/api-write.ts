import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import SqliteDatabase from 'better-sqlite3';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { openDatabase, sqliteFileIn } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrator.js';
import { loadDemo, demoPassword, demoUsers } from '../src/server/features/demo/demo.service.js';
import { systemClock } from '../src/server/adapters/clock.js';
import { argon2idHasher } from '../src/server/adapters/passwords.js';
import { percentile, round, runConcurrent } from './measure.js';

const requests = 3_000;
const warmup = 300;
const concurrency = 8;

async function measure(url: string, init: (i: number) => RequestInit) {
  const call = async (i: number) => {
    const response = await fetch(url, init(i));
    if (!response.ok) throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
    await response.arrayBuffer();
  };
  await runConcurrent(warmup, concurrency, call);
  const { seconds, latenciesMs } = await runConcurrent(requests, concurrency, call);
  return { writes_per_s: round(requests / seconds, 1), p50_ms: round(percentile(latenciesMs, 50)), p95_ms: round(percentile(latenciesMs, 95)) };
}

/**
 * Authenticated writes per second through the real stack (session, CSRF, validation, policy, audit chain,
 * SQLite in WAL) against a bare Fastify + better-sqlite3 insert endpoint, both over loopback HTTP in one run.
 * The svpp write is `PUT /api/auth/me/locale`: an audited update that does no password hashing.
 */
export async function benchApiWrite(): Promise<object[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'svpp-bench-'));
  try {
    const config = loadConfig({}, { dataDir: dir, webDir: '/nonexistent', logLevel: 'silent' });
    const db = openDatabase({ sqliteFile: sqliteFileIn(dir) });
    await migrateToLatest(db);
    await loadDemo({ db, clock: systemClock, hasher: argon2idHasher });
    const { app } = await buildApp({ config, db, logger: false });
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: demoUsers[0]?.email, password: demoPassword }) });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const svpp = await measure(`${base}/api/auth/me/locale`, (i) => ({
      method: 'PUT', headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken }, body: JSON.stringify({ locale: i % 2 ? 'fr' : 'nl' }),
    }));
    await app.close();
    await db.close();

    const bare = Fastify();
    const sqlite = new SqliteDatabase(path.join(dir, 'bare.sqlite'));
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.exec('create table item (id integer primary key, locale text not null, at text not null)');
    const insert = sqlite.prepare('insert into item (locale, at) values (?, ?)');
    bare.put('/item', (request) => {
      const body = request.body as { locale?: string };
      insert.run(body.locale ?? 'nl', new Date().toISOString());
      return { ok: true };
    });
    const bareBase = await bare.listen({ host: '127.0.0.1', port: 0 });
    const baseline = await measure(`${bareBase}/item`, (i) => ({ method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ locale: i % 2 ? 'fr' : 'nl' }) }));
    await bare.close();
    sqlite.close();

    return [{ bench: 'api-write', database: 'sqlite', requests, concurrency, ...svpp, baseline: { name: 'bare fastify + better-sqlite3 insert', ...baseline }, ratio: round(svpp.writes_per_s / baseline.writes_per_s, 3), ratio_means: 'svpp writes/s ÷ baseline writes/s (1 = as fast as the bare insert)' }];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

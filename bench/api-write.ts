import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import SqliteDatabase from 'better-sqlite3';
import { summarizeCpuProfile } from './cpu-profile.js';
import { round } from './measure.js';

/**
 * `npm run bench -- api-write`: the write users make, `POST /api/registrations` (session cookie, CSRF header, zod
 * validation, policy, an active subject, wijk placement of a point in Mechelen, the audit chain, the daily rollups,
 * the indicators it counts for, SQLite in WAL), served by a real svpp server process (`svpp serve` on a temp
 * SVPP_DATA_DIR with the demo loaded), against a bare Fastify 5 + better-sqlite3 insert endpoint
 * (bench/api-write-bare.ts).
 * Both are driven by the same load generator in its own process (autocannon, bench/api-write-driver.ts), with the
 * same connections and duration, one after the other, each request a new registration with its own client id; and
 * against a second baseline that runs svpp's own SQL for such a write by hand (bench/api-write-same-work.ts).
 *
 * Knobs: SVPP_BENCH_CONNECTIONS (10), SVPP_BENCH_SECONDS (10), SVPP_LOG_LEVEL (svpp's own default `info`), and
 * SVPP_BENCH_PROFILE=1: the svpp server runs under `node --cpu-prof`; the line then carries `profile` (self time
 * by code and by function) and the profile file stays in .tmp/bench-profiles/. Loopback only; every process is
 * killed at the end, whatever happens.
 *
 * Where the time goes (profiled 2026-12, issue 17; `SVPP_BENCH_PROFILE=1`, and every better-sqlite3 statement timed
 * in the server process by a preload that wraps `run`/`all`/`get`, JS row building included):
 * - before: 27–137 writes/s. `countsFor` (the indicators the saved registration counts for) computed the whole
 *   dashboard on every save: the municipality's whole daily rollup (~5,500 + ~1,500 rows, 16 ms of SQL), the plan
 *   tree and every indicator's status, history and months — 80–90% of the request. Next: preparing every SQL text
 *   again on each query (~1 ms a request), and reading every indicator link through its zod schema.
 * - then: `countsFor` computes only the matching indicators from only the rollup rows their queries read (the
 *   dashboard's answer, test/medium/counts-for.test.ts), statements are prepared once per connection, links are
 *   narrowed in SQL. Measured here: 585–603 writes/s against 13,400 for the baseline (ratio 0.041–0.045), p50 14 ms,
 *   p95 29 ms; the server process's CPU is the limit (~1.65 ms a request, one core; autocannon has the other).
 *   Per request: reading the subject's ~370 daily rollup rows 363 µs (SQLite's own search is ~25 µs of it: the rest
 *   is better-sqlite3 building a JS object with three strings per row), commit 143 µs, the confirmed links naming
 *   the register 141 µs (20 of 138 rows, ten text columns each), the current plan version 45 + 12 µs, the session
 *   20 µs, the insert, three rollup upserts, audit head and audit insert together ~70 µs; outside SQL, Kysely's
 *   query building ~12% of the CPU, the RollupIndex and indicator state ~8%, zod ~2.5%, Fastify ~2%, GC ~3.5%.
 * - now: a count-only `countsFor` reads each rollup series as one row of comma-separated days and counts
 *   (group_concat / string_agg, ordered by day; RollupIndex takes such columns): 363 → 173 µs a request. Runs on
 *   this 2-core machine, shared with other work, ranged 436–714 writes/s (baseline 11,200–14,400; ratio
 *   0.038–0.049): the spread between runs is larger than the gain, so the ratio is quoted as a range.
 * - what keeps the ratio far below 0.5: the baseline spends ~75 µs a request (one prepared insert, autocommit of
 *   two b-tree pages). svpp's guarantees cost more than that each: the commit alone (six tables and their
 *   indexes dirtied: registration, three rollups, audit log, audit head) is ~150 µs; the countsFor answer
 *   ~400 µs of SQL; ~18 statements through Kysely's builders ~200 µs. Reaching 0.5 would need ~150 µs a request
 *   in all, i.e. dropping countsFor from the answer, the rollups or the audit chain from the transaction: none of
 *   which the product allows. Left to try, each worth 5–10%: the links query returning fewer columns (or being
 *   narrowed to the subject in SQL), one plan-version read instead of two, precompiled Kysely queries.
 * - the second baseline (bench/api-write-same-work.ts, 2026-12-02) settles it by measurement rather than by estimate:
 *   bare Fastify + better-sqlite3 running only the SQL those guarantees need, by hand (session + CSRF, the insert,
 *   three rollup upserts, the audit chain, the countsFor series; no validation, policy or wijk lookup), on a copy of
 *   the same database, reached 2,159 writes/s against 10,128 for the bare insert — 0.21 of it. So no svpp, however
 *   lean its code, can reach a ratio of 0.5 while it keeps them; svpp itself reached 526 writes/s, 0.24 of the
 *   same-work baseline (`ratio_same_work`), i.e. its code (zod, policy, Kysely, the plan and link reads, the
 *   point-in-polygon, the indicator states) costs ~1.4 ms a request over its SQL's ~0.46 ms.
 */
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const connections = intFrom('SVPP_BENCH_CONNECTIONS', 10, 1, 200);
const seconds = intFrom('SVPP_BENCH_SECONDS', 10, 1, 120);
const warmupSeconds = 3;
/** A bound on the count whatever the speed: no run sends more than this. */
const maxRequests = 500_000;
/** Mechelen's Grote Markt: inside a wijk, so every request is placed by point-in-polygon. */
const point = { lat: 51.0279, lon: 4.4801 };
const year = 2020;

function intFrom(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  const value = raw ? Number(raw) : fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be an integer from ${min} to ${max}`);
  }
  return value;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

const tsx = (script: string, args: string[], env: NodeJS.ProcessEnv, nodeArgs: string[] = []) =>
  spawn(process.execPath, [...nodeArgs, '--import', 'tsx', script, ...args], {
    cwd: repo,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });

/** Waits until `url` answers 200, for at most `ms`; fails early when the process ends. */
async function waitUntilUp(child: ChildProcess, url: string, ms: number, stderr: () => string): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server ended (${child.exitCode}) before answering: ${stderr()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${ms} ms: ${stderr()}`);
}

function collect(child: ChildProcess): () => string {
  let text = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    text = (text + chunk.toString()).slice(-4000);
  });
  return () => text;
}

/** SIGTERM, then SIGKILL after `ms`; resolves when the process is gone. */
function stop(child: ChildProcess, ms = 15_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

interface DriverResult {
  requests: number;
  ok: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  seconds: number;
  writes_per_s: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  statuses: Record<string, number>;
}

/** One autocannon run in its own process, bounded in time (duration + 60 s) and count. */
function drive(job: {
  url: string;
  headers: Record<string, string>;
  body: object;
  seconds: number;
}): Promise<DriverResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'bench/api-write-driver.ts',
        JSON.stringify({ ...job, uniqueId: true, spreadYear: year, connections, maxRequests }),
      ],
      { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), (job.seconds + 60) * 1000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code !== 0) return reject(new Error(`load generator ended with ${code}: ${err}`));
      resolve(JSON.parse(out.trim().split('\n').pop() ?? '{}') as DriverResult);
    });
  });
}

/** A warm-up run, then the measured one; a run with any non-2xx answer or error is a failed bench, not a figure. */
async function measure(job: {
  url: string;
  headers: Record<string, string>;
  body: object;
}): Promise<DriverResult & { all_ok: number }> {
  const warm = await drive({ ...job, seconds: warmupSeconds });
  const result = await drive({ ...job, seconds });
  for (const run of [warm, result]) {
    if (run.non2xx || run.errors || run.timeouts || !run.ok) throw new Error(`${job.url}: ${JSON.stringify(run)}`);
  }
  return { ...result, all_ok: warm.ok + result.ok };
}

export async function benchApiWrite(): Promise<object[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'svpp-bench-write-'));
  const children: ChildProcess[] = [];
  const profileDir = process.env.SVPP_BENCH_PROFILE ? path.join(repo, '.tmp', 'bench-profiles') : null;
  try {
    const env = { SVPP_DATA_DIR: dir, HOST: '127.0.0.1', SVPP_WEB_DIR: path.join(dir, 'no-web'), DATABASE_URL: '' };
    execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'demo', 'load'], {
      cwd: repo,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
      timeout: 300_000,
    });

    // svpp: the real server process.
    const port = await freePort();
    if (profileDir) mkdirSync(profileDir, { recursive: true });
    const started = Date.now();
    const svpp = tsx(
      'src/cli/main.ts',
      ['serve'],
      { ...env, PORT: String(port) },
      profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
    );
    children.push(svpp);
    const svppErr = collect(svpp);
    const base = `http://127.0.0.1:${port}`;
    await waitUntilUp(svpp, `${base}/api/health`, 60_000, svppErr);
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'preventie@mechelen.demo', password: 'mechelen-demo-2020' }),
    });
    if (!login.ok) throw new Error(`login answered ${login.status}: ${await login.text()}`);
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const subjects = (await (await fetch(`${base}/api/subjects?typeKey=meeting`, { headers: { cookie } })).json()) as {
      subjects: { id: string; key: string; name: string; active: boolean }[];
    };
    const subject =
      subjects.subjects.find((s) => s.active && /\.meeting\.cpr$/.test(s.key)) ??
      subjects.subjects.find((s) => s.active);
    if (!subject) throw new Error('the demo has no active meeting subject');
    const body = {
      typeKey: 'meeting',
      occurredOn: `${year}-06-15`,
      place: point,
      subjectId: subject.id,
      values: { kind: 'cpr', title: 'Preventieraad', attendees: 12, minutes: true },
    };
    const headers = { cookie, 'x-csrf-token': csrfToken };
    const probe = await fetch(`${base}/api/registrations`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const probed = (await probe.json()) as { wijkCode?: string | null; countsFor?: unknown[] };
    if (probe.status !== 201 && probe.status !== 200) {
      throw new Error(`POST /api/registrations answered ${probe.status}: ${JSON.stringify(probed)}`);
    }
    if (!probed.wijkCode) throw new Error(`the point was not placed in a wijk: ${JSON.stringify(probed)}`);
    // The same-work baseline's database: this one as it stands now (the demo, the session), copied in one snapshot.
    const sameWorkDb = path.join(dir, 'same-work.sqlite');
    const snapshot = new SqliteDatabase(path.join(dir, 'svpp.sqlite'), { readonly: true });
    snapshot.prepare('vacuum into ?').run(sameWorkDb);
    snapshot.close();
    const ours = await measure({ url: `${base}/api/registrations`, headers, body });
    await stop(svpp);
    const countsForHere = probed.countsFor?.length ?? 0;

    // What the run left: every 2xx is a stored registration, and the audit chain still verifies.
    const sqlite = new SqliteDatabase(path.join(dir, 'svpp.sqlite'), { readonly: true });
    const stored = (
      sqlite
        .prepare(
          "select count(*) as n from registration where type_key = 'meeting' and subject_id = ? and deleted_at is null and created_at >= ?",
        )
        .get(subject.id, new Date(started).toISOString()) as { n: number }
    ).n;
    sqlite.close();
    // Requests still in flight when a run stops are stored too, unanswered: at most one per connection per run.
    if (stored < ours.all_ok + 1 || stored > ours.all_ok + 1 + 2 * connections) {
      throw new Error(`${ours.all_ok + 1} registrations answered 2xx but ${stored} were stored`);
    }
    execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'audit', 'verify'], {
      cwd: repo,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
      timeout: 300_000,
    });

    // The baseline: a bare Fastify + better-sqlite3 insert, its own process, the same load.
    const barePort = await freePort();
    const bare = tsx('bench/api-write-bare.ts', [], { SVPP_BENCH_DIR: dir, PORT: String(barePort) });
    children.push(bare);
    const bareErr = collect(bare);
    await waitUntilUp(bare, `http://127.0.0.1:${barePort}/health`, 60_000, bareErr);
    const baseline = await measure({ url: `http://127.0.0.1:${barePort}/registrations`, headers: {}, body });
    await stop(bare);

    // The second baseline: the SQL svpp's guarantees need, hand-written, on the copy of the same database.
    const samePort = await freePort();
    const same = tsx('bench/api-write-same-work.ts', [], {
      SVPP_BENCH_DB: sameWorkDb,
      SVPP_BENCH_WIJK: probed.wijkCode,
      PORT: String(samePort),
    });
    children.push(same);
    const sameErr = collect(same);
    await waitUntilUp(same, `http://127.0.0.1:${samePort}/health`, 60_000, sameErr);
    const sameWork = await measure({ url: `http://127.0.0.1:${samePort}/registrations`, headers, body });
    await stop(same);

    // The main thread's profile is the largest (tsx's loader thread writes a small one beside it).
    const profileFile = profileDir
      ? readdirSync(profileDir)
          .filter((f) => f.endsWith('.cpuprofile'))
          .map((f) => path.join(profileDir, f))
          .sort((a, b) => statSync(a).size - statSync(b).size)
          .pop()
      : undefined;
    const figures = (r: DriverResult) => ({
      writes_per_s: round(r.writes_per_s, 1),
      p50_ms: r.p50_ms,
      p95_ms: r.p95_ms,
      p99_ms: r.p99_ms,
      requests: r.ok,
      seconds: r.seconds,
    });
    return [
      {
        bench: 'api-write',
        route: 'POST /api/registrations',
        load_generator: 'autocannon 9 (own process, bench/api-write-driver.ts)',
        database: 'sqlite (WAL)',
        connections,
        duration_seconds: seconds,
        warmup_seconds: warmupSeconds,
        server: 'svpp serve (own process)',
        log_level: process.env.SVPP_LOG_LEVEL || 'info',
        request:
          'meeting with a client id, an active subject, a point placed in a Mechelen wijk; audited, rolled up, answered with countsFor',
        counts_for: countsForHere,
        stored_registrations: stored,
        audit_verify: 'ok',
        ...figures(ours),
        baseline: {
          name: 'bare Fastify 5 + better-sqlite3 insert (WAL, own process, bench/api-write-bare.ts)',
          route: 'POST /registrations',
          ...figures(baseline),
        },
        same_work_baseline: {
          name: "bare Fastify 5 + better-sqlite3 running svpp's SQL by hand (bench/api-write-same-work.ts)",
          does: 'session read + CSRF, one transaction: insert, three rollup upserts, audit head, sha256, audit insert, head update; the subject series for countsFor',
          route: 'POST /registrations',
          ...figures(sameWork),
        },
        ratio_same_work: round(ours.writes_per_s / sameWork.writes_per_s, 3),
        ratio_same_work_means: "svpp writes/s ÷ same-work baseline writes/s: what svpp's code costs over its own SQL",
        ratio: round(ours.writes_per_s / baseline.writes_per_s, 3),
        ratio_means: 'svpp writes/s ÷ baseline writes/s (1 = as fast as the bare insert)',
        goal: 'ratio ≥ 0.5 (issue 17)',
        goal_met: ours.writes_per_s / baseline.writes_per_s >= 0.5,
        ...(profileFile
          ? { profile_file: path.relative(repo, profileFile), profile: summarizeCpuProfile(profileFile) }
          : {}),
      },
    ];
  } finally {
    for (const child of children) await stop(child, 5_000);
    rmSync(dir, { recursive: true, force: true });
  }
}

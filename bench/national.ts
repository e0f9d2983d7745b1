import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { loadConfig } from '../src/server/config.js';
import { type Db, openDatabase } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrator.js';
import { buildApp } from '../src/server/app.js';
import { loadDemo } from '../src/server/features/demo/demo.service.js';
import { systemClock } from '../src/server/adapters/clock.js';
import { createArgon2idHasher } from '../src/server/adapters/passwords.js';
import { yearOf } from '../src/shared/calendar/days.js';
import { startPostgresCluster } from '../test/support/postgres-cluster.js';
import { copyMunicipality, generateNational, type NationalSize, tableSizes } from './national-data.js';
import { percentile, round } from './measure.js';

/**
 * National scale on one PostgreSQL: 100 municipalities × 6 years, 30,000,000 registrations and 20,000,000 nuisance
 * events at SVPP_BENCH_NATIONAL_SCALE = 1 (the default; 0.02 for a quick run: the municipalities stay 100, the rows
 * shrink), generated set-based in the database (bench/national-data.ts) with the rollups rebuilt by the
 * repositories' own repair path. For the demo's Mechelen (municipality 1 of 100) it times, through the same
 * services the app uses, the dashboard recompute (`indicators.overview`), the barometer map and the evaluation
 * report build (`reports.build`, the model with its charts, not the file rendering), p50/p95 over
 * SVPP_BENCH_RUNS (20) runs, against the same calls on a second database holding Mechelen alone (its rows copied
 * set-based): `ratio` = shared ÷ alone is what sharing the database costs. It also reports the size on disk per
 * municipality (the tables with their indexes and TOAST, summed, ÷ municipalities) and the generation time.
 * PostgreSQL: SVPP_BENCH_DATABASE_URL (a role that may create databases and the postgres_fdw extension), else a
 * throwaway cluster (test/support/postgres-cluster.ts) given 2 GB of shared buffers and room for the bulk load.
 * Cost on 2 cores: scale 0.5 (15M registrations, 10M events) generated in 578 s into 26.6 GB of tables; scale 1
 * needs about twice both, so check the free disk first (the databases are dropped at the end).
 */
const scale = Number(process.env.SVPP_BENCH_NATIONAL_SCALE ?? 1);
const runs = Number(process.env.SVPP_BENCH_RUNS ?? 20);
const warmup = 3;
const size: NationalSize = {
  municipalities: 100,
  registrations: Math.round(30_000_000 * scale),
  events: Math.round(20_000_000 * scale),
  days: 6 * 365,
};

const log = (text: string) => process.stderr.write(`national bench: ${text}\n`);
const mib = (bytes: number) => round(bytes / 1024 / 1024, 1);

async function createDatabase(serverUrl: string, name: string): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/** The three calls, through the services `buildApp` composes, for one municipality's coordinator. */
async function callsOn(db: Db, dataDir: string, municipalityId: string, year: number) {
  const config = loadConfig({}, { dataDir, webDir: '/nonexistent', logLevel: 'silent' });
  const { services } = await buildApp({ config, db, logger: false });
  const actor = { userId: '', role: 'coordinator' as const, municipalityId };
  const period = { from: `${year}-01-01`, to: `${year}-12-31` };
  return {
    dashboard: () => services.indicators.overview(actor, { year }),
    barometer_map: () => services.barometer.map(actor, period),
    evaluation_report: () => services.reports.build(actor, { kind: 'evaluation', year }),
  };
}
type Calls = Awaited<ReturnType<typeof callsOn>>;
type Call = keyof Calls;
const callNames: Call[] = ['dashboard', 'barometer_map', 'evaluation_report'];

function stats(ms: number[]) {
  const sorted = [...ms].sort((a, b) => a - b);
  return { p50_ms: round(percentile(sorted, 50), 1), p95_ms: round(percentile(sorted, 95), 1) };
}

/** Runs shared and alone alternately (warm-up runs first), so drift in the machine hits both alike. */
async function timeBoth(shared: () => Promise<unknown>, alone: () => Promise<unknown>) {
  const ms = { shared: [] as number[], alone: [] as number[] };
  for (let i = 0; i < runs + warmup; i++) {
    for (const [side, task] of [
      ['shared', shared],
      ['alone', alone],
    ] as const) {
      const t0 = performance.now();
      await task();
      if (i >= warmup) ms[side].push(performance.now() - t0);
    }
  }
  return { shared: stats(ms.shared), alone: stats(ms.alone) };
}

async function counts(db: Db, municipalityId: string) {
  const one = async (table: 'registration' | 'nuisance_event', where?: string) => {
    const row = (
      await sql<{
        n: string;
      }>`select count(*) as n from ${sql.id(table)} ${where ? sql`where municipality_id = ${where}` : sql``}`.execute(
        db.kysely,
      )
    ).rows[0];
    return Number(row?.n ?? 0);
  };
  return {
    registrations: await one('registration'),
    events: await one('nuisance_event'),
    municipality_registrations: await one('registration', municipalityId),
    municipality_events: await one('nuisance_event', municipalityId),
  };
}

async function databaseBytes(db: Db): Promise<number> {
  const row = (await sql<{ b: string }>`select pg_database_size(current_database()) as b`.execute(db.kysely)).rows[0];
  return Number(row?.b ?? 0);
}

export async function benchNational(): Promise<object[]> {
  const given = process.env.SVPP_BENCH_DATABASE_URL;
  const cluster = given ? undefined : await startPostgresCluster();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'svpp-bench-national-'));
  const opened: Db[] = [];
  const databases: { drop(): Promise<void> }[] = [];
  try {
    if (cluster) {
      // A server sized for a national database (this machine has the memory); the tests' defaults are for tiny ones.
      const admin = new pg.Client({ connectionString: cluster.url });
      await admin.connect();
      for (const setting of [
        "shared_buffers = '2GB'",
        "maintenance_work_mem = '1GB'",
        "max_wal_size = '4GB'",
        "checkpoint_timeout = '30min'",
        "effective_cache_size = '12GB'",
      ]) {
        await admin.query(`alter system set ${setting}`);
      }
      await admin.end();
      cluster.pause();
      cluster.resume();
    }
    const serverUrl = given ?? cluster?.url ?? '';
    const stamp = Date.now();
    const sharedDb = await createDatabase(serverUrl, `svpp_bench_national_${stamp}`);
    databases.push(sharedDb);
    const shared = openDatabase({ databaseUrl: sharedDb.url });
    opened.push(shared);
    await migrateToLatest(shared);
    const demo = await loadDemo({
      db: shared,
      clock: systemClock,
      hasher: createArgon2idHasher({ memoryCost: 1024, timeCost: 1 }),
    });
    const municipalityId = demo.municipalityId;
    log(
      `scale ${scale}: ${size.registrations.toLocaleString('en')} registrations, ${size.events.toLocaleString('en')} events`,
    );
    const generationSeconds = await generateNational(shared, municipalityId, size, demo.today);
    const sharedCounts = await counts(shared, municipalityId);
    const sharedSize = await tableSizes(shared.kysely);
    const sharedDatabaseBytes = await databaseBytes(shared);

    const aloneDb = await createDatabase(serverUrl, `svpp_bench_national_alone_${stamp}`);
    databases.push(aloneDb);
    const alone = openDatabase({ databaseUrl: aloneDb.url });
    opened.push(alone);
    await migrateToLatest(alone);
    const copySeconds = await copyMunicipality(alone, sharedDb.url, municipalityId);
    const aloneCounts = await counts(alone, municipalityId);
    const aloneSize = await tableSizes(alone.kysely);
    if (aloneCounts.registrations !== sharedCounts.municipality_registrations) {
      throw new Error(
        `copy holds ${aloneCounts.registrations} registrations, not ${sharedCounts.municipality_registrations}`,
      );
    }

    // The last full year: the dashboard's and the evaluation's usual question in a running plan.
    const year = yearOf(demo.today) - 1;
    const onShared = await callsOn(shared, dir, municipalityId, year);
    const onAlone = await callsOn(alone, dir, municipalityId, year);
    const common = {
      bench: 'national',
      database: 'postgres',
      scale,
      municipalities: size.municipalities,
      registrations: sharedCounts.registrations,
      events: sharedCounts.events,
      municipality_registrations: sharedCounts.municipality_registrations,
      municipality_events: sharedCounts.municipality_events,
      year,
      runs,
    };
    const records: object[] = [];
    for (const call of callNames) {
      const figures = await timeBoth(onShared[call], onAlone[call]);
      records.push({
        ...common,
        query: call,
        ...figures.shared,
        baseline: { name: 'the same call on a database holding this municipality alone', ...figures.alone },
        ratio: round(figures.shared.p50_ms / figures.alone.p50_ms, 3),
        ratio_p95: round(figures.shared.p95_ms / figures.alone.p95_ms, 3),
      });
    }
    records.push({
      ...common,
      query: 'size',
      generation_seconds: round(generationSeconds, 1),
      copy_seconds: round(copySeconds, 1),
      tables_mib: mib(sharedSize.total),
      database_mib: mib(sharedDatabaseBytes),
      per_municipality_mib: mib(sharedSize.total / size.municipalities),
      largest_tables_mib: Object.fromEntries(Object.entries(sharedSize.tables).map(([t, b]) => [t, mib(b)])),
      baseline: {
        name: 'the tables of the database holding this municipality alone',
        tables_mib: mib(aloneSize.total),
      },
      ratio: round(sharedSize.total / size.municipalities / aloneSize.total, 3),
      note: 'the 99 other municipalities hold registrations, nuisance events, subjects and rollups; the plan, users and the rest of the demo are Mechelen’s alone',
    });
    return records;
  } finally {
    for (const db of opened) await db.close();
    for (const db of databases) await db.drop().catch(() => undefined);
    cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

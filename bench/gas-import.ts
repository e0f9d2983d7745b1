import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { addDays, dayOf } from '../src/shared/calendar/days.js';
import { systemClock } from '../src/server/adapters/clock.js';
import { createArgon2idHasher } from '../src/server/adapters/passwords.js';
import { openDatabase, sqliteFileIn, type Db } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrator.js';
import { seedGasCatalogue } from '../src/server/features/enforcement/articles.seed.js';
import { UserService } from '../src/server/features/users/user.service.js';
import { round } from './measure.js';

const rows = Number(process.env.SVPP_BENCH_GAS_ROWS ?? 20_000);
const goalSeconds = 60;
const projectRoot = path.resolve(import.meta.dirname, '..');

/** A day's findings as cameras, the police and the guards deliver them: valid rows only, spread over 90 days. */
function findingsCsv(count: number): string {
  const zone = 'Europe/Brussels';
  const today = dayOf(new Date(), zone);
  const articles = [
    { code: 'C3', source: 'camera', plate: true },
    { code: 'C3', source: 'camera', plate: true },
    { code: 'F103', source: 'camera', plate: true },
    { code: 'KB 2014 art. 2.1', source: 'guard', plate: true },
    { code: 'KB 2014 art. 3.1', source: 'police', plate: true },
    { code: 'ABP art. 6', source: 'guard', plate: false },
  ];
  const letters = 'ABCDEFGHJKLMNPRSTVWXYZ';
  const lines = ['reference;observed_at;article;plate;country;street;number;lat;lon;observer;source;photos'];
  for (let i = 0; i < count; i++) {
    const article = articles[i % articles.length] ?? articles[0];
    if (!article) continue;
    // Yesterday back to 90 days ago, in the municipality's wall clock.
    const day = addDays(today, -1 - (i % 90));
    const hour = String((i * 7) % 24).padStart(2, '0');
    const minute = String(i % 60).padStart(2, '0');
    const plate = `${1 + (i % 9)}-${letters[i % 22]}${letters[(i >> 3) % 22]}${letters[(i >> 6) % 22]}-${String(i % 1000).padStart(3, '0')}`;
    const lat = (51.0259 + ((i % 101) - 50) * 0.0001).toFixed(5).replace('.', ',');
    const lon = (4.4777 + ((i % 97) - 48) * 0.0002).toFixed(5).replace('.', ',');
    lines.push(
      [
        `B-${String(i).padStart(7, '0')}`,
        `${day} ${hour}:${minute}`,
        article.code,
        article.plate ? plate : '',
        '',
        ['Bruul', 'IJzerenleen', 'Onze-Lieve-Vrouwestraat', 'Veemarkt'][i % 4],
        String(1 + (i % 120)),
        lat,
        lon,
        article.source === 'camera' ? 'ANPR Bruul' : `INP ${1000 + (i % 40)}`,
        article.source,
        String(i % 3),
      ].join(';'),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

async function prepare(db: Db): Promise<void> {
  await migrateToLatest(db);
  const hasher = createArgon2idHasher({ memoryCost: 1024, timeCost: 1 });
  const { municipalityId } = await new UserService({ db, clock: systemClock, hasher }).createWithMunicipality(
    'mechelen',
    {
      email: 'coordinator@mechelen.test',
      displayName: 'coordinator',
      role: 'coordinator',
      locale: 'nl',
      password: 'bench-password-0001',
    },
  );
  await seedGasCatalogue({ db, clock: systemClock }, municipalityId, 'bench');
}

/** Runs `svpp gas import FILE --municipality mechelen --format json` as its own process and times it. */
function runCli(file: string, env: NodeJS.ProcessEnv): { seconds: number; result: Record<string, unknown> } {
  const started = performance.now();
  const run = spawnSync(
    path.join(projectRoot, 'node_modules', '.bin', 'tsx'),
    ['src/cli/main.ts', 'gas', 'import', file, '--municipality', 'mechelen', '--format', 'json'],
    {
      cwd: projectRoot,
      env: { ...process.env, ...env, SVPP_LOG_LEVEL: 'silent' },
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    },
  );
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`svpp gas import exited ${run.status}: ${run.stderr.slice(0, 2000)}`);
  return { seconds, result: JSON.parse(run.stdout) as Record<string, unknown> };
}

function record(database: string, seconds: number, result: Record<string, unknown>, stored: number) {
  if (result.imported !== rows || stored !== rows) {
    throw new Error(`${database}: imported ${String(result.imported)}, stored ${stored}, expected ${rows}`);
  }
  return {
    bench: 'gas-import',
    database,
    rows,
    seconds: round(seconds, 2),
    rows_per_s: round(rows / seconds, 0),
    goal: `< ${goalSeconds} s for ${rows} findings (the CLI process from start to exit)`,
    met: seconds < goalSeconds,
  };
}

const storedFindings = async (db: Db) =>
  Number(
    (
      await db.kysely
        .selectFrom('gas_finding')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirst()
    )?.n ?? 0,
  );

/**
 * `npm run bench -- gas-import`: 20,000 findings (SVPP_BENCH_GAS_ROWS) in one CSV imported through the CLI
 * (`svpp gas import`, its own process: parse, judge every row, place it in a wijk, number it, insert, audit) into a
 * throwaway SQLite data directory, and into a throwaway PostgreSQL database when SVPP_BENCH_DATABASE_URL is set.
 */
export async function benchGasImport(): Promise<object[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'svpp-bench-gas-'));
  const records: object[] = [];
  try {
    const file = path.join(dir, 'findings.csv');
    writeFileSync(file, findingsCsv(rows));
    const dataDir = path.join(dir, 'data');
    const sqlite = openDatabase({ sqliteFile: sqliteFileIn(dataDir) });
    try {
      await prepare(sqlite);
    } finally {
      await sqlite.close();
    }
    const onSqlite = runCli(file, { SVPP_DATA_DIR: dataDir, DATABASE_URL: '' });
    const check = openDatabase({ sqliteFile: sqliteFileIn(dataDir) });
    try {
      records.push(record('sqlite', onSqlite.seconds, onSqlite.result, await storedFindings(check)));
    } finally {
      await check.close();
    }

    const serverUrl = process.env.SVPP_BENCH_DATABASE_URL;
    if (serverUrl) {
      const name = `svpp_bench_gas_${Date.now()}`;
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`create database ${name}`);
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      const postgres = openDatabase({ databaseUrl: url.toString() });
      try {
        await prepare(postgres);
        const onPostgres = runCli(file, { SVPP_DATA_DIR: dataDir, DATABASE_URL: url.toString() });
        records.push(record('postgres', onPostgres.seconds, onPostgres.result, await storedFindings(postgres)));
      } finally {
        await postgres.close();
        await admin.query(`drop database ${name}`);
        await admin.end();
      }
    }
    return records;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config.js';
import { type Db, type Dialect, openDatabase, sqliteFileIn } from '../../src/server/db/database.js';
import type { Database } from '../../src/server/db/schema.js';
import { migrateToLatest } from '../../src/server/db/migrator.js';
import { verifyAuditLog } from '../../src/server/features/audit/audit.service.js';
import { restoreBackup } from '../../src/server/features/backup/backup-restore.js';
import { UserService } from '../../src/server/features/users/user.service.js';
import { systemClock } from '../../src/server/adapters/clock.js';
import { createTestDatabase, dialects, type TestDatabase } from '../support/test-databases.js';
import { testHasher, testPassword } from '../support/test-app.js';

const run = promisify(execFile);
const cli = (args: string[], env: Record<string, string>) =>
  run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    env: { ...process.env, SVPP_LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });

async function tablesOf(db: Db): Promise<string[]> {
  const rows =
    db.dialect === 'postgres'
      ? (
          await sql<{
            name: string;
          }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(
            db.kysely,
          )
        ).rows
      : (
          await sql<{
            name: string;
          }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(db.kysely)
        ).rows;
  return rows
    .map((r) => r.name)
    .filter((n) => !n.startsWith('svpp_migration'))
    .sort();
}

const text = (value: unknown): string | null => {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value);
};

/** Every table's rows as canonical strings (keys sorted, values as text). */
async function contents(db: Kysely<Database>, tables: string[]): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  for (const table of tables) {
    const rows = (await sql<Record<string, unknown>>`select * from ${sql.id(table)}`.execute(db)).rows;
    out.set(
      table,
      new Set(
        rows.map((row) =>
          JSON.stringify(
            Object.keys(row)
              .sort()
              .map((k) => [k, text(row[k])]),
          ),
        ),
      ),
    );
  }
  return out;
}
const checksum = (rows: Iterable<string>) =>
  createHash('sha256')
    .update([...rows].sort().join('\n'))
    .digest('hex');

describe.each(dialects)('backup and restore on %s', (dialect: Dialect) => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'svpp-backup-src-'));
  const restoreDir = mkdtempSync(path.join(os.tmpdir(), 'svpp-backup-dst-'));
  const backupFile = path.join(dataDir, '..', `${path.basename(dataDir)}.svpp-backup`);
  let source: TestDatabase | undefined;
  let target: TestDatabase | undefined;
  let db: Db;
  let close: () => Promise<void>;
  let agent: (payload: {
    method: 'POST';
    url: string;
    payload: object;
  }) => Promise<{ statusCode: number; body: string }>;
  let env: Record<string, string>;

  beforeAll(async () => {
    if (dialect === 'postgres') {
      source = await createTestDatabase('postgres');
      target = await createTestDatabase('postgres', { migrate: false });
      db = source.db;
      env = { DATABASE_URL: source.url ?? '', SVPP_DATA_DIR: dataDir };
    } else {
      db = openDatabase({ sqliteFile: sqliteFileIn(dataDir) });
      await migrateToLatest(db);
      env = { DATABASE_URL: '', SVPP_DATA_DIR: dataDir };
    }
    await new UserService({ db, clock: systemClock, hasher: testHasher }).createWithMunicipality('mechelen', {
      email: 'coordinator@mechelen.test',
      displayName: 'c',
      role: 'coordinator',
      locale: 'nl',
      password: testPassword,
    });
    const { app } = await buildApp({
      config: loadConfig({}, { dataDir, webDir: '/nonexistent', logLevel: 'silent' }),
      db,
      hasher: testHasher,
      logger: false,
    });
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'coordinator@mechelen.test', password: testPassword },
    });
    const cookie = login.cookies.find((c) => c.name === 'svpp_session')?.value ?? '';
    const { csrfToken } = login.json<{ csrfToken: string }>();
    agent = (options) =>
      app.inject({ ...options, cookies: { svpp_session: cookie }, headers: { 'x-csrf-token': csrfToken } });
    close = async () => {
      await app.close();
      await (source ? source.drop() : db.close());
      await target?.drop();
    };
  });
  afterAll(async () => {
    await close();
    for (const dir of [dataDir, restoreDir]) rmSync(dir, { recursive: true, force: true });
    rmSync(backupFile, { force: true });
  });

  const registration = (i: number) => ({
    method: 'POST' as const,
    url: '/api/registrations',
    payload: {
      typeKey: 'activity',
      occurredOn: '2020-03-12',
      place: { wijkCode: '12025W01' },
      values: { kind: 'information_session', people_reached: i + 1, hours: 1 },
    },
  });

  it('writes one consistent file while writes arrive, restores it into an empty target (audit intact, files there) and refuses a full one', async () => {
    for (let i = 0; i < 30; i++) expect((await agent(registration(i))).statusCode).toBe(201);
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(300_000, 7), Buffer.from('\n%%EOF\n')]);
    const upload = await agent({
      method: 'POST',
      url: '/api/files',
      payload: { name: 'verslag.pdf', contentBase64: pdf.toString('base64') },
    });
    expect(upload.statusCode).toBe(201);

    const tables = await tablesOf(db);
    const before = await contents(db.kysely, tables);

    // Writes arrive during the whole backup, which the CLI takes from its own process as beside a running server.
    let writing = true;
    let written = 0;
    const load = (async () => {
      while (writing) {
        const response = await agent(registration(1000 + written));
        expect(response.statusCode).toBe(201);
        written++;
      }
    })();
    const backup = await cli(['backup', '--out', backupFile], env);
    writing = false;
    await load;
    expect(backup.stdout).toMatch(new RegExp(`backup written to .*: ${dialect}, \\d+ rows in \\d+ tables, 1 files`));
    expect(written).toBeGreaterThan(0);
    const after = await contents(db.kysely, tables);

    if (target) await restoreBackup({ databaseUrl: target.url, dataDir: restoreDir }, backupFile);
    else await restoreBackup({ dataDir: restoreDir }, backupFile);
    const restored = target ? target.db : openDatabase({ sqliteFile: sqliteFileIn(restoreDir) });
    try {
      expect(await tablesOf(restored)).toEqual(tables);
      const copy = await contents(restored.kysely, tables);
      for (const table of tables) {
        const was = before.get(table) ?? new Set();
        const now = after.get(table) ?? new Set();
        const back = copy.get(table) ?? new Set();
        // Nothing invented: every restored row existed in the source at some moment.
        if ([...was].every((r) => now.has(r))) {
          // Tables the load only adds to: every row committed before the backup started is back, checksum and all.
          expect(checksum([...back].filter((r) => was.has(r))), table).toBe(checksum(was));
          expect(
            [...back].every((r) => now.has(r)),
            table,
          ).toBe(true);
          expect(back.size, table).toBeGreaterThanOrEqual(was.size);
        }
      }
      // One snapshot: the rollups match the registrations they count, the audit chain verifies.
      const registrations = Number(
        (
          await sql<{ n: number | string }>`select count(*) as n from registration where deleted_at is null`.execute(
            restored.kysely,
          )
        ).rows[0]?.n,
      );
      const counted = Number(
        (
          await sql<{ n: number | string }>`select coalesce(sum(n), 0) as n from registration_daily`.execute(
            restored.kysely,
          )
        ).rows[0]?.n,
      );
      expect(registrations).toBeGreaterThanOrEqual(31 - 1);
      expect(counted).toBe(registrations);
      const audit = await verifyAuditLog(restored.kysely, restored.dialect);
      expect(audit.problems).toEqual([]);
      expect(audit.records).toBeGreaterThanOrEqual(31);
      // The uploaded file is back, byte for byte.
      const filesDir = path.join(restoreDir, 'files');
      const restoredFiles = readdirSync(filesDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
      expect(restoredFiles).toHaveLength(1);
      const [only] = restoredFiles;
      expect(readFileSync(path.join(only?.parentPath ?? '', only?.name ?? ''))).toEqual(pdf);
      // The CLI's audit verify on the restored copy passes too.
      const verified = await cli(
        ['audit', 'verify'],
        target
          ? { DATABASE_URL: target.url ?? '', SVPP_DATA_DIR: restoreDir }
          : { DATABASE_URL: '', SVPP_DATA_DIR: restoreDir },
      );
      expect(verified.stdout).toMatch(/audit log intact/);
    } finally {
      if (!target) await restored.close();
    }

    // A second restore into the now full target is refused with a clear message and a non-zero exit.
    const refused = await cli(
      ['restore', backupFile],
      target
        ? { DATABASE_URL: target.url ?? '', SVPP_DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'svpp-backup-empty-')) }
        : { DATABASE_URL: '', SVPP_DATA_DIR: restoreDir },
    ).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(refused.code).toBe(4);
    expect(refused.stderr).toMatch(/refusing to restore: .*not empty/);
  });

  it('refuses a file that is not a complete backup', async () => {
    const junk = path.join(restoreDir, 'junk.svpp-backup');
    writeFileSync(junk, 'not a backup');
    await expect(
      restoreBackup({ dataDir: mkdtempSync(path.join(os.tmpdir(), 'svpp-backup-x-')) }, junk),
    ).rejects.toThrow(/not (an|a complete) svpp backup/);
  });
});

import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { createGzip } from 'node:zlib';
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import { type Db } from '../../db/database.js';
import { BackupRepository, bookkeepingTables } from './backup.repository.js';

/**
 * One backup file: a gzip'd stream of JSON lines.
 *   {"svppBackup":1,"dialect","createdAt","migrations":[…]}             the manifest
 *   SQLite:      {"db":"<base64>"}…                                        the database file (VACUUM INTO), in pieces
 *   PostgreSQL:  {"table":"name","columns":[…]} then {"r":[…]} per row     every table, parents before children
 *   {"file":"<path under files/>","size":N} {"fc":"<base64>"}… {"fileEnd":"<path>","sha256":"…"}   each uploaded file
 *   {"end":{"tables":{name:rows},"files":N}}                                 the totals (a cut-off file has no end)
 * PostgreSQL is dumped inside one REPEATABLE READ READ ONLY transaction (one snapshot while writes go on); SQLite is
 * copied by VACUUM INTO (one read transaction). The files are read after the database: every file a record points to
 * exists by then (files are written before their record), at worst a few newer ones come along.
 */
export const backupFormat = 1;

export class BackupError extends Error {}

export interface BackupSummary {
  dialect: Db['dialect'];
  tables: Record<string, number>;
  files: number;
  bytes: number;
}

const pieceSize = 192 * 1024;

/** Values as JSON: dates as ISO text, bytes tagged; everything else svpp stores is text or a number already. */
function encode(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return { $bytes: value.toString('base64') };
  if (typeof value === 'bigint') return value.toString();
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return value;
}
export const decode = (value: unknown): unknown =>
  value !== null && typeof value === 'object' && '$bytes' in value
    ? Buffer.from(String((value as { $bytes: string }).$bytes), 'base64')
    : value;

class LineWriter {
  private readonly gzip = createGzip();
  private readonly file;
  bytes = 0;
  constructor(target: string) {
    this.file = createWriteStream(target);
    this.gzip.pipe(this.file);
  }
  async write(record: object): Promise<void> {
    if (!this.gzip.write(`${JSON.stringify(record)}\n`)) await once(this.gzip, 'drain');
  }
  async close(): Promise<void> {
    this.gzip.end();
    await once(this.file, 'close');
    this.bytes = this.file.bytesWritten;
  }
}

export async function* filesUnder(root: string): AsyncGenerator<string> {
  if (!existsSync(root)) return;
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const names = entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .sort();
  yield* names;
}

async function writeFiles(out: LineWriter, root: string): Promise<number> {
  let count = 0;
  for await (const name of filesUnder(root)) {
    const file = path.join(root, name);
    const { size } = await stat(file);
    await out.write({ file: name.split(path.sep).join('/'), size });
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(file, { highWaterMark: pieceSize })) {
      hash.update(chunk as Buffer);
      await out.write({ fc: (chunk as Buffer).toString('base64') });
    }
    await out.write({ fileEnd: name.split(path.sep).join('/'), sha256: hash.digest('hex') });
    count++;
  }
  return count;
}

export async function appliedMigrations(db: Db): Promise<string[]> {
  const exists =
    db.dialect === 'postgres'
      ? (
          await sql<{
            n: number;
          }>`select count(*)::int as n from information_schema.tables where table_schema = current_schema() and table_name = 'svpp_migration'`.execute(
            db.kysely,
          )
        ).rows[0]?.n
      : (
          await sql<{
            n: number;
          }>`select count(*) as n from sqlite_master where type = 'table' and name = 'svpp_migration'`.execute(
            db.kysely,
          )
        ).rows[0]?.n;
  if (!Number(exists)) return [];
  return (await sql<{ name: string }>`select name from svpp_migration order by name`.execute(db.kysely)).rows.map(
    (r) => r.name,
  );
}

/** Writes one consistent backup of the database and the uploaded files to `out` (atomically: a temp file renamed). */
export async function writeBackup(
  deps: { db: Db; dataDir: string; now?: () => Date },
  out: string,
): Promise<BackupSummary> {
  const { db, dataDir } = deps;
  const partial = `${out}.partial`;
  const writer = new LineWriter(partial);
  const tables: Record<string, number> = {};
  const work = await mkdtemp(path.join(os.tmpdir(), 'svpp-backup-'));
  try {
    await writer.write({
      svppBackup: backupFormat,
      dialect: db.dialect,
      createdAt: (deps.now?.() ?? new Date()).toISOString(),
      migrations: await appliedMigrations(db),
    });
    if (db.dialect === 'sqlite') {
      const copy = path.join(work, 'svpp.sqlite');
      // SQLite's online copy: one read transaction, writers go on (WAL).
      await sql`vacuum into ${copy}`.execute(db.kysely);
      const snapshot = new SqliteDatabase(copy, { readonly: true });
      try {
        const names = snapshot
          .prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`)
          .all() as { name: string }[];
        for (const { name } of names) {
          if (!bookkeepingTables.includes(name)) {
            tables[name] = (
              snapshot.prepare(`select count(*) as n from "${name.replace(/"/g, '""')}"`).get() as { n: number }
            ).n;
          }
        }
      } finally {
        snapshot.close();
      }
      for await (const chunk of createReadStream(copy, { highWaterMark: pieceSize })) {
        await writer.write({ db: (chunk as Buffer).toString('base64') });
      }
    } else {
      await db.kysely
        .transaction()
        .setIsolationLevel('repeatable read')
        .setAccessMode('read only')
        .execute(async (trx) => {
          const repository = new BackupRepository(trx);
          for (const table of await repository.tablesInForeignKeyOrder()) {
            const columns = await repository.columnsOf(table);
            await writer.write({ table, columns });
            let n = 0;
            for await (const rows of repository.rowsOf(table)) {
              for (const row of rows) await writer.write({ r: columns.map((c) => encode(row[c])) });
              n += rows.length;
            }
            tables[table] = n;
          }
        });
    }
    const files = await writeFiles(writer, path.join(dataDir, 'files'));
    await writer.write({ end: { tables, files } });
    await writer.close();
    await rename(partial, out);
    return { dialect: db.dialect, tables, files, bytes: writer.bytes };
  } catch (error) {
    // The backup failed already and that error is the one reported; a failing close of the half-written file adds
    // nothing (the partial file is removed next).
    await writer.close().catch((closeError: unknown) => void closeError);
    await rm(partial, { force: true });
    throw error;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

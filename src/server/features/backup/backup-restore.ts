import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile, appendFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import SqliteDatabase from 'better-sqlite3';
import { type Db, openDatabase, sqliteFileIn } from '../../db/database.js';
import { knownMigrations, migrateTo, migrateToLatest } from '../../db/migrator.js';
import { BackupRepository, bookkeepingTables } from './backup.repository.js';
import {
  appliedMigrations,
  BackupError,
  backupFormat,
  type BackupSummary,
  decode,
  filesUnder,
} from './backup.service.js';

/**
 * Restores a backup written by writeBackup (backup.service.ts) into an empty database and files folder: the manifest
 * checked first (format, migrations), then every table and file, each file against its sha256.
 */

interface Manifest {
  svppBackup: number;
  dialect: Db['dialect'];
  createdAt: string;
  migrations: string[];
}

async function* lines(file: string): AsyncGenerator<Record<string, unknown>> {
  const input = createReadStream(file).pipe(createGunzip());
  const reader = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  try {
    for await (const line of reader) if (line) yield JSON.parse(line) as Record<string, unknown>;
  } catch (error) {
    if (error instanceof SyntaxError || (error as { code?: string }).code?.startsWith('Z_')) {
      throw new BackupError(`${file} is not a complete svpp backup (${(error as Error).message})`);
    }
    throw error;
  }
}

async function readManifest(file: string): Promise<Manifest> {
  for await (const first of lines(file)) {
    if (
      first.svppBackup !== backupFormat ||
      (first.dialect !== 'sqlite' && first.dialect !== 'postgres') ||
      !Array.isArray(first.migrations)
    ) {
      break;
    }
    return first as unknown as Manifest;
  }
  throw new BackupError(`${file} is not an svpp backup`);
}

async function assertFilesEmpty(root: string): Promise<void> {
  for await (const name of filesUnder(root)) {
    throw new BackupError(
      `refusing to restore: ${root} is not empty (it holds uploaded files such as ${name}); restore into an empty data directory`,
    );
  }
}

/**
 * Restores a backup into an empty database (and an empty files directory) of the backup's kind; refuses anything else.
 */
export async function restoreBackup(
  deps: { databaseUrl?: string | undefined; dataDir: string },
  file: string,
): Promise<BackupSummary> {
  if (!existsSync(file)) throw new BackupError(`no such file: ${file}`);
  const manifest = await readManifest(file);
  const target: Db['dialect'] = deps.databaseUrl ? 'postgres' : 'sqlite';
  if (manifest.dialect !== target) {
    throw new BackupError(`this backup holds a ${manifest.dialect} database; the configured database is ${target}`);
  }
  const unknown = manifest.migrations.filter((m) => !knownMigrations().includes(m));
  if (unknown.length) {
    throw new BackupError(`this backup comes from a newer svpp (migrations ${unknown.join(', ')}); update svpp first`);
  }
  const filesRoot = path.join(deps.dataDir, 'files');

  const tables: Record<string, number> = {};
  let end: { tables: Record<string, number>; files: number } | undefined;
  let files = 0;
  const sqliteFile = sqliteFileIn(deps.dataDir);
  let db: Db | undefined;
  let staged: string | undefined;
  try {
    if (target === 'sqlite') {
      if (existsSync(sqliteFile)) {
        // An existing file is fine only when it holds no records (a fresh, migrated data directory).
        const existing = new SqliteDatabase(sqliteFile, { readonly: true, fileMustExist: true });
        try {
          const names = (
            existing
              .prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`)
              .all() as { name: string }[]
          )
            .map((r) => r.name)
            .filter((n) => !bookkeepingTables.includes(n));
          const full = names.filter((n) => existing.prepare(`select 1 from "${n.replace(/"/g, '""')}" limit 1`).get());
          if (full.length) {
            throw new BackupError(
              `refusing to restore: ${sqliteFile} is not empty (${full.slice(0, 5).join(', ')}${full.length > 5 ? ', …' : ''} hold records); restore into an empty data directory`,
            );
          }
        } finally {
          existing.close();
        }
      }
      await mkdir(deps.dataDir, { recursive: true });
      staged = `${sqliteFile}.restoring`;
      await rm(staged, { force: true });
    } else {
      db = openDatabase({ databaseUrl: deps.databaseUrl });
      const repository = new BackupRepository(db.kysely);
      const full = await repository.nonEmptyTables(await repository.tablesInForeignKeyOrder());
      if (full.length) {
        throw new BackupError(
          `refusing to restore: the database is not empty (${full.slice(0, 5).join(', ')}${full.length > 5 ? ', …' : ''} hold records); restore into an empty database`,
        );
      }
    }
    await assertFilesEmpty(filesRoot);
    if (db) {
      // The schema as it was when the backup was taken, then its rows, then the newer migrations.
      const applied = await appliedMigrations(db);
      const last = manifest.migrations.at(-1);
      if (last && !applied.includes(last)) await migrateTo(db, last);
    }

    let table: string | undefined;
    let columns: string[] = [];
    let batch: unknown[][] = [];
    let fileName: string | undefined;
    let fileHash = createHash('sha256');
    let fileSize = 0;
    let fileDeclared = 0;
    const flush = async (trx: BackupRepository) => {
      if (table && batch.length) await trx.insertRows(table, columns, batch);
      batch = [];
    };
    const load = async (repository: BackupRepository | undefined) => {
      let first = true;
      for await (const record of lines(file)) {
        if (first) {
          first = false;
          continue;
        }
        if ('db' in record) {
          if (!staged) throw new BackupError('a database file in a PostgreSQL backup');
          await appendFile(staged, Buffer.from(String(record.db), 'base64'));
        } else if ('table' in record) {
          if (!repository) throw new BackupError('table rows in a SQLite backup');
          await flush(repository);
          table = String(record.table);
          columns = record.columns as string[];
          tables[table] = 0;
        } else if ('r' in record) {
          if (!repository || !table) throw new BackupError('a row outside a table');
          batch.push((record.r as unknown[]).map(decode));
          tables[table] = (tables[table] ?? 0) + 1;
          if (batch.length >= Math.max(1, Math.min(500, Math.floor(30_000 / Math.max(1, columns.length))))) {
            await flush(repository);
          }
        } else if ('file' in record) {
          if (repository) await flush(repository);
          fileName = String(record.file);
          const where = path.resolve(filesRoot, fileName);
          if (!where.startsWith(path.resolve(filesRoot) + path.sep)) {
            throw new BackupError(`unsafe file name in the backup: ${fileName}`);
          }
          await mkdir(path.dirname(where), { recursive: true });
          await writeFile(where, Buffer.alloc(0), { flag: 'wx' });
          fileHash = createHash('sha256');
          fileSize = 0;
          fileDeclared = Number(record.size);
        } else if ('fc' in record) {
          if (!fileName) throw new BackupError('file content outside a file');
          const data = Buffer.from(String(record.fc), 'base64');
          fileHash.update(data);
          fileSize += data.length;
          await appendFile(path.resolve(filesRoot, fileName), data);
        } else if ('fileEnd' in record) {
          if (fileHash.digest('hex') !== record.sha256 || fileSize !== fileDeclared) {
            throw new BackupError(`file ${fileName ?? '?'} is damaged in the backup (checksum)`);
          }
          files++;
          fileName = undefined;
        } else if ('end' in record) {
          if (repository) await flush(repository);
          end = record.end as typeof end;
        }
      }
      if (!end) throw new BackupError(`${file} is cut off (no end record): not restored`);
    };

    if (db) {
      // Every row in one transaction: a broken backup leaves the database empty.
      await db.kysely.transaction().execute(async (trx) => load(new BackupRepository(trx)));
      await migrateToLatest(db);
      await new BackupRepository(db.kysely).resetSequences();
    } else {
      await load(undefined);
      if (!staged || !existsSync(staged)) throw new BackupError('the backup holds no database');
      for (const suffix of ['-wal', '-shm', '']) await rm(`${sqliteFile}${suffix}`, { force: true });
      // The copy's own counts, before newer migrations run on it.
      const copy = new SqliteDatabase(staged, { readonly: true, fileMustExist: true });
      try {
        for (const name of Object.keys(end?.tables ?? {})) {
          tables[name] = (
            copy.prepare(`select count(*) as n from "${name.replace(/"/g, '""')}"`).get() as { n: number }
          ).n;
        }
      } finally {
        copy.close();
      }
      await rename(staged, sqliteFile);
      staged = undefined;
      db = openDatabase({ sqliteFile });
      await migrateToLatest(db);
    }
    const summary = { dialect: target, tables, files, bytes: (await stat(file)).size };
    for (const [name, n] of Object.entries(end?.tables ?? {})) {
      if ((tables[name] ?? 0) !== n) {
        throw new BackupError(`table ${name}: ${tables[name] ?? 0} rows restored, the backup says ${n}`);
      }
    }
    if (end && end.files !== files) throw new BackupError(`${files} files restored, the backup says ${end.files}`);
    return summary;
  } finally {
    if (staged) await rm(staged, { force: true });
    await db?.close();
  }
}

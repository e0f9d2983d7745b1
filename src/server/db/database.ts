import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import SqliteDatabase from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  PostgresAdapter,
  PostgresDialect,
  type QueryResult,
  SqliteDialect,
  type TransactionSettings,
  SelectQueryNode,
} from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';
import { isSqliteBusy } from './db-errors.js';

export type Dialect = 'sqlite' | 'postgres';

export interface Db {
  kysely: Kysely<Database>;
  dialect: Dialect;
  close(): Promise<void>;
}

interface DbOptions {
  /** A postgres:// URL; otherwise SQLite. */
  databaseUrl?: string | undefined;
  /** SQLite file path, or ':memory:'. */
  sqliteFile?: string;
  /** Where connection trouble is reported (a lost PostgreSQL connection); defaults to one line on stderr. */
  onConnectionError?: (error: Error) => void;
  /** SQLite: how long a write waits in all for another process's write lock before SQLITE_BUSY (default 10 s). */
  sqliteBusyWaitMs?: number;
  /** PostgreSQL: connections in the pool (default 10). */
  poolSize?: number;
}

const defaultConnectionError = (error: Error): void => {
  process.stderr.write(`svpp: database connection error: ${error.message}\n`);
};

/** Opens the database: PostgreSQL when a URL is given, otherwise SQLite (WAL, foreign keys on). */
export function openDatabase(options: DbOptions): Db {
  const onConnectionError = options.onConnectionError ?? defaultConnectionError;
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      keepAlive: true,
    });
    // Without these listeners a connection that PostgreSQL ends (restart, admin shutdown, network) is an unhandled
    // 'error' event and ends the process. With them the broken client is dropped and the next request connects anew.
    pool.on('error', onConnectionError);
    pool.on('connect', (client) => client.on('error', onConnectionError));
    const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { kysely, dialect: 'postgres', close: () => kysely.destroy() };
  }
  const file = options.sqliteFile ?? ':memory:';
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SqliteDatabase(file);
  // A short synchronous wait inside SQLite (it blocks the event loop), then asynchronous retries up to the busy wait.
  sqlite.pragma('busy_timeout = 250');
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  const kysely = new Kysely<Database>({
    dialect: new ImmediateSqliteDialect(sqlite, options.sqliteBusyWaitMs ?? 10_000),
  });
  return { kysely, dialect: 'sqlite', close: () => kysely.destroy() };
}

export function sqliteFileIn(dataDir: string): string {
  return path.join(dataDir, 'svpp.sqlite');
}

/** True when this Kysely instance (or transaction) talks to PostgreSQL. */
export function isPostgres(db: Kysely<Database>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/**
 * `SELECT … FOR UPDATE` on PostgreSQL (the row stays locked until the transaction ends); unchanged on SQLite, where
 * a write transaction (`BEGIN IMMEDIATE`) already holds the database's single write lock.
 */
export function forUpdate<Q extends { forUpdate(): Q }>(db: Kysely<Database>, query: Q): Q {
  return isPostgres(db) ? query.forUpdate() : query;
}

/** `select 1`: throws when the database cannot answer. */
export async function pingDatabase(db: Db): Promise<void> {
  await db.kysely.executeQuery(CompiledQuery.raw('select 1'));
}

interface WaitOptions {
  tries: number;
  delayMs: number;
  /** Told about each failed try (1-based) before waiting. */
  onRetry?: (attempt: number, tries: number, error: unknown) => void;
}

/** Waits at start-up until the database answers: `tries` attempts `delayMs` apart; throws the last error after. */
export async function waitForDatabase(db: Db, options: WaitOptions): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await pingDatabase(db);
      return;
    } catch (error) {
      if (attempt >= options.tries) throw error;
      options.onRetry?.(attempt, options.tries, error);
      await sleep(options.delayMs);
    }
  }
}

/**
 * SQLite with `BEGIN IMMEDIATE`: a transaction takes the write lock when it starts, so a transaction that reads and
 * then writes never fails half-way on a lock another process (the CLI next to the server) took meanwhile. Waiting
 * for that lock is asynchronous (bounded retries of SQLITE_BUSY), so the server keeps answering reads meanwhile.
 * Within the process one connection is shared behind a mutex, as in Kysely's own driver: one writer at a time.
 */
class ImmediateSqliteDialect extends SqliteDialect {
  constructor(
    private readonly sqlite: SqliteDatabase.Database,
    private readonly busyWaitMs: number,
  ) {
    super({ database: sqlite });
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.sqlite, this.busyWaitMs);
  }
}

class ImmediateSqliteDriver implements Driver {
  readonly #mutex = new ConnectionMutex();
  readonly #connection: ImmediateSqliteConnection;

  constructor(
    private readonly sqlite: SqliteDatabase.Database,
    busyWaitMs: number,
  ) {
    this.#connection = new ImmediateSqliteConnection(sqlite, busyWaitMs);
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.#mutex.lock();
    return this.#connection;
  }

  async beginTransaction(connection: DatabaseConnection, _settings: TransactionSettings): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    // A failed statement may already have ended the transaction (SQLite rolls back on some errors itself).
    if (this.sqlite.inTransaction) await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async savepoint(connection: DatabaseConnection, savepointName: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`savepoint "${savepointName.replaceAll('"', '')}"`));
  }

  async rollbackToSavepoint(connection: DatabaseConnection, savepointName: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`rollback to "${savepointName.replaceAll('"', '')}"`));
  }

  async releaseSavepoint(connection: DatabaseConnection, savepointName: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`release "${savepointName.replaceAll('"', '')}"`));
  }

  async releaseConnection(): Promise<void> {
    this.#mutex.unlock();
  }

  async destroy(): Promise<void> {
    this.sqlite.close();
  }
}

/** Prepared statements kept per connection (by SQL text); the oldest goes past this many. */
const statementCacheSize = 500;

class ImmediateSqliteConnection implements DatabaseConnection {
  /**
   * Kysely sends the same SQL texts again and again; preparing one costs about as much as running a small query, so
   * each text is prepared once. Safe: one query at a time runs on this connection (the driver's mutex), SQLite
   * re-prepares a statement itself after a schema change, and streamed queries prepare their own.
   */
  readonly #statements = new Map<string, SqliteDatabase.Statement>();

  constructor(
    private readonly sqlite: SqliteDatabase.Database,
    private readonly busyWaitMs: number,
  ) {}

  private prepared(sql: string): SqliteDatabase.Statement {
    const cached = this.#statements.get(sql);
    if (cached) return cached;
    const statement = this.sqlite.prepare(sql);
    if (this.#statements.size >= statementCacheSize) {
      const oldest = this.#statements.keys().next();
      if (!oldest.done) this.#statements.delete(oldest.value);
    }
    this.#statements.set(sql, statement);
    return statement;
  }

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    // Inside BEGIN IMMEDIATE this process holds the write lock: a statement there is never retried (it cannot be
    // busy, and re-running part of a transaction would be wrong). Outside, the statement is atomic: retry it.
    if (this.sqlite.inTransaction) return this.run<R>(compiledQuery);
    const deadline = Date.now() + this.busyWaitMs;
    for (let attempt = 0; ; attempt++) {
      try {
        return this.run<R>(compiledQuery);
      } catch (error) {
        if (!isSqliteBusy(error) || Date.now() >= deadline) throw error;
        await sleep(Math.min(200, 10 * 2 ** attempt) + Math.random() * 20);
      }
    }
  }

  private run<R>(compiledQuery: CompiledQuery): QueryResult<R> {
    const { sql, parameters } = compiledQuery;
    const statement = this.prepared(sql);
    if (statement.reader) return { rows: statement.all(parameters) as R[] };
    const { changes, lastInsertRowid } = statement.run(parameters);
    return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
  }

  async *streamQuery<R>(compiledQuery: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    const { sql, parameters, query } = compiledQuery;
    if (!SelectQueryNode.is(query)) throw new Error('SQLite only streams select queries');
    for (const row of this.sqlite.prepare(sql).iterate(parameters)) yield { rows: [row as R] };
  }
}

class ConnectionMutex {
  #promise: Promise<void> | undefined;
  #resolve: (() => void) | undefined;

  async lock(): Promise<void> {
    while (this.#promise) await this.#promise;
    this.#promise = new Promise((resolve) => {
      this.#resolve = resolve;
    });
  }

  unlock(): void {
    const resolve = this.#resolve;
    this.#promise = undefined;
    this.#resolve = undefined;
    resolve?.();
  }
}

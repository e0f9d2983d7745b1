/** True when a driver error is a unique-constraint violation, on SQLite or PostgreSQL. */
export function isUniqueViolation(error: unknown): boolean {
  if (!error || typeof error !== 'object' || !('code' in error)) return false;
  const code = error.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505';
}

const codeOf = (error: unknown): string | undefined =>
  error && typeof error === 'object' && 'code' in error && typeof error.code === 'string' ? error.code : undefined;

/** The error itself, its `cause` and the members of an AggregateError (Node's connect to several addresses). */
function* chain(error: unknown, depth = 0): Generator<unknown> {
  if (!error || depth > 4) return;
  yield error;
  if (error instanceof AggregateError) for (const inner of error.errors) yield* chain(inner, depth + 1);
  if (error instanceof Error && error.cause) yield* chain(error.cause, depth + 1);
}

/** SQLite's write lock is held by another connection (another process: the CLI, a second server). */
export function isSqliteBusy(error: unknown): boolean {
  const code = codeOf(error);
  return code === 'SQLITE_BUSY' || code?.startsWith('SQLITE_BUSY_') === true || code === 'SQLITE_LOCKED';
}

const networkCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
// PostgreSQL: 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now (starting up, shutting down),
// 53300 too_many_connections; class 08 is every connection exception.
const postgresCodes = new Set(['57P01', '57P02', '57P03', '53300']);
const lostConnection =
  /Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect|Postgres connection has been discarded|the database system is (starting up|shutting down|in recovery)|Client was closed and is not queryable/i;
// SQLite: the file cannot be opened, written or grown (a read-only or full data directory, a failing disk).
const sqliteStorageCodes = /^SQLITE_(READONLY|CANTOPEN|IOERR|FULL|CORRUPT|NOTADB)/;

/** The database cannot be reached or cannot store anything now: 503, the request may be repeated later. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const e of chain(error)) {
    const code = codeOf(e);
    if (
      code &&
      (networkCodes.has(code) ||
        postgresCodes.has(code) ||
        /^08[0-9A-Z]{3}$/.test(code) ||
        sqliteStorageCodes.test(code))
    ) {
      return true;
    }
    if (e instanceof Error && lostConnection.test(e.message)) return true;
  }
  return false;
}

/** PostgreSQL refused a text value (22021: a NUL byte; 22P05: an untranslatable character). */
export function isInvalidTextEncoding(error: unknown): boolean {
  const code = codeOf(error);
  return code === '22021' || code === '22P05';
}

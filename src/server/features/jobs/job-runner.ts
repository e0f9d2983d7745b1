import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { Clock } from '../../adapters/clock.js';
import { newId } from '../../adapters/tokens.js';

/** Where background jobs report: Fastify's (pino) logger fits; `error(object, message)`. */
export interface JobLog {
  error(object: Record<string, unknown>, message: string): void;
  warn(object: Record<string, unknown>, message: string): void;
  info(object: Record<string, unknown>, message: string): void;
}

/** A logger that drops everything (tests, the CLI). */
export const silentJobLog: JobLog = { error: () => undefined, warn: () => undefined, info: () => undefined };

/** The background jobs by name: the name is the advisory-lock key and the `job_run.job` value. */
export const jobNames = ['mail.outbox', 'calendar.reminders', 'retention.sweep'] as const;
type JobName = (typeof jobNames)[number];

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error)).slice(0, 1000);

/**
 * Runs `work` in at most one process at a time across every server on one PostgreSQL database: a session-level
 * advisory lock (`pg_try_advisory_lock`) on a connection held for the run; a process that does not get it skips the
 * run (another one is doing it) and answers `{ ran: false }`. On SQLite one server process per file is the rule and
 * its single connection is shared behind a mutex, so the job simply runs.
 */
export async function exclusively<T>(
  db: Db,
  job: string,
  work: () => Promise<T>,
): Promise<{ ran: true; result: T } | { ran: false }> {
  if (db.dialect !== 'postgres') return { ran: true, result: await work() };
  return db.kysely.connection().execute(async (connection) => {
    const key = `svpp:job:${job}`;
    const locked = await sql<{ locked: boolean }>`select pg_try_advisory_lock(hashtext(${key})) as locked`.execute(
      connection,
    );
    if (!locked.rows[0]?.locked) return { ran: false as const };
    try {
      return { ran: true as const, result: await work() };
    } finally {
      await sql`select pg_advisory_unlock(hashtext(${key}))`.execute(connection);
    }
  });
}

/**
 * Records job runs in `job_run` (what the admin's home page reads) and logs their failures with job and municipality.
 */
export class JobRecorder {
  constructor(private readonly deps: { db: Db; clock: Clock; log: JobLog }) {}

  /**
   * Runs one job's work for one municipality (or the installation: null), records the run and logs a failure.
   * Never throws: a failure is returned as `{ ok: false }` so the caller goes on with the next municipality.
   */
  async record<T>(
    job: JobName,
    municipalityId: string | null,
    work: () => Promise<T>,
  ): Promise<{ ok: true; result: T } | { ok: false; error: string }> {
    const { db, clock, log } = this.deps;
    const id = newId();
    const startedAt = clock.now().toISOString();
    try {
      await db.kysely
        .insertInto('job_run')
        .values({
          id,
          job,
          municipality_id: municipalityId,
          started_at: startedAt,
          finished_at: null,
          ok: null,
          error: null,
          detail_json: null,
        })
        .execute();
    } catch (error) {
      // Recording is secondary to the work itself (a legal duty for the retention sweep): log and go on.
      log.error({ job, municipalityId, err: error }, 'background job: could not record the run');
    }
    try {
      const result = await work();
      await this.finish(id, job, municipalityId, true, null, result);
      return { ok: true, result };
    } catch (error) {
      const message = messageOf(error);
      log.error(
        { job, municipalityId, err: error },
        `background job ${job} failed for municipality ${municipalityId ?? '(installation)'}`,
      );
      await this.finish(id, job, municipalityId, false, message, undefined);
      return { ok: false, error: message };
    }
  }

  /** Logs an error a job caught outside `record` (a timer's run that failed as a whole). */
  failed(job: JobName, municipalityId: string | null, error: unknown): void {
    this.deps.log.error({ job, municipalityId, err: error }, `background job ${job} failed`);
  }

  /** Removes runs older than `days` (a job runs at least hourly, so its latest run is always much younger). */
  async prune(days = 90): Promise<void> {
    const before = new Date(this.deps.clock.now().getTime() - days * 86_400_000).toISOString();
    await this.deps.db.kysely.deleteFrom('job_run').where('started_at', '<', before).execute();
  }

  private async finish(
    id: string,
    job: string,
    municipalityId: string | null,
    ok: boolean,
    error: string | null,
    result: unknown,
  ): Promise<void> {
    try {
      const detail = result !== undefined && typeof result === 'object' ? JSON.stringify(result) : null;
      await this.deps.db.kysely
        .updateTable('job_run')
        .set({ finished_at: this.deps.clock.now().toISOString(), ok: ok ? 1 : 0, error, detail_json: detail })
        .where('id', '=', id)
        .execute();
    } catch (recordError) {
      this.deps.log.error(
        { job, municipalityId, err: recordError },
        'background job: could not record the end of the run',
      );
    }
  }
}

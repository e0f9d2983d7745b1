import type { Config } from '../../server/config.js';
import { buildApp } from '../../server/app.js';
import { type Db, openDatabase, sqliteFileIn, waitForDatabase } from '../../server/db/database.js';
import { migrateToLatest } from '../../server/db/migrator.js';
import { acquireServerLock } from '../../server/db/server-lock.js';

/**
 * Opens the database for serving: waits for it at start-up (PostgreSQL still starting, a database host rebooting:
 * `dbStartupTries` × `dbStartupDelayMs`, each failed try said on stderr), then migrates.
 */
async function openForServing(config: Config): Promise<Db> {
  const db = openDatabase({ databaseUrl: config.databaseUrl, sqliteFile: sqliteFileIn(config.dataDir) });
  try {
    await waitForDatabase(db, {
      tries: config.dbStartupTries,
      delayMs: config.dbStartupDelayMs,
      onRetry: (attempt, tries, error) =>
        process.stderr.write(
          `svpp: the database does not answer yet (${error instanceof Error ? error.message || error.name : String(error)}); try ${attempt} of ${tries}, next in ${config.dbStartupDelayMs} ms\n`,
        ),
    }).catch((error: unknown) => {
      throw new Error(
        `the database did not answer after ${config.dbStartupTries} tries (${error instanceof Error ? error.message || error.name : String(error)}); check DATABASE_URL and that PostgreSQL runs`,
      );
    });
    await migrateToLatest(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

/** Serves the API and the web app until SIGINT/SIGTERM. */
export async function serve(config: Config, banner?: string[]): Promise<void> {
  // One server process per SQLite file; several may share one PostgreSQL.
  const lock = config.databaseUrl ? undefined : acquireServerLock(config.dataDir);
  const db = await openForServing(config).catch((error: unknown) => {
    lock?.release();
    throw error;
  });
  const { app, services } = await buildApp({ config, db });
  // Mail waits in the outbox until an SMTP server answers; every 30 s the server tries what is due.
  services.outbox.start(30_000);
  services.outbox.dispatchSoon();
  // Deadline reminders (N days before, and when overdue; each once): hourly, and once at start.
  // With several server processes on one PostgreSQL database, one of them runs each job at a time (advisory locks,
  // outbox claims); every failure is logged with its job and municipality and recorded in job_run.
  services.calendar.start(3_600_000);
  services.calendar.remindInBackground();
  // Personal data past its retention period (closed cases, citizens' contacts of closed complaints): hourly.
  services.retention.start(3_600_000);
  services.retention.runInBackground();
  await app.listen({ host: config.host, port: config.port });
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`;
  process.stdout.write(
    `svpp ${config.version} serves ${url} (${db.dialect === 'sqlite' ? `SQLite in ${config.dataDir}` : 'PostgreSQL'})\n`,
  );
  for (const line of banner ?? []) process.stdout.write(`${line}\n`);
  const stop = async () => {
    services.outbox.stop();
    services.calendar.stop();
    services.retention.stop();
    await app.close();
    await db.close();
    lock?.release();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

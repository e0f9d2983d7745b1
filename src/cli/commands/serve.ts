import type { Config } from '../../server/config.js';
import { buildApp } from '../../server/app.js';
import { openMigrated } from '../runtime.js';

/** Serves the API and the web app until SIGINT/SIGTERM. */
export async function serve(config: Config, banner?: string[]): Promise<void> {
  const db = await openMigrated(config);
  const { app, services } = await buildApp({ config, db });
  // Mail waits in the outbox until an SMTP server answers; every 30 s the server tries what is due.
  services.outbox.start(30_000);
  services.outbox.dispatchSoon();
  // Deadline reminders (N days before, and when overdue; each once): hourly, and once at start.
  services.calendar.start(3_600_000);
  void services.calendar.remind().catch(() => undefined);
  // Personal data past its retention period (closed cases, citizens' contacts of closed complaints): hourly.
  services.retention.start(3_600_000);
  void services.retention.run().catch(() => undefined);
  await app.listen({ host: config.host, port: config.port });
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`;
  process.stdout.write(`svpp ${config.version} serves ${url} (${db.dialect === 'sqlite' ? `SQLite in ${config.dataDir}` : 'PostgreSQL'})\n`);
  for (const line of banner ?? []) process.stdout.write(`${line}\n`);
  const stop = async () => {
    services.outbox.stop();
    services.calendar.stop();
    services.retention.stop();
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

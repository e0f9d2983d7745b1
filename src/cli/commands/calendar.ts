import { buildApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { CliError } from '../cli-error.js';
import { withDatabase } from '../runtime.js';

/** `svpp calendar remind`: sends the deadline reminders due now (as the server does every hour), then the outbox. */
export async function calendarCommand(args: string[]): Promise<void> {
  if (args[0] !== 'remind' || args.length > 1) throw new CliError('usage: svpp calendar remind', 2);
  const config = loadConfig();
  await withDatabase(async (db) => {
    // The app composes every feature's deadline providers; nothing listens.
    const { app, services } = await buildApp({ config, db, logger: false });
    try {
      const { enqueued } = await services.calendar.remind();
      const { sent, failed } = await services.outbox.dispatch();
      process.stdout.write(
        `reminders: ${enqueued} enqueued; mail: ${sent} sent, ${failed} failed${services.outbox.configured ? '' : ' (no SMTP configured: mail waits in the outbox)'}\n`,
      );
    } finally {
      await app.close();
    }
  }, config);
}

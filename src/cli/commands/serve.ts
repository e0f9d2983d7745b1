import type { Config } from '../../server/config.js';
import { buildApp } from '../../server/app.js';
import { openMigrated } from '../runtime.js';

/** Serves the API and the web app until SIGINT/SIGTERM. */
export async function serve(config: Config, banner?: string[]): Promise<void> {
  const db = await openMigrated(config);
  const { app } = await buildApp({ config, db });
  await app.listen({ host: config.host, port: config.port });
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`;
  process.stdout.write(`svpp ${config.version} serves ${url} (${db.dialect === 'sqlite' ? `SQLite in ${config.dataDir}` : 'PostgreSQL'})\n`);
  for (const line of banner ?? []) process.stdout.write(`${line}\n`);
  const stop = async () => {
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../../../src/server/app.js';
import { systemClock } from '../../../src/server/adapters/clock.js';
import { argon2idHasher } from '../../../src/server/adapters/passwords.js';
import { loadConfig, projectRoot } from '../../../src/server/config.js';
import { openDatabase, sqliteFileIn } from '../../../src/server/db/database.js';
import { migrateToLatest } from '../../../src/server/db/migrator.js';
import { loadDemo } from '../../../src/server/features/demo/demo.service.js';

export interface TestServer {
  /** http://127.0.0.1:<port> */
  url: string;
  close(): Promise<void>;
}

export const webDir = path.join(projectRoot, 'dist', 'web');

/**
 * A real svpp server in this process: a fresh SQLite database in a temp folder with the demo municipality loaded,
 * serving the built web app on a free port.
 */
export async function startServer(): Promise<TestServer> {
  if (!existsSync(path.join(webDir, 'index.html'))) {
    throw new Error(`${path.join(webDir, 'index.html')} is missing: run \`npx vite build\` first`);
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'svpp-e2e-'));
  // An empty environment: a DATABASE_URL meant for other tests must not leak in.
  const config = loadConfig({}, { dataDir, host: '127.0.0.1', port: 0, webDir, logLevel: 'silent' });
  const db = openDatabase({ sqliteFile: sqliteFileIn(dataDir) });
  try {
    await migrateToLatest(db);
    await loadDemo({ db, clock: systemClock, hasher: argon2idHasher });
    const { app } = await buildApp({ config, db, logger: false });
    const url = await app.listen({ host: config.host, port: config.port });
    return {
      url,
      close: async () => {
        await app.close();
        await db.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await db.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

import { type Config, loadConfig } from '../server/config.js';
import { type Db, openDatabase, sqliteFileIn } from '../server/db/database.js';
import { migrateToLatest } from '../server/db/migrator.js';

/** Opens the configured database, migrated to the latest schema. */
async function openMigrated(config: Config): Promise<Db> {
  const db = openDatabase({ databaseUrl: config.databaseUrl, sqliteFile: sqliteFileIn(config.dataDir) });
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

export async function withDatabase<T>(
  run: (db: Db, config: Config) => Promise<T>,
  config: Config = loadConfig(),
): Promise<T> {
  const db = await openMigrated(config);
  try {
    return await run(db, config);
  } finally {
    await db.close();
  }
}

import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { type Db, type Dialect, openDatabase } from '../../src/server/db/database.js';
import { migrateToLatest } from '../../src/server/db/migrator.js';

/** The dialects every repository test runs on. */
export const dialects: Dialect[] = ['sqlite', 'postgres'];

export interface TestDatabase {
  db: Db;
  /** The postgres:// URL of this test's own database (PostgreSQL only). */
  url?: string;
  drop(): Promise<void>;
}

/** A fresh, migrated database of the given dialect: in-memory SQLite, or a new database on the test cluster. */
export async function createTestDatabase(dialect: Dialect, options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const db = openDatabase({ sqliteFile: ':memory:' });
    if (options.migrate !== false) await migrateToLatest(db);
    return { db, drop: () => db.close() };
  }
  const serverUrl = inject('postgresUrl');
  const name = `svpp_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = openDatabase({ databaseUrl: url.toString() });
  if (options.migrate !== false) await migrateToLatest(db);
  return {
    db,
    url: url.toString(),
    drop: async () => {
      await db.close();
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

import { type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { Db } from './database.js';
import * as m0001 from './migrations/0001-foundation.js';
import * as m0002 from './migrations/0002-plans.js';
import * as m0003 from './migrations/0003-monitoring.js';
import * as m0004 from './migrations/0004-files.js';
import * as m0005 from './migrations/0005-daily-rollup.js';
import * as m0006 from './migrations/0006-mail-outbox.js';
import * as m0007 from './migrations/0007-guards.js';
import * as m0008 from './migrations/0008-barometer.js';
import * as m0009 from './migrations/0009-cases.js';
import * as m0010 from './migrations/0010-finance.js';
import * as m0011 from './migrations/0011-complaints.js';
import * as m0012 from './migrations/0012-subjects.js';
import * as m0013 from './migrations/0013-municipality-time-zone.js';
import * as m0015 from './migrations/0015-shared-limits.js';
import * as m0016 from './migrations/0016-password-reset.js';
import * as m0017 from './migrations/0017-complaint-standard-answers.js';
import * as m0018 from './migrations/0018-enforcement.js';
import * as m0019 from './migrations/0019-nuisance-wijk-hourly.js';
import * as m0020 from './migrations/0020-tenant-index-order.js';
import * as m0023 from './migrations/0023-municipality-kind.js';

/** Every migration, in order. Names are permanent: add, never rename. */
const migrations: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-plans': m0002,
  '0003-monitoring': m0003,
  '0004-files': m0004,
  '0005-daily-rollup': m0005,
  '0006-mail-outbox': m0006,
  '0007-guards': m0007,
  '0008-barometer': m0008,
  '0009-cases': m0009,
  '0010-finance': m0010,
  '0011-complaints': m0011,
  '0012-subjects': m0012,
  '0013-municipality-time-zone': m0013,
  '0015-shared-limits': m0015,
  '0016-password-reset': m0016,
  '0017-complaint-standard-answers': m0017,
  '0018-enforcement': m0018,
  '0019-nuisance-wijk-hourly': m0019,
  '0020-tenant-index-order': m0020,
  '0023-municipality-kind': m0023,
};

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) };

class MigrationError extends Error {}

/** The names of every migration this code knows, in order (backups record them). */
export const knownMigrations = (): string[] => Object.keys(migrations);

/** Brings the database up to (and including) the named migration; returns the names applied now (restore). */
export async function migrateTo(db: Db, name: string): Promise<string[]> {
  const migrator = new Migrator({
    db: db.kysely,
    provider,
    migrationTableName: 'svpp_migration',
    migrationLockTableName: 'svpp_migration_lock',
  });
  const { error, results } = await migrator.migrateTo(name);
  if (error) {
    throw new MigrationError(
      `migration to ${name} failed: ${error instanceof Error ? error.message : JSON.stringify(error)}`,
    );
  }
  return (results ?? []).filter((r) => r.status === 'Success' && r.direction === 'Up').map((r) => r.migrationName);
}

/** Brings the database to the latest schema; returns the names applied now. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({
    db: db.kysely,
    provider,
    migrationTableName: 'svpp_migration',
    migrationLockTableName: 'svpp_migration_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new MigrationError(
      `migration ${failed?.migrationName ?? '?'} failed: ${error instanceof Error ? error.message : JSON.stringify(error)}`,
    );
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

import type { Db } from '../db/database.js';
import type { Clock } from '../adapters/clock.js';
import type { PasswordHasher } from '../adapters/passwords.js';
import type { GeoAdapter } from '../adapters/geo.js';

/** What services may use. Each service takes only the parts it needs. */
export interface ServiceDeps {
  db: Db;
  clock: Clock;
  hasher: PasswordHasher;
  /** Each municipality's geometry (wijken, boundary), cached; services that omit it use the database's own. */
  geo?: GeoAdapter;
}

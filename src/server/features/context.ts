import type { Db } from '../db/database.js';
import type { Clock } from '../adapters/clock.js';
import type { PasswordHasher } from '../adapters/passwords.js';

/** What services may use. Each service takes only the parts it needs. */
export interface ServiceDeps {
  db: Db;
  clock: Clock;
  hasher: PasswordHasher;
}

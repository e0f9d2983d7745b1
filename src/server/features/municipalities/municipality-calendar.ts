import type { Kysely } from 'kysely';
import { DEFAULT_TIME_ZONE, isTimeZone, todayIn } from '../../../shared/calendar/days.js';
import type { Clock } from '../../adapters/clock.js';
import type { Database } from '../../db/schema.js';
import { MunicipalityRepository } from './municipality.repository.js';

// Per database handle: municipality id → its time zone. A municipality's zone is set once (migration 0013's
// default, or by hand in the database) and read on every "today", so it is looked up once per process.
const cache = new WeakMap<Kysely<Database>, Map<string, string>>();

/** The municipality's IANA time zone; the default (Europe/Brussels) when it is unknown or not a valid zone. */
export async function timeZoneOf(db: Kysely<Database>, municipalityId: string): Promise<string> {
  let zones = cache.get(db);
  if (!zones) {
    zones = new Map();
    cache.set(db, zones);
  }
  const known = zones.get(municipalityId);
  if (known) return known;
  const row = await new MunicipalityRepository(db).timeZoneOf(municipalityId);
  const zone = row && isTimeZone(row.time_zone) ? row.time_zone : DEFAULT_TIME_ZONE;
  if (row) zones.set(municipalityId, zone);
  return zone;
}

/** Today on the municipality's calendar, by the injected clock: the one way services ask for "today". */
export async function municipalityToday(
  deps: { db: { kysely: Kysely<Database> }; clock: Clock },
  municipalityId: string,
): Promise<string> {
  return todayIn(await timeZoneOf(deps.db.kysely, municipalityId), deps.clock.now());
}

import type { Kysely } from 'kysely';
import type { PlaceInput } from '../../../shared/api/registrations.schema.js';
import { geoFor, placePoint } from '../../adapters/geo.js';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../http/app-error.js';
import { MunicipalityRepository } from '../municipalities/municipality.repository.js';

export interface PlacedPoint {
  wijk_code: string | null;
  lat: number | null;
  lon: number | null;
  address: string | null;
}

/** A place given by the phone (GPS point or a picked wijk), checked against the municipality's wijken like a registration's. */
export async function placeOf(
  db: Kysely<Database>,
  municipalityId: string,
  input: PlaceInput | null | undefined,
): Promise<PlacedPoint> {
  const none = { wijk_code: null, lat: null, lon: null, address: null };
  if (!input) return none;
  const municipality = await new MunicipalityRepository(db).findById(municipalityId);
  const geo = geoFor(municipality?.slug ?? '');
  if ('wijkCode' in input) {
    if (geo && !geo.wijken.features.some((f) => f.properties.wijk_code === input.wijkCode)) {
      throw new AppError('PLACE_UNKNOWN_WIJK', { wijkCode: input.wijkCode });
    }
    return { ...none, wijk_code: input.wijkCode };
  }
  if (!geo) return { wijk_code: null, lat: input.lat, lon: input.lon, address: input.address ?? null };
  const placed = placePoint(geo, input.lon, input.lat);
  if (!placed.inside) throw new AppError('PLACE_OUTSIDE_MUNICIPALITY', { lat: input.lat, lon: input.lon });
  return { wijk_code: placed.wijkCode ?? null, lat: input.lat, lon: input.lon, address: input.address ?? null };
}

/** Refuses a moment in the future (a few minutes of clock skew on a phone allowed) or before 2000. */
export function assertPossibleMoment(iso: string, now: Date, field: string): void {
  const at = Date.parse(iso);
  if (Number.isNaN(at) || at > now.getTime() + 10 * 60_000 || at < Date.UTC(2000, 0, 1)) {
    throw new AppError('GUARD_TIME_IMPOSSIBLE', { field, value: iso });
  }
}

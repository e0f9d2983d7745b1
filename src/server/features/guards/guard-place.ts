import type { PlaceInput } from '../../../shared/api/registrations.schema.js';
import type { GeoAdapter } from '../../adapters/geo.js';
import { AppError } from '../../http/app-error.js';
import { checkPlace } from '../municipalities/municipality-geo.js';

interface PlacedPoint {
  wijk_code: string | null;
  lat: number | null;
  lon: number | null;
  address: string | null;
}

/**
 * A place given by the phone (GPS point or a picked wijk), checked against the municipality's wijken like a
 * registration's.
 */
export async function placeOf(
  geo: GeoAdapter,
  municipalityId: string,
  input: PlaceInput | null | undefined,
): Promise<PlacedPoint> {
  if (!input) return { wijk_code: null, lat: null, lon: null, address: null };
  const place = checkPlace(await geo.of(municipalityId), input);
  return { wijk_code: place.wijkCode, lat: place.lat, lon: place.lon, address: place.address };
}

/** Refuses a moment in the future (a few minutes of clock skew on a phone allowed) or before 2000. */
export function assertPossibleMoment(iso: string, now: Date, field: string): void {
  const at = Date.parse(iso);
  if (Number.isNaN(at) || at > now.getTime() + 10 * 60_000 || at < Date.UTC(2000, 0, 1)) {
    throw new AppError('GUARD_TIME_IMPOSSIBLE', { field, value: iso });
  }
}

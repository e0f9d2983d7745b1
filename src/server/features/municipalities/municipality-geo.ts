import type { PlaceInput } from '../../../shared/api/registrations.schema.js';
import { type GeoAdapter, geoAdapter, type MunicipalityGeo, placePoint } from '../../adapters/geo.js';
import { AppError } from '../../http/app-error.js';
import type { Db } from '../../db/database.js';
import { MunicipalityRepository } from './municipality.repository.js';

const adapters = new WeakMap<Db, GeoAdapter>();

/** The geometry adapter of one database: made once (the app passes it to the services), cached per municipality. */
export function municipalityGeo(db: Db): GeoAdapter {
  let adapter = adapters.get(db);
  if (!adapter) {
    adapter = geoAdapter(async (id) => (await new MunicipalityRepository(db.kysely).findById(id))?.slug);
    adapters.set(db, adapter);
  }
  return adapter;
}

/** The adapter a service was given, else the database's own. */
export const geoOf = (deps: { db: Db; geo?: GeoAdapter | undefined }): GeoAdapter =>
  deps.geo ?? municipalityGeo(deps.db);

interface CheckedPlace {
  wijkCode: string | null;
  lat: number | null;
  lon: number | null;
  address: string | null;
}

/**
 * A place given as a picked wijk or a map point, checked against the municipality's shipped wijken: an unknown wijk or
 * a point outside the municipality is refused; without shipped boundaries a point is kept unplaced.
 */
export function checkPlace(geo: MunicipalityGeo | undefined, input: PlaceInput): CheckedPlace {
  const none = { wijkCode: null, lat: null, lon: null, address: null };
  if ('wijkCode' in input) {
    if (geo && !geo.wijken.features.some((f) => f.properties.wijk_code === input.wijkCode)) {
      throw new AppError('PLACE_UNKNOWN_WIJK', { wijkCode: input.wijkCode });
    }
    return { ...none, wijkCode: input.wijkCode };
  }
  if (!geo) return { wijkCode: null, lat: input.lat, lon: input.lon, address: input.address ?? null };
  const placed = placePoint(geo, input.lon, input.lat);
  if (!placed.inside) throw new AppError('PLACE_OUTSIDE_MUNICIPALITY', { lat: input.lat, lon: input.lon });
  return { wijkCode: placed.wijkCode ?? null, lat: input.lat, lon: input.lon, address: input.address ?? null };
}

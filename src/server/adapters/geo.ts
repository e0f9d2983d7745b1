import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config.js';
import { type FeatureCollection, featureAt, type WijkProperties } from '../../shared/geo/wijken.js';

export interface MunicipalityGeo {
  wijken: FeatureCollection<WijkProperties>;
  boundary: FeatureCollection<Record<string, unknown>>;
  attribution: string;
}

const cache = new Map<string, MunicipalityGeo | undefined>();

/** The shipped boundaries of a municipality (assets/geo/<slug>/), or undefined when none ship. */
export function geoFor(slug: string): MunicipalityGeo | undefined {
  if (cache.has(slug)) return cache.get(slug);
  const dir = path.join(projectRoot, 'assets', 'geo', slug);
  let geo: MunicipalityGeo | undefined;
  if (/^[a-z0-9-]+$/.test(slug) && existsSync(path.join(dir, 'wijken.geojson'))) {
    geo = {
      wijken: JSON.parse(readFileSync(path.join(dir, 'wijken.geojson'), 'utf8')) as FeatureCollection<WijkProperties>,
      boundary: JSON.parse(readFileSync(path.join(dir, 'gemeente.geojson'), 'utf8')) as FeatureCollection<
        Record<string, unknown>
      >,
      attribution:
        'Wijken voor omgevingsanalyse. © gemeentebesturen, verzameld door Data & Analyse van de Vlaamse provincies. Bron: Statbel (Algemene Directie Statistiek), statistische sectoren.',
    };
  }
  cache.set(slug, geo);
  return geo;
}

/** The geometry of each municipality by its id: one lookup of its slug, then the shipped boundaries, cached. */
export interface GeoAdapter {
  /** The municipality's shipped boundaries, or undefined when none ship (or the municipality is unknown). */
  of(municipalityId: string): Promise<MunicipalityGeo | undefined>;
  /** The municipality's wijken by code → name (empty when no boundaries ship). */
  wijkNames(municipalityId: string): Promise<Map<string, string>>;
}

/**
 * A geometry adapter over a slug lookup (the municipality's slug names its folder in assets/geo); cached per
 * municipality.
 */
export function geoAdapter(slugOf: (municipalityId: string) => Promise<string | undefined>): GeoAdapter {
  const cached = new Map<string, Promise<MunicipalityGeo | undefined>>();
  const of = (municipalityId: string): Promise<MunicipalityGeo | undefined> => {
    let geo = cached.get(municipalityId);
    if (!geo) {
      geo = slugOf(municipalityId).then((slug) => {
        // Only a found municipality is kept: an unknown id (or a lost database) is asked again next time.
        if (!slug) cached.delete(municipalityId);
        return slug ? geoFor(slug) : undefined;
      });
      geo.catch(() => cached.delete(municipalityId));
      cached.set(municipalityId, geo);
    }
    return geo;
  };
  return {
    of,
    async wijkNames(municipalityId) {
      const geo = await of(municipalityId);
      return new Map((geo?.wijken.features ?? []).map((f) => [f.properties.wijk_code, f.properties.wijk_naam]));
    },
  };
}

/** Places a point: inside the municipality or not, and in which wijk. */
export function placePoint(
  geo: MunicipalityGeo,
  lon: number,
  lat: number,
): { inside: boolean; wijkCode: string | undefined } {
  const inside = geo.boundary.features.some((f) => featureAt({ type: 'FeatureCollection', features: [f] }, lon, lat));
  const wijk = featureAt(geo.wijken, lon, lat);
  return { inside: inside || !!wijk, wijkCode: wijk?.properties.wijk_code };
}

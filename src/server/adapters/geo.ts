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

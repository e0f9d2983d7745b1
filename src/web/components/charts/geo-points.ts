import { type FeatureCollection, featureAt, type Position, type WijkProperties } from '../../../shared/geo/wijken.js';

export interface GeoPoint {
  lat: number;
  lon: number;
}

export interface Bounds {
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

function isFeatureCollection(value: unknown): value is FeatureCollection<WijkProperties> {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { type?: unknown }).type === 'FeatureCollection' &&
    Array.isArray((value as { features?: unknown }).features)
  );
}

function positionsOf(collection: FeatureCollection<WijkProperties>): Position[] {
  return collection.features.flatMap((feature) =>
    feature.geometry.type === 'Polygon' ? feature.geometry.coordinates.flat() : feature.geometry.coordinates.flat(2),
  );
}

/** The bounding box of a GeoJSON FeatureCollection, or null when it is none or empty. */
export function boundsOf(geojson: unknown): Bounds | null {
  if (!isFeatureCollection(geojson)) return null;
  const positions = positionsOf(geojson);
  if (positions.length === 0) return null;
  const bounds: Bounds = { minLon: Infinity, minLat: Infinity, maxLon: -Infinity, maxLat: -Infinity };
  for (const [lon = 0, lat = 0] of positions) {
    bounds.minLon = Math.min(bounds.minLon, lon);
    bounds.maxLon = Math.max(bounds.maxLon, lon);
    bounds.minLat = Math.min(bounds.minLat, lat);
    bounds.maxLat = Math.max(bounds.maxLat, lat);
  }
  return bounds;
}

export function centreOf(bounds: Bounds): GeoPoint {
  return { lat: (bounds.minLat + bounds.maxLat) / 2, lon: (bounds.minLon + bounds.maxLon) / 2 };
}

/** The wijk (code and name) a point lies in, or null outside every wijk. */
export function wijkAt(geojson: unknown, point: GeoPoint): { code: string; name: string } | null {
  if (!isFeatureCollection(geojson)) return null;
  const feature = featureAt(geojson, point.lon, point.lat);
  return feature ? { code: feature.properties.wijk_code, name: feature.properties.wijk_naam } : null;
}

/** About 100 m north–south and east–west at Belgian latitudes; `big` moves five times as far. */
export function stepPoint(point: GeoPoint, key: string, big: boolean): GeoPoint | null {
  const factor = big ? 5 : 1;
  const dLat = 0.0009 * factor;
  const dLon = 0.0014 * factor;
  switch (key) {
    case 'ArrowUp':
      return { ...point, lat: point.lat + dLat };
    case 'ArrowDown':
      return { ...point, lat: point.lat - dLat };
    case 'ArrowLeft':
      return { ...point, lon: point.lon - dLon };
    case 'ArrowRight':
      return { ...point, lon: point.lon + dLon };
    default:
      return null;
  }
}

/** Coordinates rounded to 6 decimals (about 10 cm): enough for a place, no false precision. */
export function roundPoint(point: GeoPoint): GeoPoint {
  return { lat: Math.round(point.lat * 1e6) / 1e6, lon: Math.round(point.lon * 1e6) / 1e6 };
}

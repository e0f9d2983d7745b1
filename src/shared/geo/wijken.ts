/** Minimal GeoJSON types and point-in-polygon, enough to place a point in a wijk. Pure, no I/O. */
export type Position = [number, number] | number[];
interface PolygonGeometry {
  type: 'Polygon';
  coordinates: Position[][];
}
interface MultiPolygonGeometry {
  type: 'MultiPolygon';
  coordinates: Position[][][];
}
export interface Feature<P> {
  type: 'Feature';
  properties: P;
  geometry: PolygonGeometry | MultiPolygonGeometry;
}
export interface FeatureCollection<P> {
  type: 'FeatureCollection';
  features: Feature<P>[];
}

export interface WijkProperties {
  wijk_code: string;
  wijk_naam: string;
}

/** Ray casting on one ring (longitude x, latitude y). */
function inRing(lon: number, lat: number, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function inPolygon(lon: number, lat: number, rings: Position[][]): boolean {
  const [outer, ...holes] = rings;
  return !!outer && inRing(lon, lat, outer) && !holes.some((h) => inRing(lon, lat, h));
}

export function containsPoint(geometry: PolygonGeometry | MultiPolygonGeometry, lon: number, lat: number): boolean {
  return geometry.type === 'Polygon'
    ? inPolygon(lon, lat, geometry.coordinates)
    : geometry.coordinates.some((p) => inPolygon(lon, lat, p));
}

/** The feature that contains the point, if any. */
export function featureAt<P>(collection: FeatureCollection<P>, lon: number, lat: number): Feature<P> | undefined {
  return collection.features.find((f) => containsPoint(f.geometry, lon, lat));
}

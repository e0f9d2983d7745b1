import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { boundsOf, centreOf, roundPoint, stepPoint, wijkAt } from './geo-points.js';

// The wijken the server ships for Mechelen (assets/geo/mechelen).
const wijken: unknown = JSON.parse(
  readFileSync(new URL('../../../../assets/geo/mechelen/wijken.geojson', import.meta.url), 'utf8'),
);

describe('points on the wijk map', () => {
  it('finds the box and centre of Mechelen’s wijken', () => {
    const bounds = boundsOf(wijken);
    expect(bounds).not.toBeNull();
    if (!bounds) return;
    expect(bounds.minLat).toBeGreaterThan(50.9);
    expect(bounds.maxLat).toBeLessThan(51.1);
    expect(bounds.minLon).toBeGreaterThan(4.3);
    expect(bounds.maxLon).toBeLessThan(4.6);
    const centre = centreOf(bounds);
    expect(centre.lat).toBeGreaterThan(bounds.minLat);
    expect(centre.lon).toBeLessThan(bounds.maxLon);
    expect(boundsOf({ type: 'FeatureCollection', features: [] })).toBeNull();
    expect(boundsOf(null)).toBeNull();
  });

  it('places a point in its wijk, or in none outside the city', () => {
    // The Grote Markt lies in the centre.
    expect(wijkAt(wijken, { lat: 51.0281, lon: 4.4803 })).toEqual({ code: '12025W03', name: 'Centrum' });
    expect(wijkAt(wijken, { lat: 50.85, lon: 4.35 })).toBeNull();
    expect(wijkAt('not geojson', { lat: 51, lon: 4.5 })).toBeNull();
  });

  it('moves a point about 100 m per arrow key, five times as far with Shift', () => {
    const start = { lat: 51, lon: 4.5 };
    expect(stepPoint(start, 'ArrowUp', false)).toEqual({ lat: 51.0009, lon: 4.5 });
    expect(stepPoint(start, 'ArrowLeft', true)?.lon).toBeCloseTo(4.493, 6);
    expect(stepPoint(start, 'Enter', false)).toBeNull();
    expect(roundPoint({ lat: 51.123456789, lon: 4.987654321 })).toEqual({ lat: 51.123457, lon: 4.987654 });
  });
});

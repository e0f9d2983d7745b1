import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { containsPoint, type FeatureCollection, featureAt, type WijkProperties } from './wijken.js';

const wijken = JSON.parse(
  readFileSync('assets/geo/mechelen/wijken.geojson', 'utf8'),
) as FeatureCollection<WijkProperties>;

describe('wijk lookup', () => {
  it('ships the 12 wijken of Mechelen', () => {
    expect(wijken.features).toHaveLength(12);
  });

  it('places the Grote Markt in the centre and a point in Brussels nowhere', () => {
    expect(featureAt(wijken, 4.4794, 51.0279)?.properties.wijk_naam).toBe('Centrum');
    expect(featureAt(wijken, 4.3517, 50.8466)).toBeUndefined();
  });

  it('respects holes in polygons', () => {
    const square = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0, 0],
          [10, 0],
          [10, 10],
          [0, 10],
          [0, 0],
        ],
        [
          [4, 4],
          [6, 4],
          [6, 6],
          [4, 6],
          [4, 4],
        ],
      ],
    };
    expect(containsPoint(square, 1, 1)).toBe(true);
    expect(containsPoint(square, 5, 5)).toBe(false);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RollupIndex, type RollupRow } from './rollup-index.js';

const row = (day: string, category: string, n: number, quantity = 0, status = ''): RollupRow => ({ type_key: 'activity', category, status, day, n, quantity, hours: 0 });

describe('RollupIndex', () => {
  const index = new RollupIndex([row('2020-01-05', 'campaign', 2, 30), row('2020-03-01', 'campaign', 1, 5), row('2020-03-01', 'training', 4, 40), row('2019-12-31', 'campaign', 7, 70), row('2020-03-01', 'campaign', -1, -5)]);

  it('sums a measure over a window, filtered by category and status', () => {
    expect(index.sum({ typeKey: 'activity', measure: 'count' }, { start: '2020-01-01', end: '2020-12-31' })).toBe(6);
    expect(index.sum({ typeKey: 'activity', categories: ['campaign'], measure: 'quantity' }, { start: '2020-01-01', end: '2020-12-31' })).toBe(30);
    expect(index.sum({ typeKey: 'activity', measure: 'count' }, { start: '2020-01-05', end: '2020-01-05' })).toBe(2);
    expect(index.sum({ typeKey: 'activity', measure: 'count' }, { start: '0000-01-01', end: '2020-01-04' })).toBe(7);
    expect(index.sum({ typeKey: 'activity', statuses: ['approved'], measure: 'count' }, { start: '2020-01-01', end: '2020-12-31' })).toBe(0);
    expect(index.sum({ typeKey: 'meeting', measure: 'count' }, { start: '2020-01-01', end: '2020-12-31' })).toBe(0);
  });

  it('agrees with a plain filter-and-add over random rows and windows', () => {
    const day = fc.integer({ min: 0, max: 800 }).map((d) => new Date(Date.UTC(2019, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(fc.record({ day, category: fc.constantFrom('a', 'b'), n: fc.integer({ min: 1, max: 5 }) }), { maxLength: 60 }), day, day, (rows, d1, d2) => {
        const [start, end] = d1 <= d2 ? [d1, d2] : [d2, d1];
        const rollup = new RollupIndex(rows.map((r) => row(r.day, r.category, r.n)));
        const expected = rows.filter((r) => r.day >= start && r.day <= end && r.category === 'a').reduce((s, r) => s + r.n, 0);
        expect(rollup.sum({ typeKey: 'activity', categories: ['a'], measure: 'count' }, { start, end })).toBe(expected);
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});

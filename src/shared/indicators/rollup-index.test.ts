import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RollupIndex, type RollupRow } from './rollup-index.js';

const row = (day: string, category: string, n: number, quantity = 0, status = ''): RollupRow => ({
  type_key: 'activity',
  category,
  status,
  day,
  n,
  quantity,
  hours: 0,
});

describe('RollupIndex', () => {
  const index = new RollupIndex([
    row('2020-01-05', 'campaign', 2, 30),
    row('2020-03-01', 'campaign', 1, 5),
    row('2020-03-01', 'training', 4, 40),
    row('2019-12-31', 'campaign', 7, 70),
    row('2020-03-01', 'campaign', -1, -5),
  ]);

  it('sums a measure over a window, filtered by category and status', () => {
    expect(index.sum({ typeKey: 'activity', measure: 'count' }, { start: '2020-01-01', end: '2020-12-31' })).toBe(6);
    expect(
      index.sum(
        { typeKey: 'activity', categories: ['campaign'], measure: 'quantity' },
        { start: '2020-01-01', end: '2020-12-31' },
      ),
    ).toBe(30);
    expect(index.sum({ typeKey: 'activity', measure: 'count' }, { start: '2020-01-05', end: '2020-01-05' })).toBe(2);
    expect(index.sum({ typeKey: 'activity', measure: 'count' }, { start: '0000-01-01', end: '2020-01-04' })).toBe(7);
    expect(
      index.sum(
        { typeKey: 'activity', statuses: ['approved'], measure: 'count' },
        { start: '2020-01-01', end: '2020-12-31' },
      ),
    ).toBe(0);
    expect(index.sum({ typeKey: 'meeting', measure: 'count' }, { start: '2020-01-01', end: '2020-12-31' })).toBe(0);
  });

  it('agrees with a plain filter-and-add over random rows and windows', () => {
    const day = fc
      .integer({ min: 0, max: 800 })
      .map((d) => new Date(Date.UTC(2019, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.array(fc.record({ day, category: fc.constantFrom('a', 'b'), n: fc.integer({ min: 1, max: 5 }) }), {
          maxLength: 60,
        }),
        day,
        day,
        (rows, d1, d2) => {
          const [start, end] = d1 <= d2 ? [d1, d2] : [d2, d1];
          const rollup = new RollupIndex(rows.map((r) => row(r.day, r.category, r.n)));
          const expected = rows
            .filter((r) => r.day >= start && r.day <= end && r.category === 'a')
            .reduce((s, r) => s + r.n, 0);
          expect(rollup.sum({ typeKey: 'activity', categories: ['a'], measure: 'count' }, { start, end })).toBe(
            expected,
          );
        },
      ),
      { numRuns: 200, seed: 7 },
    );
  });

  it('counts the same from series columns (days and counts per category) as from the rows they hold', () => {
    const day = fc
      .integer({ min: 0, max: 800 })
      .map((d) => new Date(Date.UTC(2019, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
    const subject = '00000000-0000-4000-8000-000000000001';
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ day, category: fc.constantFrom('a', 'b'), n: fc.integer({ min: 1, max: 5 }) }), {
          maxLength: 60,
          selector: (r) => `${r.day}|${r.category}`,
        }),
        day,
        day,
        (rows, d1, d2) => {
          const [start, end] = d1 <= d2 ? [d1, d2] : [d2, d1];
          const fromRows = new RollupIndex(rows.map((r) => ({ ...row(r.day, r.category, r.n), subject_id: subject })));
          const series = ['a', 'b'].map((category) => {
            const mine = rows.filter((r) => r.category === category).sort((x, y) => (x.day < y.day ? -1 : 1));
            return {
              type_key: 'activity',
              category,
              status: '',
              subject_id: subject,
              days: mine.map((r) => r.day),
              n: mine.map((r) => r.n),
            };
          });
          const fromSeries = new RollupIndex([], series);
          for (const categories of [undefined, ['a'], ['b']]) {
            const query = { typeKey: 'activity', subjectId: subject, categories, measure: 'count' as const };
            expect(fromSeries.sum(query, { start, end })).toBe(fromRows.sum(query, { start, end }));
          }
        },
      ),
      { numRuns: 200, seed: 11 },
    );
  });

  it('reads a subject’s own rows only, and the last head count with `latest`', () => {
    const cpr = '00000000-0000-4000-8000-000000000001';
    const other = '00000000-0000-4000-8000-000000000002';
    const pool = '00000000-0000-4000-8000-000000000003';
    const subjectRow = (
      subject: string,
      typeKey: string,
      day: string,
      category: string,
      n: number,
      quantity = 0,
    ): RollupRow => ({ subject_id: subject, type_key: typeKey, category, status: '', day, n, quantity, hours: 0 });
    const rollup = new RollupIndex([
      row('2020-02-01', 'cpr', 9),
      subjectRow(cpr, 'meeting', '2020-02-01', 'cpr', 2),
      subjectRow(other, 'meeting', '2020-02-01', 'cpr', 5),
      subjectRow(pool, 'headcount', '2020-01-10', 'total', 1, 12),
      subjectRow(pool, 'headcount', '2020-06-10', 'total', 1, 15),
      subjectRow(pool, 'headcount', '2020-06-10', 'new', 1, 4),
    ]);
    const year = { start: '2020-01-01', end: '2020-12-31' };
    expect(rollup.sum({ typeKey: 'meeting', subjectId: cpr, measure: 'count' }, year)).toBe(2);
    expect(rollup.sum({ typeKey: 'meeting', subjectId: other, measure: 'count' }, year)).toBe(5);
    // A query without a subject reads the register's own rollup, not the subject rows a second time.
    expect(rollup.sum({ typeKey: 'activity', measure: 'count' }, year)).toBe(9);
    expect(rollup.sum({ typeKey: 'headcount', subjectId: pool, categories: ['total'], measure: 'latest' }, year)).toBe(
      15,
    );
    expect(
      rollup.sum(
        { typeKey: 'headcount', subjectId: pool, categories: ['total'], measure: 'latest' },
        { start: '2020-01-01', end: '2020-05-31' },
      ),
    ).toBe(12);
    expect(
      rollup.sum(
        { typeKey: 'headcount', subjectId: pool, categories: ['new'], measure: 'latest' },
        { start: '2020-01-01', end: '2020-05-31' },
      ),
    ).toBe(0);
    expect(rollup.count({ typeKey: 'headcount', subjectId: pool, measure: 'latest' }, year)).toBe(3);
  });
});

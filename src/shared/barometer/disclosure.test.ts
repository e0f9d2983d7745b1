import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarQuarterOf, extendedGrid, hiddenEntries, protectTable } from './disclosure.js';
import { inverse, mod, p } from '../../../test/support/prime-field.js';

/**
 * The attacker, independent of the rule: every relation "a total equals the sum of its cells" (rows, columns, the
 * grand total both ways) over the grid; the published entries are known. A hidden entry is recovered exactly when
 * its unit vector lies in the row space of the relations restricted to the hidden entries (Gaussian elimination
 * over a large prime field: ±1 coefficients, so a rank there is the rank over the rationals but for a negligible
 * chance). Returns the hidden entries any linear combination gives away.
 */
function recoverable(hidden: boolean[][]): [number, number][] {
  const R = hidden.length - 1;
  const C = (hidden[0]?.length ?? 1) - 1;
  const unknowns: [number, number][] = [];
  const index = new Map<string, number>();
  hidden.forEach((row, i) =>
    row.forEach((h, j) => {
      if (h) {
        index.set(`${i},${j}`, unknowns.length);
        unknowns.push([i, j]);
      }
    }),
  );
  const relations: bigint[][] = [];
  const relation = (entries: [number, number, bigint][]) => {
    const row = new Array<bigint>(unknowns.length).fill(0n);
    for (const [i, j, c] of entries) {
      const k = index.get(`${i},${j}`);
      if (k !== undefined) row[k] = mod(row[k]! + c);
    }
    relations.push(row);
  };
  for (let i = 0; i <= R; i++) {
    relation([...Array.from({ length: C }, (_, j) => [i, j, 1n] as [number, number, bigint]), [i, C, -1n]]);
  }
  for (let j = 0; j <= C; j++) {
    relation([...Array.from({ length: R }, (_, i) => [i, j, 1n] as [number, number, bigint]), [R, j, -1n]]);
  }
  // Reduced row echelon form.
  const pivots: number[] = [];
  let r = 0;
  for (let col = 0; col < unknowns.length && r < relations.length; col++) {
    const found = relations.findIndex((row, k) => k >= r && row[col] !== 0n);
    if (found === -1) continue;
    [relations[r], relations[found]] = [relations[found]!, relations[r]!];
    const inv = inverse(relations[r]![col]!);
    relations[r] = relations[r]!.map((v) => (v * inv) % p);
    for (let k = 0; k < relations.length; k++) {
      if (k === r || relations[k]![col] === 0n) continue;
      const f = relations[k]![col]!;
      relations[k] = relations[k]!.map((v, c) => mod(v - f * relations[r]![c]!));
    }
    pivots.push(col);
    r++;
  }
  // e_k is in the row space exactly when a reduced row is e_k.
  return pivots.filter((col, k) => relations[k]!.every((v, c) => c === col || v === 0n)).map((col) => unknowns[col]!);
}

/** Sparse-ish random counts, as the barometer's cells are: many zeros and small counts. */
const tables = fc.integer({ min: 1, max: 6 }).chain((rows) =>
  fc.integer({ min: 1, max: 6 }).chain((cols) =>
    fc
      .array(
        fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 30 })), {
          minLength: cols,
          maxLength: cols,
        }),
        { minLength: rows, maxLength: rows },
      )
      .map((cells) => ({ cells, cols })),
  ),
);

describe('disclosure control (primary and secondary suppression)', () => {
  it('leaves no hidden count recoverable by any combination of published cells and totals (property)', () => {
    fc.assert(
      fc.property(tables, fc.boolean(), ({ cells, cols }, hideTotal) => {
        const hidden = hiddenEntries(cells, cols, { hideTotal });
        expect(recoverable(hidden)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('hides every count 1–4, never a cell of 5 or more, and publishes the rest exactly (property)', () => {
    fc.assert(
      fc.property(tables, ({ cells, cols }) => {
        const grid = extendedGrid(cells, cols);
        const shown = protectTable(cells, cols);
        const R = cells.length;
        const published = [
          ...shown.cells.map((row, i) => [...row, shown.rowTotals[i]!]),
          [...shown.colTotals, shown.total],
        ];
        published.forEach((row, i) =>
          row.forEach((v, j) => {
            const truth = grid[i]![j]!;
            if (truth >= 1 && truth <= 4) expect(v).toBeNull();
            if (i < R && j < cols && truth >= 5) expect(v).toBe(truth);
            if (v !== null) expect(v).toBe(truth);
          }),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('the attacker recovers a count behind primary suppression alone (the test can fail)', () => {
    const grid = extendedGrid(
      [
        [3, 9, 0],
        [7, 8, 6],
      ],
      3,
    );
    const primaryOnly = grid.map((row) => row.map((v) => v >= 1 && v <= 4));
    expect(recoverable(primaryOnly)).toEqual([[0, 0]]);
  });

  it('a wijk total beside a single "<5" no longer gives that cell away', () => {
    // The tester's attack: wijk total 12 next to cells 3, 9 and 0 → 12 − 9 = 3.
    const shown = protectTable(
      [
        [3, 9, 0],
        [7, 8, 6],
      ],
      3,
    );
    expect(shown.cells[0]).toEqual([null, 9, null]); // the empty cell is hidden with it: "<5" is still true
    expect(
      recoverable(
        hiddenEntries(
          [
            [3, 9, 0],
            [7, 8, 6],
          ],
          3,
        ),
      ),
    ).toEqual([]);
    // Without an empty cell in the row, the row total goes (and what else is needed to keep it hidden).
    const dense = protectTable(
      [
        [3, 9, 6],
        [7, 8, 6],
      ],
      3,
    );
    expect(dense.cells[0]).toEqual([null, 9, 6]);
    expect(dense.rowTotals[0]).toBeNull();
    expect(
      recoverable(
        hiddenEntries(
          [
            [3, 9, 6],
            [7, 8, 6],
          ],
          3,
        ),
      ),
    ).toEqual([]);
  });

  it('changes nothing in a table without small counts, and hides all of a table with one small count in all', () => {
    expect(
      protectTable(
        [
          [5, 6],
          [7, 8],
        ],
        2,
      ),
    ).toEqual({
      cells: [
        [5, 6],
        [7, 8],
      ],
      rowTotals: [11, 15],
      colTotals: [12, 14],
      total: 26,
    });
    const tiny = protectTable(
      [
        [0, 1],
        [0, 0],
      ],
      2,
    );
    expect(tiny.total).toBeNull();
    expect(
      recoverable(
        hiddenEntries(
          [
            [0, 1],
            [0, 0],
          ],
          2,
        ),
      ),
    ).toEqual([]);
  });

  it('knows a calendar quarter', () => {
    expect(calendarQuarterOf({ from: '2020-04-01', to: '2020-06-30' })).toEqual({ year: 2020, quarter: 2 });
    expect(calendarQuarterOf({ from: '2020-04-01', to: '2020-06-29' })).toBeNull();
    expect(calendarQuarterOf({ from: '2020-01-01', to: '2020-12-31' })).toBeNull();
    expect(calendarQuarterOf({ from: '2020-02-01', to: '2020-04-30' })).toBeNull();
  });
});

import type { NuisanceCategory } from './categories.js';
import { barometerFalseDiscoveryRate, benjaminiHochberg, compareRates } from './statistics.js';

/** Counts per wijk × category of one period; wijkCode '' = no wijk. */
export interface CellCount {
  wijkCode: string;
  category: NuisanceCategory;
  n: number;
}

export interface Comparison {
  count: number;
  ratio: number | null;
  pValue: number;
  direction: 'up' | 'down' | 'same';
  flagged: boolean;
}

export interface TrendRow {
  /** null = the whole municipality (every wijk and the unplaced events together). */
  wijkCode: string | null;
  category: NuisanceCategory;
  current: number;
  vsPrevious: Comparison;
  vsLastYear: Comparison;
}

interface TrendInput {
  current: CellCount[];
  previous: CellCount[];
  /** May be the same array as `previous` (a whole year: the period before is last year); it is then added up once. */
  lastYear: CellCount[];
  days: { current: number; previous: number; lastYear: number };
}

const keyOf = (wijk: string | null, category: string) => `${wijk ?? '*'}|${category}`;

/** A row's counts in the three periods while they are added up. */
interface Tally {
  wijkCode: string | null;
  category: NuisanceCategory;
  counts: [current: number, previous: number, lastYear: number];
}

/** Where a period's count goes in `Tally.counts`: current, previous, last year. */
type Slot = 0 | 1 | 2;

/**
 * Adds each period's cells to its wijk × category row and to its municipality × category row ('' = no wijk: the latter
 * only).
 */
function tally(input: TrendInput): Map<string, Tally> {
  const rows = new Map<string, Tally>();
  const add = (wijk: string | null, category: NuisanceCategory, slots: readonly Slot[], n: number) => {
    const key = keyOf(wijk, category);
    let row = rows.get(key);
    if (!row) {
      row = { wijkCode: wijk, category, counts: [0, 0, 0] };
      rows.set(key, row);
    }
    for (const slot of slots) row.counts[slot] += n;
  };
  const shared = input.lastYear === input.previous;
  const periods: { cells: CellCount[]; slots: readonly Slot[] }[] = [
    { cells: input.current, slots: [0] },
    { cells: input.previous, slots: shared ? [1, 2] : [1] },
  ];
  if (!shared) periods.push({ cells: input.lastYear, slots: [2] });
  for (const { cells, slots } of periods) {
    for (const c of cells) {
      if (c.wijkCode !== '') add(c.wijkCode, c.category, slots, c.n);
      add(null, c.category, slots, c.n);
    }
  }
  return rows;
}

function comparison(current: number, currentDays: number, baseline: number, baselineDays: number): Comparison {
  const { ratio, pValue, direction } = compareRates({
    current,
    baseline,
    currentExposure: currentDays,
    baselineExposure: baselineDays,
  });
  return { count: baseline, ratio, pValue, direction, flagged: false };
}

/**
 * Every wijk × category (and municipality × category) with events in any of the three periods, compared with
 * the previous period and the same period last year. A change is flagged only when the exact test finds it
 * unlikely to be chance while keeping the false discovery rate over all rows at 5 % (one family per comparison).
 */
export function trendRows(input: TrendInput): TrendRow[] {
  const tallies = tally(input);
  const { days } = input;
  const rows = [...tallies.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, tally]): TrendRow => {
      const { wijkCode, category, counts } = tally;
      const [n, previous, lastYear] = counts;
      const vsPrevious = comparison(n, days.current, previous, days.previous);
      // A whole year's previous period is last year: the same test, computed once (its own object: flags differ).
      const sameTest = lastYear === previous && days.lastYear === days.previous;
      return {
        wijkCode,
        category,
        current: n,
        vsPrevious,
        vsLastYear: sameTest ? { ...vsPrevious } : comparison(n, days.current, lastYear, days.lastYear),
      };
    });
  for (const part of ['vsPrevious', 'vsLastYear'] as const) {
    const flags = benjaminiHochberg(
      rows.map((r) => r[part].pValue),
      barometerFalseDiscoveryRate,
    );
    rows.forEach((r, i) => {
      r[part].flagged = (flags[i] ?? false) && r[part].direction !== 'same';
    });
  }
  return rows;
}

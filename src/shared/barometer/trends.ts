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
  lastYear: CellCount[];
  days: { current: number; previous: number; lastYear: number };
}

const keyOf = (wijk: string | null, category: string) => `${wijk ?? '*'}|${category}`;

function index(cells: CellCount[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const c of cells) {
    if (c.wijkCode !== '') map.set(keyOf(c.wijkCode, c.category), (map.get(keyOf(c.wijkCode, c.category)) ?? 0) + c.n);
    map.set(keyOf(null, c.category), (map.get(keyOf(null, c.category)) ?? 0) + c.n);
  }
  return map;
}

/**
 * Every wijk × category (and municipality × category) with events in any of the three periods, compared with
 * the previous period and the same period last year. A change is flagged only when the exact test finds it
 * unlikely to be chance while keeping the false discovery rate over all rows at 5 % (one family per comparison).
 */
export function trendRows(input: TrendInput): TrendRow[] {
  const current = index(input.current);
  const previous = index(input.previous);
  const lastYear = index(input.lastYear);
  const keys = [...new Set([...current.keys(), ...previous.keys(), ...lastYear.keys()])].sort();
  const rows = keys.map((key) => {
    const [wijk = '*', category = 'other'] = key.split('|');
    const n = current.get(key) ?? 0;
    const compare = (baseline: number, baselineDays: number): Comparison => ({
      count: baseline,
      ...compareRates({ current: n, baseline, currentExposure: input.days.current, baselineExposure: baselineDays }),
      flagged: false,
    });
    const vsPrevious = compare(previous.get(key) ?? 0, input.days.previous);
    const lastYearCount = lastYear.get(key) ?? 0;
    // A whole year's previous period is last year: the same test, computed once (its own object: flags differ).
    const sameTest = lastYearCount === vsPrevious.count && input.days.lastYear === input.days.previous;
    return {
      wijkCode: wijk === '*' ? null : wijk,
      category: category as NuisanceCategory,
      current: n,
      vsPrevious,
      vsLastYear: sameTest ? { ...vsPrevious } : compare(lastYearCount, input.days.lastYear),
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

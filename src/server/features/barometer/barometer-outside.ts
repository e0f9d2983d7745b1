import type { BarometerHeatmap, BarometerMap, BarometerTrends } from '../../../shared/api/barometer.schema.js';
import { nuisanceCategories, type NuisanceCategory } from '../../../shared/barometer/categories.js';
import { protectTable, type ProtectedTable } from '../../../shared/barometer/disclosure.js';
import { type Period, periodDays } from '../../../shared/barometer/periods.js';
import { barometerFalseDiscoveryRate, benjaminiHochberg } from '../../../shared/barometer/statistics.js';
import type { SuppressedCount } from '../../../shared/barometer/suppression.js';
import type { Comparison, TrendRow } from '../../../shared/barometer/trends.js';

/**
 * The barometer's answers outside the department (disclosure control, shared/barometer/disclosure.ts): built from a
 * calendar quarter's protected tables only, so that no answer gives a small count away.
 */

/** A count as published outside the department: a hidden cell reads "<5", a hidden total null. */
type Shown = SuppressedCount | null;

/**
 * One calendar quarter's counts as they may leave the department: the wijk × category table (rows: the wijken, then
 * '' for events without a wijk) and the weekday × hour table, each with its totals, protected together (they share
 * the grand total: hidden in one, hidden in both).
 */
export interface ProtectedQuarter {
  period: Period;
  cell(wijkCode: string, category: NuisanceCategory): Shown;
  wijkTotal(wijkCode: string): Shown;
  categoryTotal(category: NuisanceCategory): Shown;
  total: Shown;
  heat: ProtectedTable;
}

const cellShown = (v: number | null): Shown => (v === null ? '<5' : v);
const withDays = (p: Period) => ({ ...p, days: periodDays(p) });

/** Protects a quarter's exact counts: per wijk ('' = none) × category, and per weekday × hour. */
export function protectQuarter(
  period: Period,
  cells: { wijkCode: string; category: string; n: number }[],
  hours: { weekday: number; hour: number; n: number }[],
  names: Map<string, string>,
): ProtectedQuarter {
  const rows = [...names.keys(), ''];
  const rowOf = new Map(rows.map((code, i) => [code, i]));
  const colOf = new Map<string, number>(nuisanceCategories.map((c, j) => [c, j]));
  const table = rows.map(() => nuisanceCategories.map(() => 0));
  for (const c of cells) {
    const i = rowOf.get(c.wijkCode) ?? rows.length - 1;
    const j = colOf.get(c.category) ?? colOf.get('other')!;
    table[i]![j]! += c.n;
  }
  const heatTable = Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => 0));
  for (const h of hours) {
    if (h.weekday >= 1 && h.weekday <= 7 && h.hour >= 0 && h.hour <= 23) heatTable[h.weekday - 1]![h.hour]! += h.n;
  }
  let map = protectTable(table, nuisanceCategories.length);
  let heat = protectTable(heatTable, 24);
  if (map.total === null || heat.total === null) {
    map = protectTable(table, nuisanceCategories.length, { hideTotal: true });
    heat = protectTable(heatTable, 24, { hideTotal: true });
  }
  const shownMap = map;
  return {
    period,
    cell: (wijkCode, category) =>
      cellShown(shownMap.cells[rowOf.get(wijkCode) ?? rows.length - 1]![colOf.get(category)!] ?? null),
    wijkTotal: (wijkCode) => shownMap.rowTotals[rowOf.get(wijkCode) ?? rows.length - 1] ?? null,
    categoryTotal: (category) => shownMap.colTotals[colOf.get(category)!] ?? null,
    total: shownMap.total,
    heat,
  };
}

/** The map outside the department: every wijk's protected total and cells. */
export function outsideMap(period: Period, q: ProtectedQuarter, names: Map<string, string>): BarometerMap {
  return {
    period: withDays(period),
    suppressed: true,
    wijken: [...names.entries()].map(([wijkCode, name]) => ({
      wijkCode,
      name,
      total: q.wijkTotal(wijkCode),
      // Zeros are left out as before (missing = 0); a hidden cell is listed as "<5" even when it is an empty one.
      byCategory: Object.fromEntries(
        nuisanceCategories.flatMap((c) => {
          const v = q.cell(wijkCode, c);
          return v === 0 ? [] : [[c, v]];
        }),
      ),
    })),
    unplaced: q.wijkTotal(''),
  };
}

/** The heat map outside the department: the protected weekday × hour table with its totals. */
export function outsideHeatmap(period: Period, heat: ProtectedTable): BarometerHeatmap {
  return {
    period: withDays(period),
    suppressed: true,
    cells: heat.cells.flatMap((row, d) =>
      row.flatMap((v, hour) => (v === 0 ? [] : [{ weekday: d + 1, hour, n: cellShown(v) }])),
    ),
    weekdayTotals: heat.rowTotals.map((n, d) => ({ weekday: d + 1, n })),
    hourTotals: heat.colTotals.map((n, hour) => ({ hour, n })),
    total: heat.total,
  };
}

/**
 * Trends outside the department: every count from the protected quarter tables (the previous quarter and the same
 * quarter last year are answers of their own quarter); a comparison with a hidden count has no ratio, p-value or
 * direction, and the false discovery rate is kept over the comparisons shown.
 */
export function outsideTrends(
  rows: TrendRow[],
  periods: { current: Period; previous: Period; lastYear: Period },
  quarters: { current: ProtectedQuarter; previous: ProtectedQuarter; lastYear: ProtectedQuarter },
  names: Map<string, string>,
): BarometerTrends {
  const { current, previous, lastYear } = quarters;
  const countIn = (q: ProtectedQuarter, r: TrendRow): Shown =>
    r.wijkCode === null ? q.categoryTotal(r.category) : q.cell(r.wijkCode, r.category);
  // Every wijk × category and the city × category, not only those with events: which rows exist must not tell
  // whether a hidden count is empty. Rows whose three published counts are all 0 are left out (they tell nothing).
  const exact = new Map(rows.map((r) => [`${r.wijkCode ?? '*'}|${r.category}`, r]));
  const none = (count: number): Comparison => ({ count, ratio: null, pValue: 1, direction: 'same', flagged: false });
  const grid: TrendRow[] = [...[...names.keys()].map((w): string | null => w), null].flatMap((wijkCode) =>
    nuisanceCategories.map(
      (category) =>
        exact.get(`${wijkCode ?? '*'}|${category}`) ?? {
          wijkCode,
          category,
          current: 0,
          vsPrevious: none(0),
          vsLastYear: none(0),
        },
    ),
  );
  const shownRows = grid
    .map((r) => {
      const n = countIn(current, r);
      const compare = (baseline: Shown, c: Comparison) => {
        const open = typeof n === 'number' && typeof baseline === 'number';
        return {
          count: baseline,
          ratio: open ? c.ratio : null,
          pValue: open ? c.pValue : null,
          direction: open ? c.direction : null,
          flagged: false,
        };
      };
      return {
        wijkCode: r.wijkCode,
        category: r.category,
        current: n,
        vsPrevious: compare(countIn(previous, r), r.vsPrevious),
        vsLastYear: compare(countIn(lastYear, r), r.vsLastYear),
      };
    })
    .filter((r) => r.current !== 0 || r.vsPrevious.count !== 0 || r.vsLastYear.count !== 0);
  for (const part of ['vsPrevious', 'vsLastYear'] as const) {
    const open = shownRows.filter((r) => r[part].pValue !== null);
    const flags = benjaminiHochberg(
      open.map((r) => r[part].pValue!),
      barometerFalseDiscoveryRate,
    );
    open.forEach((r, i) => {
      r[part].flagged = (flags[i] ?? false) && r[part].direction !== 'same';
    });
  }
  return {
    period: withDays(periods.current),
    previous: withDays(periods.previous),
    lastYear: withDays(periods.lastYear),
    suppressed: true,
    falseDiscoveryRate: barometerFalseDiscoveryRate,
    rows: shownRows,
  };
}

import type { IndicatorQuery } from './indicator-query.js';
import type { DateWindow } from './periods.js';

export interface RollupRow {
  type_key: string;
  category: string;
  status: string;
  day: string;
  n: number;
  quantity: number;
  hours: number;
}

interface Series {
  category: string;
  status: string;
  days: string[];
  /** Running totals: cum[i] is the total up to and including days[i]. */
  cum: { n: number[]; quantity: number[]; hours: number[] };
}

/** Index of the last day <= `day`, or -1. */
function lastAtOrBefore(days: string[], day: string): number {
  let lo = 0;
  let hi = days.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((days[mid] ?? '') <= day) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Daily rollup rows turned into running totals per register × category × status, so that any indicator
 * query over any date window is two binary searches per series: a full recompute reads the rollup once.
 */
export class RollupIndex {
  private readonly byType = new Map<string, Series[]>();

  constructor(rows: Iterable<RollupRow>) {
    const grouped = new Map<string, RollupRow[]>();
    for (const row of rows) {
      const key = `${row.type_key}\u0000${row.category}\u0000${row.status}`;
      const list = grouped.get(key);
      if (list) list.push(row);
      else grouped.set(key, [row]);
    }
    for (const list of grouped.values()) {
      list.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
      const first = list[0];
      if (!first) continue;
      const series: Series = { category: first.category, status: first.status, days: [], cum: { n: [], quantity: [], hours: [] } };
      let n = 0;
      let quantity = 0;
      let hours = 0;
      for (const row of list) {
        n += Number(row.n);
        quantity += Number(row.quantity);
        hours += Number(row.hours);
        const last = series.days.length - 1;
        if (series.days[last] === row.day) {
          series.cum.n[last] = n;
          series.cum.quantity[last] = quantity;
          series.cum.hours[last] = hours;
        } else {
          series.days.push(row.day);
          series.cum.n.push(n);
          series.cum.quantity.push(quantity);
          series.cum.hours.push(hours);
        }
      }
      const all = this.byType.get(first.type_key) ?? [];
      all.push(series);
      this.byType.set(first.type_key, all);
    }
  }

  /** The query's measure summed over the window (inclusive days). */
  sum(query: IndicatorQuery, window: DateWindow): number {
    const measure = query.measure === 'count' ? 'n' : query.measure;
    let total = 0;
    for (const series of this.byType.get(query.typeKey) ?? []) {
      if (query.categories?.length && !query.categories.includes(series.category)) continue;
      if (query.statuses?.length && !query.statuses.includes(series.status)) continue;
      const end = lastAtOrBefore(series.days, window.end);
      if (end < 0) continue;
      const before = lastAtOrBefore(series.days, addDay(window.start, -1));
      total += (series.cum[measure][end] ?? 0) - (before < 0 ? 0 : (series.cum[measure][before] ?? 0));
    }
    return Math.round(total * 1000) / 1000;
  }
}

function addDay(iso: string, days: number): string {
  if (iso <= '0000-01-01') return '0000-00-00';
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

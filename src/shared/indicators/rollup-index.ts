import { addDays } from '../calendar/days.js';
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
  /** Set on the rows of the per-subject rollup; such rows are read only by queries naming that subject. */
  subject_id?: string;
}

/**
 * One register × category × status (× subject) of the rollup as columns: its days ascending, each once, with the
 * day's counts (quantity and hours 0 when not read). The same facts as its RollupRows, without an object per day.
 */
export interface RollupSeries {
  type_key: string;
  category: string;
  status: string;
  subject_id?: string;
  days: string[];
  n: number[];
}

interface Series {
  category: string;
  status: string;
  days: string[];
  /** Running totals: cum[i] is the total up to and including days[i]. */
  cum: { n: number[]; quantity: number[]; hours: number[] };
  /** The day's own quantity (for `latest`: a head count recorded on a day). */
  dayQuantity: number[];
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
  private readonly bySubject = new Map<string, Series[]>();

  constructor(rows: Iterable<RollupRow>, columns: Iterable<RollupSeries> = []) {
    for (const c of columns) {
      const cum: number[] = [];
      let n = 0;
      for (const v of c.n) cum.push((n += v));
      this.add(c, {
        category: c.category,
        status: c.status,
        days: c.days,
        cum: { n: cum, quantity: c.days.map(() => 0), hours: c.days.map(() => 0) },
        dayQuantity: c.days.map(() => 0),
      });
    }
    const grouped = new Map<string, RollupRow[]>();
    for (const row of rows) {
      const key = `${row.subject_id ?? ''}\u0000${row.type_key}\u0000${row.category}\u0000${row.status}`;
      const list = grouped.get(key);
      if (list) list.push(row);
      else grouped.set(key, [row]);
    }
    for (const list of grouped.values()) {
      list.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
      const first = list[0];
      if (!first) continue;
      const series: Series = {
        category: first.category,
        status: first.status,
        days: [],
        cum: { n: [], quantity: [], hours: [] },
        dayQuantity: [],
      };
      let n = 0;
      let quantity = 0;
      let hours = 0;
      for (const row of list) {
        n += Number(row.n);
        quantity += Number(row.quantity);
        hours += Number(row.hours);
        const last = series.days.length - 1;
        if (series.days[last] === row.day) {
          series.dayQuantity[last] = (series.dayQuantity[last] ?? 0) + Number(row.quantity);
          series.cum.n[last] = n;
          series.cum.quantity[last] = quantity;
          series.cum.hours[last] = hours;
        } else {
          series.days.push(row.day);
          series.dayQuantity.push(Number(row.quantity));
          series.cum.n.push(n);
          series.cum.quantity.push(quantity);
          series.cum.hours.push(hours);
        }
      }
      this.add(first, series);
    }
  }

  private add(of: { type_key: string; subject_id?: string }, series: Series): void {
    const map = of.subject_id ? this.bySubject : this.byType;
    const mapKey = of.subject_id ? `${of.subject_id}\u0000${of.type_key}` : of.type_key;
    const all = map.get(mapKey) ?? [];
    all.push(series);
    map.set(mapKey, all);
  }

  /**
   * The query's measure over the window (inclusive days): a sum, or for `latest` the quantity recorded on the last
   * day with a registration. A query naming a subject reads only that subject's registrations.
   */
  sum(query: IndicatorQuery, window: DateWindow): number {
    const all = query.subjectId
      ? (this.bySubject.get(`${query.subjectId}\u0000${query.typeKey}`) ?? [])
      : (this.byType.get(query.typeKey) ?? []);
    const series = all.filter(
      (s) =>
        (!query.categories?.length || query.categories.includes(s.category)) &&
        (!query.statuses?.length || query.statuses.includes(s.status)),
    );
    if (query.measure === 'latest') return latest(series, window);
    const measure = query.measure === 'count' ? 'n' : query.measure;
    let total = 0;
    for (const s of series) {
      const end = lastAtOrBefore(s.days, window.end);
      if (end < 0) continue;
      const before = lastAtOrBefore(s.days, addDay(window.start, -1));
      total += (s.cum[measure][end] ?? 0) - (before < 0 ? 0 : (s.cum[measure][before] ?? 0));
    }
    return Math.round(total * 1000) / 1000;
  }

  /** The registrations behind a query in the window (the "sources" of an indicator). */
  count(query: IndicatorQuery, window: DateWindow): number {
    return this.sum({ ...query, measure: 'count' }, window);
  }
}

/** The quantities recorded on the last day inside the window that has any (summed over the matching series). */
function latest(series: Series[], window: DateWindow): number {
  let lastDay = '';
  for (const s of series) {
    const i = lastAtOrBefore(s.days, window.end);
    const day = i >= 0 ? (s.days[i] ?? '') : '';
    if (day >= window.start && day > lastDay) lastDay = day;
  }
  if (!lastDay) return 0;
  let total = 0;
  for (const s of series) {
    const i = lastAtOrBefore(s.days, lastDay);
    if (i >= 0 && s.days[i] === lastDay) total += s.dayQuantity[i] ?? 0;
  }
  return Math.round(total * 1000) / 1000;
}

/** The day `days` away; the open start `0000-01-01` has no day before it. */
function addDay(iso: string, days: number): string {
  return iso <= '0000-01-01' ? '0000-00-00' : addDays(iso, days);
}

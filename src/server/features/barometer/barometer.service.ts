import { type Actor, can } from '../../../shared/access/roles.js';
import type {
  BarometerEvents,
  BarometerHeatmap,
  BarometerMap,
  BarometerQuery,
  BarometerTrends,
} from '../../../shared/api/barometer.schema.js';
import { isNuisanceCategory, nuisanceCategories, type NuisanceCategory } from '../../../shared/barometer/categories.js';
import { calendarQuarterOf, protectTable, type ProtectedTable } from '../../../shared/barometer/disclosure.js';
import {
  type Period,
  periodDays,
  previousPeriod,
  sameLastYear,
  isCalendarDay,
} from '../../../shared/barometer/periods.js';
import { barometerFalseDiscoveryRate, benjaminiHochberg } from '../../../shared/barometer/statistics.js';
import { countFor, type SuppressedCount } from '../../../shared/barometer/suppression.js';
import { type CellCount, type Comparison, trendRows, type TrendRow } from '../../../shared/barometer/trends.js';
import type { MunicipalityGeo } from '../../adapters/geo.js';
import { geoOf } from '../municipalities/municipality-geo.js';
import { AppError } from '../../http/app-error.js';
import type { ServiceDeps } from '../context.js';
import { type BarometerFilter, BarometerRepository, type EventListFilter } from './barometer.repository.js';

type Deps = Pick<ServiceDeps, 'db' | 'geo'>;

/** A wijk × category with many events in the period (for the consultation's agenda). Counts are exact: suppress them before they leave the department. */
interface HotSpot {
  wijkCode: string;
  wijkName: string;
  category: NuisanceCategory;
  count: number;
  /** The count rose in a way unlikely to be chance against the previous period or the same period last year. */
  rising: boolean;
  vsPrevious: Comparison;
  vsLastYear: Comparison;
}

/** A significant rise (wijkCode null: the whole municipality). Counts are exact. */
interface RisingTrend {
  wijkCode: string | null;
  wijkName: string | null;
  category: NuisanceCategory;
  current: number;
  previous: number;
  lastYear: number;
  /** Against which period(s) the rise is flagged. */
  against: ('previous' | 'last_year')[];
  vsPrevious: Comparison;
  vsLastYear: Comparison;
}

/** The longest period the barometer answers for at once (five years). */
const maxDays = 5 * 366;

/** A count as published outside the department: a hidden cell reads "<5", a hidden total null. */
type Shown = SuppressedCount | null;

/**
 * One calendar quarter's counts as they may leave the department (disclosure control, shared/nuisance/disclosure.ts):
 * the wijk × category table (rows: the wijken, then '' for events without a wijk) and the weekday × hour table, each
 * with its totals, protected together (they share the grand total: hidden in one, hidden in both).
 */
interface ProtectedQuarter {
  period: Period;
  cell(wijkCode: string, category: NuisanceCategory): Shown;
  wijkTotal(wijkCode: string): Shown;
  categoryTotal(category: NuisanceCategory): Shown;
  total: Shown;
  heat: ProtectedTable;
}

const cellShown = (v: number | null): Shown => (v === null ? '<5' : v);

/** The neighbourhood barometer: counts per wijk, the heat map, trends with their tests, the drill-down list. */
export class BarometerService {
  constructor(private readonly deps: Deps) {}

  private get repository(): BarometerRepository {
    return new BarometerRepository(this.deps.db.kysely);
  }

  /** Whether this reader sees exact counts and streets; everyone else gets "<5" and no streets. */
  static insideDepartment(actor: Actor): boolean {
    return can(actor, 'barometer.detail');
  }

  /** The municipality's slug (which names its export files). */
  slugOf(municipalityId: string): Promise<string | undefined> {
    return this.repository.slugOf(municipalityId);
  }

  /** The municipality's shipped geometry, or undefined when none ships. */
  geometry(municipalityId: string): Promise<MunicipalityGeo | undefined> {
    return geoOf(this.deps).of(municipalityId);
  }

  async wijkNames(municipalityId: string): Promise<Map<string, string>> {
    return geoOf(this.deps).wijkNames(municipalityId);
  }

  /**
   * The answers outside the department: one calendar quarter, every category and source (a filter would make a new
   * total that could be subtracted), never the list of events.
   */
  static checkOutsideQuery(query: {
    from: string;
    to: string;
    categories?: readonly string[] | undefined;
    sources?: readonly string[] | undefined;
    wijk?: string | undefined;
  }): Period {
    const period = checkPeriod(query);
    if (!calendarQuarterOf(period)) {
      throw new AppError('BAROMETER_PERIOD_NOT_ALLOWED', {
        from: query.from,
        to: query.to,
        allowed: 'calendar_quarter',
      });
    }
    if (query.categories?.length || query.sources?.length || query.wijk !== undefined) {
      throw new AppError('BAROMETER_FILTER_NOT_ALLOWED', { allowed: [] });
    }
    return period;
  }

  /** A quarter's protected tables (the same entries for every answer about that quarter). */
  async protectedQuarter(municipalityId: string, period: Period): Promise<ProtectedQuarter> {
    const [cells, hours, names] = await Promise.all([
      this.repository.cellCounts(municipalityId, period),
      this.repository.heatmap(municipalityId, period),
      this.wijkNames(municipalityId),
    ]);
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

  async map(actor: Actor, query: BarometerQuery): Promise<BarometerMap> {
    const outside = !BarometerService.insideDepartment(actor);
    if (outside) return this.outsideMap(actor.municipalityId, BarometerService.checkOutsideQuery(query));
    const period = checkPeriod(query);
    const [cells, names] = await Promise.all([
      this.repository.cellCounts(actor.municipalityId, filterOf(query)),
      this.wijkNames(actor.municipalityId),
    ]);
    const wijken = new Map<string, { total: number; byCategory: Record<string, number> }>();
    for (const code of names.keys()) wijken.set(code, { total: 0, byCategory: {} });
    let unplaced = 0;
    for (const cell of cells) {
      if (cell.wijkCode === '' || !names.has(cell.wijkCode)) {
        unplaced += cell.n;
        continue;
      }
      const w = wijken.get(cell.wijkCode) ?? { total: 0, byCategory: {} };
      w.total += cell.n;
      w.byCategory[cell.category] = (w.byCategory[cell.category] ?? 0) + cell.n;
      wijken.set(cell.wijkCode, w);
    }
    const show = (n: number) => countFor(n, outside);
    return {
      period: { ...period, days: periodDays(period) },
      suppressed: outside,
      wijken: [...wijken.entries()].map(([wijkCode, w]) => ({
        wijkCode,
        name: names.get(wijkCode) ?? wijkCode,
        total: show(w.total),
        byCategory: Object.fromEntries(Object.entries(w.byCategory).map(([c, n]) => [c, show(n)])),
      })),
      unplaced: show(unplaced),
    };
  }

  private async outsideMap(municipalityId: string, period: Period): Promise<BarometerMap> {
    const [q, names] = await Promise.all([
      this.protectedQuarter(municipalityId, period),
      this.wijkNames(municipalityId),
    ]);
    return {
      period: { ...period, days: periodDays(period) },
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

  async heatmap(actor: Actor, query: BarometerQuery & { wijk?: string | undefined }): Promise<BarometerHeatmap> {
    const outside = !BarometerService.insideDepartment(actor);
    if (outside) {
      const period = BarometerService.checkOutsideQuery(query);
      const { heat } = await this.protectedQuarter(actor.municipalityId, period);
      return {
        period: { ...period, days: periodDays(period) },
        suppressed: true,
        cells: heat.cells.flatMap((row, d) =>
          row.flatMap((v, hour) => (v === 0 ? [] : [{ weekday: d + 1, hour, n: cellShown(v) }])),
        ),
        weekdayTotals: heat.rowTotals.map((n, d) => ({ weekday: d + 1, n })),
        hourTotals: heat.colTotals.map((n, hour) => ({ hour, n })),
        total: heat.total,
      };
    }
    const period = checkPeriod(query);
    const filter = filterOf(query);
    const cells = query.wijk
      ? await this.repository.heatmapInWijk(actor.municipalityId, query.wijk, filter)
      : await this.repository.heatmap(actor.municipalityId, filter);
    return {
      period: { ...period, days: periodDays(period) },
      suppressed: outside,
      cells: cells.filter((c) => c.n !== 0).map((c) => ({ ...c, n: countFor(c.n, outside) })),
    };
  }

  /** Rows of counts with their comparisons, exact (for the department, the agenda and the statistics). */
  async trendRows(
    municipalityId: string,
    query: BarometerFilter,
  ): Promise<{ rows: TrendRow[]; periods: { current: Period; previous: Period; lastYear: Period } }> {
    const current = checkPeriod(query);
    const previous = previousPeriod(current);
    const lastYear = sameLastYear(current);
    // A whole year's previous period is last year: each distinct period is read once, all in one query when whole months.
    const distinct = [...new Map([current, previous, lastYear].map((p) => [`${p.from}|${p.to}`, p])).values()];
    const read = await this.repository.cellCountsPerPeriod(municipalityId, distinct, {
      categories: query.categories,
      sources: query.sources,
    });
    const countsOf = (p: Period) => read[distinct.findIndex((d) => d.from === p.from && d.to === p.to)];
    const [a, b, c] = [countsOf(current), countsOf(previous), countsOf(lastYear)];
    const cells = (rows: typeof a): CellCount[] =>
      (rows ?? []).filter((r) => isNuisanceCategory(r.category)) as CellCount[];
    const rows = trendRows({
      current: cells(a),
      previous: cells(b),
      lastYear: cells(c),
      days: { current: periodDays(current), previous: periodDays(previous), lastYear: periodDays(lastYear) },
    });
    return { rows, periods: { current, previous, lastYear } };
  }

  async trends(actor: Actor, query: BarometerQuery): Promise<BarometerTrends> {
    const outside = !BarometerService.insideDepartment(actor);
    if (outside) BarometerService.checkOutsideQuery(query);
    const { rows, periods } = await this.trendRows(actor.municipalityId, filterOf(query));
    const withDays = (p: Period) => ({ ...p, days: periodDays(p) });
    if (outside) return this.outsideTrends(actor.municipalityId, rows, periods);
    const shown = (current: number, c: Comparison) => {
      const small = (n: number) => n >= 1 && n <= 4;
      // A ratio next to a suppressed count would give the count away.
      const ratio = outside && (small(current) || small(c.count)) ? null : c.ratio;
      return { ...c, count: countFor(c.count, outside), ratio };
    };
    return {
      period: withDays(periods.current),
      previous: withDays(periods.previous),
      lastYear: withDays(periods.lastYear),
      suppressed: outside,
      falseDiscoveryRate: barometerFalseDiscoveryRate,
      rows: rows.map((r) => ({
        wijkCode: r.wijkCode,
        category: r.category,
        current: countFor(r.current, outside),
        vsPrevious: shown(r.current, r.vsPrevious),
        vsLastYear: shown(r.current, r.vsLastYear),
      })),
    };
  }

  /**
   * Trends outside the department: every count from the protected quarter tables (the previous quarter and the same
   * quarter last year are answers of their own quarter); a comparison with a hidden count has no ratio, p-value or
   * direction, and the false discovery rate is kept over the comparisons shown.
   */
  private async outsideTrends(
    municipalityId: string,
    rows: TrendRow[],
    periods: { current: Period; previous: Period; lastYear: Period },
  ): Promise<BarometerTrends> {
    const [current, previous, lastYear, names] = await Promise.all([
      ...[periods.current, periods.previous, periods.lastYear].map((p) => this.protectedQuarter(municipalityId, p)),
      this.wijkNames(municipalityId),
    ] as const);
    const withDays = (p: Period) => ({ ...p, days: periodDays(p) });
    const countIn = (q: ProtectedQuarter, r: TrendRow): Shown =>
      r.wijkCode === null ? q.categoryTotal(r.category) : q.cell(r.wijkCode, r.category);
    // Every wijk × category and the city × category, not only those with events: which rows exist must not tell
    // whether a hidden count is empty. Rows whose three published counts are all 0 are left out (they tell nothing).
    const exact = new Map(rows.map((r) => [`${r.wijkCode ?? '*'}|${r.category}`, r]));
    const none = (count: number): Comparison => ({ count, ratio: null, pValue: 1, direction: 'same', flagged: false });
    const grid: TrendRow[] = [
      ...[...(names as Map<string, string>).keys()].map((w) => w as string | null),
      null,
    ].flatMap((wijkCode) =>
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
        const n = countIn(current as ProtectedQuarter, r);
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
          vsPrevious: compare(countIn(previous as ProtectedQuarter, r), r.vsPrevious),
          vsLastYear: compare(countIn(lastYear as ProtectedQuarter, r), r.vsLastYear),
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

  async events(
    actor: Actor,
    query: BarometerQuery & Omit<EventListFilter, 'from' | 'to'> & { limit: number; offset: number },
  ): Promise<BarometerEvents> {
    checkPeriod(query);
    const outside = !BarometerService.insideDepartment(actor);
    // A list of events would give away every small count: outside the department only aggregated cells.
    if (outside) throw new AppError('BAROMETER_EVENTS_DEPARTMENT_ONLY');
    const { items, total } = await this.repository.events(
      actor.municipalityId,
      { ...filterOf(query), wijk: query.wijk, weekday: query.weekday, hour: query.hour },
      query.limit,
      query.offset,
    );
    // Outside the department a list of one to four events would tell the small count: it stays closed.
    if (outside && total >= 1 && total <= 4) return { suppressed: true, streets: false, total: '<5', items: [] };
    return {
      suppressed: outside,
      streets: !outside,
      total: countFor(total, outside),
      items: items.map((r) => ({
        id: r.id,
        source: r.source as BarometerEvents['items'][number]['source'],
        category: isNuisanceCategory(r.category) ? r.category : 'other',
        wijkCode: r.wijk_code,
        street: outside ? null : r.street,
        occurredAt: outside ? `${r.day}T${String(r.hour).padStart(2, '0')}:00` : r.occurred_at,
        day: r.day,
        hour: r.hour,
      })),
    };
  }

  /** The wijk × category cells with the most events in the period (at most 10, at least 5 events each). */
  async hotSpots(municipalityId: string, from: string, to: string): Promise<HotSpot[]> {
    const [{ rows }, names] = await Promise.all([
      this.trendRows(municipalityId, { from, to }),
      this.wijkNames(municipalityId),
    ]);
    return rows
      .filter((r): r is TrendRow & { wijkCode: string } => r.wijkCode !== null && r.current >= 5)
      .sort(
        (a, b) => b.current - a.current || a.wijkCode.localeCompare(b.wijkCode) || a.category.localeCompare(b.category),
      )
      .slice(0, 10)
      .map((r) => ({
        wijkCode: r.wijkCode,
        wijkName: names.get(r.wijkCode) ?? r.wijkCode,
        category: r.category,
        count: r.current,
        rising: isRise(r.vsPrevious) || isRise(r.vsLastYear),
        vsPrevious: r.vsPrevious,
        vsLastYear: r.vsLastYear,
      }));
  }

  /** The rises unlikely to be chance, against the previous period or the same period last year, strongest first. */
  async risingTrends(municipalityId: string, from: string, to: string): Promise<RisingTrend[]> {
    const [{ rows }, names] = await Promise.all([
      this.trendRows(municipalityId, { from, to }),
      this.wijkNames(municipalityId),
    ]);
    return rows
      .filter((r) => isRise(r.vsPrevious) || isRise(r.vsLastYear))
      .map((r) => ({
        wijkCode: r.wijkCode,
        wijkName: r.wijkCode === null ? null : (names.get(r.wijkCode) ?? r.wijkCode),
        category: r.category,
        current: r.current,
        previous: r.vsPrevious.count,
        lastYear: r.vsLastYear.count,
        against: [
          ...(isRise(r.vsPrevious) ? (['previous'] as const) : []),
          ...(isRise(r.vsLastYear) ? (['last_year'] as const) : []),
        ],
        vsPrevious: r.vsPrevious,
        vsLastYear: r.vsLastYear,
      }))
      .sort(
        (a, b) =>
          Math.min(a.vsPrevious.pValue, a.vsLastYear.pValue) - Math.min(b.vsPrevious.pValue, b.vsLastYear.pValue),
      );
  }

  /** Exact counts per wijk ('' = none) × category (× month) for a file export, which suppresses them (barometer-export.ts). */
  async exportCells(
    municipalityId: string,
    from: string,
    to: string,
    byMonth: boolean,
  ): Promise<{ month: string | null; wijkCode: string; category: string; n: number }[]> {
    checkPeriod({ from, to });
    const filter = { from, to };
    if (byMonth) return this.repository.monthlyCounts(municipalityId, filter);
    return (await this.repository.cellCounts(municipalityId, filter)).map((r) => ({ ...r, month: null }));
  }
}

function isRise(c: Comparison): boolean {
  return c.flagged && c.direction === 'up';
}

function filterOf(query: BarometerQuery): BarometerFilter {
  return { from: query.from, to: query.to, categories: query.categories, sources: query.sources };
}

/** A period the barometer can answer: real days, from ≤ to, at most five years. */
function checkPeriod(query: { from: string; to: string }): Period {
  if (!isCalendarDay(query.from) || !isCalendarDay(query.to) || query.from > query.to || periodDays(query) > maxDays) {
    throw new AppError('BAROMETER_PERIOD_INVALID', { from: query.from, to: query.to });
  }
  return { from: query.from, to: query.to };
}

import { type Actor, can } from '../../../shared/access/roles.js';
import type {
  BarometerEvents,
  BarometerHeatmap,
  BarometerMap,
  BarometerQuery,
  BarometerTrends,
} from '../../../shared/api/barometer.schema.js';
import { isNuisanceCategory, type NuisanceCategory } from '../../../shared/barometer/categories.js';
import { type Period, periodDays, previousPeriod, sameLastYear } from '../../../shared/barometer/periods.js';
import { barometerFalseDiscoveryRate } from '../../../shared/barometer/statistics.js';
import { countFor } from '../../../shared/barometer/suppression.js';
import { type CellCount, type Comparison, trendRows, type TrendRow } from '../../../shared/barometer/trends.js';
import type { MunicipalityGeo } from '../../adapters/geo.js';
import { geoOf } from '../municipalities/municipality-geo.js';
import { AppError } from '../../http/app-error.js';
import type { ServiceDeps } from '../context.js';
import {
  outsideHeatmap,
  outsideMap,
  outsideTrends,
  protectQuarter,
  type ProtectedQuarter,
} from './barometer-outside.js';
import { checkOutsideQuery, checkPeriod } from './barometer-period.js';
import { type BarometerFilter, BarometerRepository, type EventListFilter } from './barometer.repository.js';

type Deps = Pick<ServiceDeps, 'db' | 'geo'>;

/**
 * A wijk × category with many events in the period (for the consultation's agenda). Counts are exact: suppress them
 * before they leave the department.
 */
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

  /** A quarter's protected tables (the same entries for every answer about that quarter). */
  async protectedQuarter(municipalityId: string, period: Period): Promise<ProtectedQuarter> {
    const [cells, hours, names] = await Promise.all([
      this.repository.cellCounts(municipalityId, period),
      this.repository.heatmap(municipalityId, period),
      this.wijkNames(municipalityId),
    ]);
    return protectQuarter(period, cells, hours, names);
  }

  async map(actor: Actor, query: BarometerQuery): Promise<BarometerMap> {
    const outside = !BarometerService.insideDepartment(actor);
    if (outside) {
      const outsidePeriod = checkOutsideQuery(query);
      const [q, names] = await Promise.all([
        this.protectedQuarter(actor.municipalityId, outsidePeriod),
        this.wijkNames(actor.municipalityId),
      ]);
      return outsideMap(outsidePeriod, q, names);
    }
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

  async heatmap(actor: Actor, query: BarometerQuery & { wijk?: string | undefined }): Promise<BarometerHeatmap> {
    const outside = !BarometerService.insideDepartment(actor);
    if (outside) {
      const period = checkOutsideQuery(query);
      return outsideHeatmap(period, (await this.protectedQuarter(actor.municipalityId, period)).heat);
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
    // A whole year's previous period is last year: each distinct period is read once, all in one query when whole
    // months.
    const distinct = [...new Map([current, previous, lastYear].map((p) => [`${p.from}|${p.to}`, p])).values()];
    const read = await this.repository.cellCountsPerPeriod(municipalityId, distinct, {
      categories: query.categories,
      sources: query.sources,
    });
    const cells = read.map((rows) => rows.filter((r) => isNuisanceCategory(r.category)) as CellCount[]);
    // The same period gives the same array (trendRows then adds it up once).
    const countsOf = (p: Period) => cells[distinct.findIndex((d) => d.from === p.from && d.to === p.to)] ?? [];
    const rows = trendRows({
      current: countsOf(current),
      previous: countsOf(previous),
      lastYear: countsOf(lastYear),
      days: { current: periodDays(current), previous: periodDays(previous), lastYear: periodDays(lastYear) },
    });
    return { rows, periods: { current, previous, lastYear } };
  }

  async trends(actor: Actor, query: BarometerQuery): Promise<BarometerTrends> {
    const outside = !BarometerService.insideDepartment(actor);
    if (outside) checkOutsideQuery(query);
    const { rows, periods } = await this.trendRows(actor.municipalityId, filterOf(query));
    const withDays = (p: Period) => ({ ...p, days: periodDays(p) });
    if (outside) {
      const [current, previous, lastYear, names] = await Promise.all([
        this.protectedQuarter(actor.municipalityId, periods.current),
        this.protectedQuarter(actor.municipalityId, periods.previous),
        this.protectedQuarter(actor.municipalityId, periods.lastYear),
        this.wijkNames(actor.municipalityId),
      ]);
      return outsideTrends(rows, periods, { current, previous, lastYear }, names);
    }
    // Inside the department the exact rows are the answer as they are.
    return {
      period: withDays(periods.current),
      previous: withDays(periods.previous),
      lastYear: withDays(periods.lastYear),
      suppressed: false,
      falseDiscoveryRate: barometerFalseDiscoveryRate,
      rows,
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

  /**
   * Exact counts per wijk ('' = none) × category (× month) for a file export, which suppresses them
   * (barometer-export.ts).
   */
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

import { type Actor, can } from '../../../shared/access/roles.js';
import type { GasAnalysis, GasAnalysisQuery, GasShownCount } from '../../../shared/api/enforcement-analysis.schema.js';
import { calendarQuarterOf, protectTable, type ProtectedTable } from '../../../shared/barometer/disclosure.js';
import { isCalendarDay, periodDays } from '../../../shared/barometer/periods.js';
import { addMonths, monthOf } from '../../../shared/calendar/days.js';
import {
  finders,
  type Finder,
  offenceCategories,
  type OffenceCategory,
} from '../../../shared/enforcement/catalogue.js';
import { AppError } from '../../http/app-error.js';
import type { ServiceDeps } from '../context.js';
import { geoOf } from '../municipalities/municipality-geo.js';
import { AnalysisRepository, type AnalysisFilter } from './analysis.repository.js';
import { EnforcementRepository, type ScopePart } from './enforcement.repository.js';

type Deps = Pick<ServiceDeps, 'db' | 'geo'>;

/** The longest period analysed at once (five years). */
const maxDays = 5 * 366;
/** Streets listed for readers with enforcement.read. */
const streetLimit = 25;

type Shown = GasShownCount;
const isOffenceCategory = (value: string): value is OffenceCategory =>
  (offenceCategories as readonly string[]).includes(value);
const cellShown = (v: number | null): Shown => (v === null ? '<5' : v);
const bySourceOf = (value: (source: Finder) => Shown) =>
  Object.fromEntries(finders.map((s) => [s, value(s)])) as Record<Finder, Shown>;

/** The months of a period, `YYYY-MM`, in order. */
function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  for (let day = `${monthOf(from)}-01`; monthOf(day) <= monthOf(to); day = addMonths(day, 1)) months.push(monthOf(day));
  return months;
}

/**
 * The analysis of findings (issue 18): time (weekday × hour), place (wijk, streets), number, article × source, month,
 * per municipality of the scope. Readers with enforcement.read see exact counts for any period and filter; the others
 * (police, viewers: enforcement.statistics.read alone) get the barometer's disclosure rules: one calendar quarter of
 * one municipality without filters, every table of the answer protected (primary and secondary suppression), the
 * tables sharing only the grand total (hidden in one, hidden in all), so no "total minus cells" and no difference of
 * two answers gives a small count away. Category totals, streets and the list of municipalities stay inside.
 */
export class AnalysisService {
  constructor(private readonly deps: Deps) {}

  private get repository(): AnalysisRepository {
    return new AnalysisRepository(this.deps.db.kysely);
  }

  /** Exact counts, streets and filters for readers with enforcement.read; everyone else the protected answer. */
  static insideDepartment(actor: Actor): boolean {
    return can(actor, 'enforcement.read');
  }

  /** The wijken (GeoJSON) of a municipality of the reader's scope, for the map; null when none ship. */
  async wijkGeometry(actor: Actor, municipalityId: string): Promise<{ geojson: unknown }> {
    const scope = await new EnforcementRepository(this.deps.db.kysely).scopeOf(actor.municipalityId);
    if (!scope.some((p) => p.municipalityId === municipalityId)) throw new AppError('GAS_MUNICIPALITY_NOT_IN_SCOPE');
    const geo = await geoOf(this.deps).of(municipalityId);
    return { geojson: geo?.wijken ?? null };
  }

  async analyse(actor: Actor, query: GasAnalysisQuery): Promise<GasAnalysis> {
    checkPeriod(query);
    const scope = await new EnforcementRepository(this.deps.db.kysely).scopeOf(actor.municipalityId);
    const names = await this.repository.names([...new Set(scope.map((p) => p.municipalityId))]);
    const scopeList = scope.map((p) => ({
      municipalityId: p.municipalityId,
      name: names.get(p.municipalityId)?.name ?? p.municipalityId,
      from: p.from,
      to: p.to,
    }));
    const outside = !AnalysisService.insideDepartment(actor);
    if (outside) return this.outside(actor, query, scope, scopeList);

    let parts: ScopePart[] = scope;
    if (query.municipality !== undefined) {
      parts = scope.filter((p) => p.municipalityId === query.municipality);
      if (parts.length === 0) throw new AppError('GAS_MUNICIPALITY_NOT_IN_SCOPE');
    }
    const filter: AnalysisFilter = {
      scope: parts,
      from: query.from,
      to: query.to,
      article: query.article,
      source: query.source,
      wijk: query.wijk,
    };
    const single = new Set(parts.map((p) => p.municipalityId)).size === 1 ? parts[0]!.municipalityId : null;
    const [heatRows, wijkRows, articleRows, monthRows, memberRows, streets, wijkNames] = await Promise.all([
      this.repository.heat(filter),
      this.repository.byWijk(filter),
      this.repository.byArticleAndSource(filter),
      this.repository.byMonth(filter),
      this.repository.byMunicipality(filter),
      this.repository.topStreets(filter, streetLimit),
      single ? geoOf(this.deps).wijkNames(single) : Promise.resolve(new Map<string, string>()),
    ]);
    const heat = Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => 0));
    for (const h of heatRows) {
      if (h.weekday >= 1 && h.weekday <= 7 && h.hour >= 0 && h.hour <= 23) heat[h.weekday - 1]![h.hour]! += h.n;
    }
    const total = memberRows.reduce((sum, r) => sum + r.n, 0);
    const articles = new Map<string, { category: OffenceCategory; bySource: Record<Finder, number> }>();
    const categories = new Map<OffenceCategory, number>();
    const sourceTotals = bySourceOf(() => 0) as Record<Finder, number>;
    for (const r of articleRows) {
      const category = isOffenceCategory(r.category) ? r.category : 'abp';
      const entry = articles.get(r.article) ?? { category, bySource: { police: 0, guard: 0, camera: 0 } };
      if ((finders as readonly string[]).includes(r.source)) {
        entry.bySource[r.source as Finder] += r.n;
        sourceTotals[r.source as Finder] += r.n;
      }
      articles.set(r.article, entry);
      categories.set(category, (categories.get(category) ?? 0) + r.n);
    }
    const months = new Map(monthRows.map((m) => [m.month, m.n]));
    let unplaced = 0;
    const wijkCounts = new Map<string, number>();
    for (const w of wijkRows) {
      if (wijkNames.has(w.wijkCode)) wijkCounts.set(w.wijkCode, (wijkCounts.get(w.wijkCode) ?? 0) + w.n);
      else unplaced += w.n;
    }
    return {
      period: { from: query.from, to: query.to, days: periodDays(query) },
      suppressed: false,
      municipalityId: query.municipality ?? null,
      scope: scopeList,
      total,
      heat: {
        cells: heat.flatMap((row, d) => row.flatMap((v, hour) => (v === 0 ? [] : [{ weekday: d + 1, hour, n: v }]))),
        weekdayTotals: heat.map((row, d) => ({ weekday: d + 1, n: row.reduce((a, b) => a + b, 0) })),
        hourTotals: Array.from({ length: 24 }, (_, hour) => ({ hour, n: heat.reduce((a, row) => a + row[hour]!, 0) })),
        total,
      },
      wijken: single
        ? [...wijkNames.entries()].map(([wijkCode, name]) => ({ wijkCode, name, n: wijkCounts.get(wijkCode) ?? 0 }))
        : [],
      unplaced: single ? unplaced : total,
      articles: [...articles.entries()]
        .sort((a, b) => a[0].localeCompare(b[0]))
        .map(([article, e]) => ({
          article,
          category: e.category,
          bySource: e.bySource,
          total: finders.reduce((sum, s) => sum + e.bySource[s], 0),
        })),
      sourceTotals,
      categories: [...categories.entries()].map(([category, n]) => ({ category, n })),
      months: monthsOf(query.from, query.to).map((month) => ({ month, n: months.get(month) ?? 0 })),
      members: memberRows
        .map((r) => ({
          municipalityId: r.municipalityId,
          name: names.get(r.municipalityId)?.name ?? r.municipalityId,
          n: r.n,
        }))
        .sort((a, b) => a.name.localeCompare(b.name)),
      streets,
    };
  }

  /**
   * The answer outside the department: one calendar quarter of one municipality (the reader's own, or a member whose
   * agreement covers the whole quarter, so the association's answer is the member's own), no filters, every table
   * protected together.
   */
  private async outside(
    actor: Actor,
    query: GasAnalysisQuery,
    scope: ScopePart[],
    scopeList: GasAnalysis['scope'],
  ): Promise<GasAnalysis> {
    const quarter = calendarQuarterOf(query);
    if (!quarter) {
      throw new AppError('GAS_ANALYSIS_PERIOD_NOT_ALLOWED', {
        from: query.from,
        to: query.to,
        allowed: 'calendar_quarter',
      });
    }
    if (query.article !== undefined || query.source !== undefined || query.wijk !== undefined) {
      throw new AppError('GAS_ANALYSIS_FILTER_NOT_ALLOWED', { allowed: [] });
    }
    const municipalityId = query.municipality ?? actor.municipalityId;
    const parts = scope.filter((p) => p.municipalityId === municipalityId);
    if (parts.length === 0) throw new AppError('GAS_MUNICIPALITY_NOT_IN_SCOPE');
    const whole = parts.some((p) => (p.from === null || p.from <= query.from) && (p.to === null || p.to >= query.to));
    if (!whole) {
      throw new AppError('GAS_ANALYSIS_PERIOD_NOT_ALLOWED', {
        from: query.from,
        to: query.to,
        allowed: 'agreement_quarter',
      });
    }
    const filter: AnalysisFilter = {
      scope: [{ municipalityId, from: null, to: null }],
      from: query.from,
      to: query.to,
    };
    const [heatRows, wijkRows, articleRows, monthRows, catalogue, wijkNames] = await Promise.all([
      this.repository.heat(filter),
      this.repository.byWijk(filter),
      this.repository.byArticleAndSource(filter),
      this.repository.byMonth(filter),
      this.repository.catalogue([municipalityId]),
      geoOf(this.deps).wijkNames(municipalityId),
    ]);
    const t = protectedTables({
      heatRows,
      wijkRows,
      articleRows,
      monthRows,
      catalogue,
      wijkNames,
      from: query.from,
      to: query.to,
    });
    return {
      period: { from: query.from, to: query.to, days: periodDays(query) },
      suppressed: true,
      municipalityId,
      scope: scopeList,
      total: t.heat.total,
      heat: {
        cells: t.heat.cells.flatMap((row, d) =>
          row.flatMap((v, hour) => (v === 0 ? [] : [{ weekday: d + 1, hour, n: cellShown(v) }])),
        ),
        weekdayTotals: t.heat.rowTotals.map((n, d) => ({ weekday: d + 1, n })),
        hourTotals: t.heat.colTotals.map((n, hour) => ({ hour, n })),
        total: t.heat.total,
      },
      wijken: t.wijkRows
        .map((code, i) => ({
          wijkCode: code,
          name: wijkNames.get(code) ?? code,
          n: cellShown(t.wijk.cells[i]![0] ?? null),
        }))
        .filter((w) => w.wijkCode !== ''),
      unplaced: cellShown(t.wijk.cells[t.wijkRows.length - 1]![0] ?? null),
      articles: t.articleRows.map((a, i) => ({
        article: a.code,
        category: a.category,
        bySource: bySourceOf((s) => cellShown(t.articles.cells[i]![finders.indexOf(s)] ?? null)),
        total: t.articles.rowTotals[i] ?? null,
      })),
      sourceTotals: bySourceOf((s) => t.articles.colTotals[finders.indexOf(s)] ?? null),
      categories: [],
      months: t.monthRows.map((month, i) => ({ month, n: cellShown(t.months.cells[i]![0] ?? null) })),
      members: [],
      streets: null,
    };
  }
}

/**
 * The tables of a quarter as they may leave the department: weekday × hour, wijk (rows: the shipped wijken, then ''
 * for none) × 1, article (every article of the catalogue, found or not, so which rows exist tells nothing) × source,
 * month × 1. They share only the grand total: when one table must hide it, all are protected again with it hidden.
 */
export function protectedTables(input: {
  heatRows: { weekday: number; hour: number; n: number }[];
  wijkRows: { wijkCode: string; n: number }[];
  articleRows: { article: string; category: string; source: string; n: number }[];
  monthRows: { month: string; n: number }[];
  catalogue: { code: string; category: string }[];
  wijkNames: Map<string, string>;
  from: string;
  to: string;
}): {
  heat: ProtectedTable;
  wijk: ProtectedTable;
  wijkRows: string[];
  articles: ProtectedTable;
  articleRows: { code: string; category: OffenceCategory }[];
  months: ProtectedTable;
  monthRows: string[];
} {
  const heatTable = Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => 0));
  for (const h of input.heatRows) {
    if (h.weekday >= 1 && h.weekday <= 7 && h.hour >= 0 && h.hour <= 23) heatTable[h.weekday - 1]![h.hour]! += h.n;
  }
  const wijkRows = [...input.wijkNames.keys(), ''];
  const wijkIndex = new Map(wijkRows.map((code, i) => [code, i]));
  const wijkTable = wijkRows.map(() => [0]);
  for (const w of input.wijkRows) wijkTable[wijkIndex.get(w.wijkCode) ?? wijkRows.length - 1]![0]! += w.n;

  const categoryOf = new Map<string, OffenceCategory>();
  for (const a of input.catalogue) categoryOf.set(a.code, isOffenceCategory(a.category) ? a.category : 'abp');
  for (const r of input.articleRows) {
    if (!categoryOf.has(r.article)) categoryOf.set(r.article, isOffenceCategory(r.category) ? r.category : 'abp');
  }
  const articleRows = [...categoryOf.entries()]
    .map(([code, category]) => ({ code, category }))
    .sort((a, b) => a.code.localeCompare(b.code));
  const articleIndex = new Map(articleRows.map((a, i) => [a.code, i]));
  const articleTable = articleRows.map(() => finders.map(() => 0));
  for (const r of input.articleRows) {
    const j = finders.indexOf(r.source as Finder);
    // A source outside the three cannot be stored; should one appear it still counts in the row (as police would not).
    articleTable[articleIndex.get(r.article)!]![j === -1 ? 0 : j]! += r.n;
  }
  const monthRows = monthsOf(input.from, input.to);
  const monthIndex = new Map(monthRows.map((m, i) => [m, i]));
  const monthTable = monthRows.map(() => [0]);
  for (const m of input.monthRows) {
    const i = monthIndex.get(m.month);
    if (i !== undefined) monthTable[i]![0]! += m.n;
  }
  const protect = (hideTotal: boolean) => ({
    heat: protectTable(heatTable, 24, { hideTotal }),
    wijk: protectTable(wijkTable, 1, { hideTotal }),
    articles: protectTable(articleTable, finders.length, { hideTotal }),
    months: protectTable(monthTable, 1, { hideTotal }),
  });
  let tables = protect(false);
  if (Object.values(tables).some((t) => t.total === null)) tables = protect(true);
  return { ...tables, wijkRows, articleRows, monthRows };
}

/** A period the analysis answers: real days, from ≤ to, at most five years. */
function checkPeriod(query: { from: string; to: string }): void {
  if (!isCalendarDay(query.from) || !isCalendarDay(query.to) || query.from > query.to || periodDays(query) > maxDays) {
    throw new AppError('GAS_ANALYSIS_PERIOD_INVALID', { from: query.from, to: query.to });
  }
}

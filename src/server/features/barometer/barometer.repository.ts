import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Database } from '../../db/schema.js';
import { splitAtMonths } from '../../../shared/barometer/periods.js';

export interface BarometerFilter {
  from: string;
  to: string;
  categories?: readonly string[] | undefined;
  sources?: readonly string[] | undefined;
}

export interface EventListFilter extends BarometerFilter {
  wijk?: string | undefined;
  weekday?: number | undefined;
  hour?: number | undefined;
}

const num = (v: number | string | bigint | null | undefined) => Number(v ?? 0);

/**
 * Which pair of rollups a count reads: whole months from the monthly one, the partly covered days from the daily one.
 */
const rollups = {
  cells: { monthly: 'nuisance_monthly', daily: 'nuisance_daily' },
  hours: { monthly: 'nuisance_monthly_hourly', daily: 'nuisance_hourly' },
  /** The heat map of one wijk: keyed by municipality × wijk × period first. */
  wijkHours: { monthly: 'nuisance_wijk_monthly_hourly', daily: 'nuisance_wijk_hourly' },
} as const;

/**
 * One grouped sum over a rollup pair for the period: `select` lists the output columns for the monthly table and
 * for the daily one (the same names), `groupBy` their names. With only whole months (or only days) it is a single
 * grouped SELECT; otherwise the grouped parts are added up over a UNION ALL.
 */
function rollupSum<R>(
  pair: (typeof rollups)[keyof typeof rollups],
  municipalityId: string,
  filter: BarometerFilter,
  select: { monthly: string; daily: string },
  groupBy: string,
  wijk?: string,
): RawBuilder<R> {
  const split = splitAtMonths(filter);
  const conditions = (column: 'month' | 'day', from: string, to: string) => {
    const parts = [
      sql`municipality_id = ${municipalityId}`,
      ...(wijk === undefined ? [] : [sql`wijk_code = ${wijk}`]),
      sql`${sql.ref(column)} between ${from} and ${to}`,
    ];
    if (filter.categories?.length) parts.push(sql`category in (${sql.join(filter.categories)})`);
    if (filter.sources?.length) parts.push(sql`source in (${sql.join(filter.sources)})`);
    return sql.join(parts, sql` and `);
  };
  const part = (table: string, columns: string, where: RawBuilder<unknown>) =>
    sql`select ${sql.raw(columns)}, sum(n) as n from ${sql.table(table)} where ${where} group by ${sql.raw(groupBy)}`;
  const parts = [
    ...(split.months
      ? [part(pair.monthly, select.monthly, conditions('month', split.months.from, split.months.to))]
      : []),
    ...split.days.map((p) => part(pair.daily, select.daily, conditions('day', p.from, p.to))),
  ];
  if (parts.length === 1 && parts[0]) return parts[0] as RawBuilder<R>;
  return sql<R>`select ${sql.raw(groupBy)}, sum(n) as n from (${sql.join(parts, sql` union all `)}) as parts group by ${sql.raw(groupBy)}`;
}

/** The barometer's reads: the rollups for counts and heat maps, the events for the drill-down list. */
export class BarometerRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async slugOf(municipalityId: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('municipality')
      .select('slug')
      .where('id', '=', municipalityId)
      .executeTakeFirst();
    return row?.slug;
  }

  async municipalityBySlug(slug: string): Promise<{ id: string; slug: string; name: string } | undefined> {
    return this.db
      .selectFrom('municipality')
      .select(['id', 'slug', 'name'])
      .where('slug', '=', slug)
      .executeTakeFirst();
  }

  /** Counts per wijk ('' = none) × category for the period: the map, the trends and the exports. */
  async cellCounts(
    municipalityId: string,
    filter: BarometerFilter,
  ): Promise<{ wijkCode: string; category: string; n: number }[]> {
    const { rows } = await rollupSum<{ wijk_code: string; category: string; n: number | string }>(
      rollups.cells,
      municipalityId,
      filter,
      { monthly: 'wijk_code, category', daily: 'wijk_code, category' },
      'wijk_code, category',
    ).execute(this.db);
    return rows.map((r) => ({ wijkCode: r.wijk_code, category: r.category, n: num(r.n) })).filter((r) => r.n !== 0);
  }

  /**
   * `cellCounts` for several periods with the same category and source filter (the trends: the period, the one
   * before, the same one last year). When every period is whole months, one grouped SELECT over the monthly rollup
   * sums each period in its own column; otherwise each period is read on its own.
   */
  async cellCountsPerPeriod(
    municipalityId: string,
    periods: readonly { from: string; to: string }[],
    filter: Pick<BarometerFilter, 'categories' | 'sources'>,
  ): Promise<{ wijkCode: string; category: string; n: number }[][]> {
    const months = periods.map((p) => splitAtMonths(p));
    const whole = months.map((m) => (m.days.length === 0 ? m.months : null));
    if (periods.length < 2 || whole.some((m) => m === null)) {
      return Promise.all(periods.map((p) => this.cellCounts(municipalityId, { ...p, ...filter })));
    }
    const spans = whole as { from: string; to: string }[];
    const from = spans.reduce((min, m) => (m.from < min ? m.from : min), spans[0]!.from);
    const to = spans.reduce((max, m) => (m.to > max ? m.to : max), spans[0]!.to);
    const conditions = [
      sql`municipality_id = ${municipalityId}`,
      sql`month between ${from} and ${to}`,
      ...(filter.categories?.length ? [sql`category in (${sql.join(filter.categories)})`] : []),
      ...(filter.sources?.length ? [sql`source in (${sql.join(filter.sources)})`] : []),
    ];
    // The WHERE bounds every row to [from, to]: each period's sum tests only the bounds it does not share with it
    // (two adjacent years: one comparison each). A sum over no row is null, read as 0.
    const sums = spans.map((m, i) => {
      const bounds = [
        ...(m.from > from ? [sql`month >= ${m.from}`] : []),
        ...(m.to < to ? [sql`month <= ${m.to}`] : []),
      ];
      const column = sql.ref(`n${i}`);
      return bounds.length === 0
        ? sql`sum(n) as ${column}`
        : sql`sum(n) filter (where ${sql.join(bounds, sql` and `)}) as ${column}`;
    });
    const { rows } = await sql<Record<string, string | number>>`select wijk_code, category, ${sql.join(sums)}
      from nuisance_monthly where ${sql.join(conditions, sql` and `)} group by wijk_code, category`.execute(this.db);
    return spans.map((_, i) =>
      rows
        .map((r) => ({ wijkCode: String(r.wijk_code), category: String(r.category), n: num(r[`n${i}`]) }))
        .filter((r) => r.n !== 0),
    );
  }

  /** Counts per month (YYYY-MM) × wijk × category: the exports by month. */
  async monthlyCounts(
    municipalityId: string,
    filter: BarometerFilter,
  ): Promise<{ month: string; wijkCode: string; category: string; n: number }[]> {
    const select = { monthly: 'month, wijk_code, category', daily: 'substr(day, 1, 7) as month, wijk_code, category' };
    const { rows } = await rollupSum<{ month: string; wijk_code: string; category: string; n: number | string }>(
      rollups.cells,
      municipalityId,
      filter,
      select,
      'month, wijk_code, category',
    ).execute(this.db);
    return rows
      .map((r) => ({ month: r.month, wijkCode: r.wijk_code, category: r.category, n: num(r.n) }))
      .filter((r) => r.n !== 0);
  }

  /** Counts per weekday × hour for the period, from the hourly rollups (every wijk together). */
  async heatmap(
    municipalityId: string,
    filter: BarometerFilter,
  ): Promise<{ weekday: number; hour: number; n: number }[]> {
    const { rows } = await rollupSum<{ weekday: number | string; hour: number | string; n: number | string }>(
      rollups.hours,
      municipalityId,
      filter,
      { monthly: 'weekday, hour', daily: 'weekday, hour' },
      'weekday, hour',
    ).execute(this.db);
    return rows.map((r) => ({ weekday: num(r.weekday), hour: num(r.hour), n: num(r.n) }));
  }

  /** The heat map of one wijk, from the per-wijk hourly rollups (the same split into whole months and days). */
  async heatmapInWijk(
    municipalityId: string,
    wijk: string,
    filter: BarometerFilter,
  ): Promise<{ weekday: number; hour: number; n: number }[]> {
    const { rows } = await rollupSum<{ weekday: number | string; hour: number | string; n: number | string }>(
      rollups.wijkHours,
      municipalityId,
      filter,
      { monthly: 'weekday, hour', daily: 'weekday, hour' },
      'weekday, hour',
      wijk,
    ).execute(this.db);
    return rows.map((r) => ({ weekday: num(r.weekday), hour: num(r.hour), n: num(r.n) }));
  }

  /** The underlying events, newest first. */
  async events(municipalityId: string, filter: EventListFilter, limit: number, offset: number) {
    let query = this.db
      .selectFrom('nuisance_event')
      .where('municipality_id', '=', municipalityId)
      .where('day', '>=', filter.from)
      .where('day', '<=', filter.to);
    if (filter.categories?.length) query = query.where('category', 'in', filter.categories);
    if (filter.sources?.length) query = query.where('source', 'in', filter.sources);
    if (filter.wijk !== undefined) query = query.where('wijk_code', '=', filter.wijk);
    if (filter.weekday !== undefined) query = query.where('weekday', '=', filter.weekday);
    if (filter.hour !== undefined) query = query.where('hour', '=', filter.hour);
    const [items, total] = await Promise.all([
      query
        .select(['id', 'source', 'category', 'wijk_code', 'street', 'occurred_at', 'day', 'hour'])
        .orderBy('day', 'desc')
        .orderBy('hour', 'desc')
        .orderBy('id')
        .limit(limit)
        .offset(offset)
        .execute(),
      query.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items, total: num(total.n) };
  }
}

import type { EChartsOption } from 'echarts';
import type { IndicatorState } from '../api/indicators.schema.js';
import { formatNumber } from '../i18n/format.js';
import { type Locale, localeTags } from '../i18n/locale.js';
import { type Status } from '../indicators/indicator-status.js';
import { chart, type ChartBlock } from './report-document.js';
import { reportTexts } from './report-texts.js';
import { reportStatuses, statusText, truncate } from './report-common.js';

/**
 * The charts the reports draw (plan, evaluation, activity, guards, GAS): status counts in the colours the DOCX palette
 * gives them, counts per category, a trend over the months. Drawn as SVG by a renderer passed in, so the models stay
 * pure.
 */

/** Draws an ECharts option as SVG (the server's renderChartSvg); passed in so that the report models stay pure. */
export type ChartSvgRenderer = (option: EChartsOption, width: number, height: number) => string;

/**
 * The DOCX renderer draws native charts and colours series by their index in its palette (src/server/adapters/
 * documents/layout.ts: blue, orange, green, purple, red, grey). Status charts therefore always carry the six
 * statuses in the order whose palette colour fits them, and the SVG uses the same colours: on track blue, at risk
 * orange, achieved green, monitor purple, missed red, no data grey.
 */
export const statusChartOrder: readonly Status[] = ['on_track', 'at_risk', 'achieved', 'monitor', 'missed', 'no_data'];
export const statusChartColors: Record<Status, string> = {
  on_track: '1F4E79',
  at_risk: 'E07B39',
  achieved: '3A9D5D',
  monitor: '8E5EA2',
  missed: 'C0392B',
  no_data: '7F8C8D',
};

/** The width every report chart is drawn at, and the font of its axes and legend. */
export const chartWidth = 640;
export const chartFont = { fontSize: 11, color: '#1F2933' };

/**
 * One horizontal bar per category (a task, a wijk, an offence category), its count beside it. With `locale`, the
 * value axis and the bar labels read as numbers in that language ("1.500" in nl and fr, "1,500" in en).
 */
export function countBarChart(
  renderSvg: ChartSvgRenderer,
  input: {
    title: string;
    categoryLabel: string;
    seriesName: string;
    categories: string[];
    values: number[];
    altText?: string;
    locale?: Locale;
  },
): ChartBlock {
  const { categories, values, seriesName, locale } = input;
  const numberFormatter = locale ? (value: number) => formatNumber(value, locale) : undefined;
  const height = 90 + 26 * categories.length;
  const svg = renderSvg(
    {
      grid: { left: 8, right: 40, top: 12, bottom: 8, containLabel: true },
      xAxis: { type: 'value', axisLabel: numberFormatter ? { ...chartFont, formatter: numberFormatter } : chartFont },
      yAxis: { type: 'category', data: categories, inverse: true, axisLabel: chartFont },
      series: [
        {
          name: seriesName,
          type: 'bar',
          data: values,
          barMaxWidth: 18,
          label: {
            show: true,
            position: 'right',
            fontSize: 10,
            ...(numberFormatter
              ? { formatter: (params: { value?: unknown }) => numberFormatter(Number(params.value ?? 0)) }
              : {}),
          },
        },
      ],
    },
    chartWidth,
    height,
  );
  return chart(
    input.title,
    { svg, width: chartWidth, height },
    { kind: 'bar', categoryLabel: input.categoryLabel, categories, series: [{ name: seriesName, values }] },
    { altText: input.altText ?? input.title },
  );
}

/** A stacked horizontal bar per category (programme or phenomenon): how many indicators have each status. */
export function statusCountsChart(
  renderSvg: ChartSvgRenderer,
  locale: Locale,
  input: {
    title: string;
    categoryLabel: string;
    categories: string[];
    counts: Partial<Record<Status, number>>[];
    altWhat: string;
  },
): ChartBlock {
  const categories = input.categories.map((category) => truncate(category, 38));
  const valuesOf = (status: Status) => input.counts.map((counts) => counts[status] ?? 0);
  // Tall enough that the DOCX's native chart (drawn at the same size) labels every category.
  const height = 110 + 40 * categories.length;
  const svg = renderSvg(
    {
      grid: { left: 8, right: 24, top: 58, bottom: 8 },
      legend: {
        top: 0,
        left: 'center',
        itemWidth: 12,
        itemHeight: 10,
        textStyle: chartFont,
        data: reportStatuses.map((status) => statusText(status, locale)),
      },
      xAxis: { type: 'value', minInterval: 1, axisLabel: chartFont },
      yAxis: { type: 'category', data: categories, inverse: true, axisLabel: chartFont },
      series: reportStatuses.map((status) => ({
        name: statusText(status, locale),
        type: 'bar',
        stack: 'count',
        barMaxWidth: 22,
        data: valuesOf(status),
        itemStyle: { color: `#${statusChartColors[status]}` },
        label: {
          show: true,
          fontSize: 10,
          color: '#FFFFFF',
          formatter: (params: { value?: unknown }) => (Number(params.value) > 0 ? String(params.value) : ''),
        },
      })),
    },
    chartWidth,
    height,
  );
  return chart(
    input.title,
    { svg, width: chartWidth, height },
    {
      kind: 'bar',
      categoryLabel: input.categoryLabel,
      categories,
      series: statusChartOrder.map((status) => ({ name: statusText(status, locale), values: valuesOf(status) })),
    },
    { altText: reportTexts[locale].altCounts(input.altWhat) },
  );
}

/** Short month names in the report's language: "jan.", "févr.", "Jan". */
export function monthNames(locale: Locale): string[] {
  const format = new Intl.DateTimeFormat(localeTags[locale], { month: 'short', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, month) => format.format(new Date(Date.UTC(2020, month, 15))));
}

/**
 * The monthly trend of the computed indicators of a group, where it tells something: indicators with a value in at
 * least three months, identical series shown once (several indicators often count the same register), at most four.
 */
export function trendChart(
  renderSvg: ChartSvgRenderer,
  locale: Locale,
  input: { title: string; altWhat: string; indicators: { label: string; state: IndicatorState }[] },
): ChartBlock | null {
  const seen = new Set<string>();
  const picked = input.indicators
    .filter(
      ({ state }) =>
        state.link?.mode === 'query' &&
        state.link.state === 'confirmed' &&
        state.months.filter((value) => (value ?? 0) > 0).length >= 3,
    )
    .filter(({ state }) => {
      const key = JSON.stringify(state.months);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => total(b.state.months) - total(a.state.months))
    .slice(0, 4);
  if (picked.length === 0) return null;
  const months = monthNames(locale);
  const series = picked.map(({ label, state }) => ({
    name: truncate(label, 80),
    values: state.months.map((value) => value ?? null),
  }));
  const height = 230 + 20 * series.length;
  const svg = renderSvg(
    {
      grid: { left: 8, right: 24, top: 16, bottom: 28 + 20 * series.length },
      legend: { bottom: 0, left: 0, orient: 'vertical', itemWidth: 16, itemHeight: 8, textStyle: chartFont },
      xAxis: { type: 'category', data: months, boundaryGap: false, axisLabel: chartFont },
      yAxis: { type: 'value', minInterval: 1, axisLabel: chartFont },
      series: series.map((one) => ({
        name: one.name,
        type: 'line',
        data: one.values,
        symbolSize: 5,
        lineStyle: { width: 2 },
      })),
    },
    chartWidth,
    height,
  );
  return chart(
    input.title,
    { svg, width: chartWidth, height },
    { kind: 'line', categoryLabel: reportTexts[locale].month, categories: months, series },
    { altText: reportTexts[locale].altTrend(input.altWhat, series.length) },
  );
}

const total = (values: (number | null)[]): number => values.reduce<number>((sum, value) => sum + (value ?? 0), 0);

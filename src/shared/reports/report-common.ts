import type { EChartsOption } from 'echarts';
import type { IndicatorState, Overview } from '../api/indicators.schema.js';
import type { PlanVersionSummary, Target } from '../api/plan.schema.js';
import { formatNumber } from '../i18n/format.js';
import { type Locale, localeTags } from '../i18n/locale.js';
import { rollUp, type Status } from '../indicators/indicator-status.js';
import { statusWords } from '../indicators/status-words.js';
import { describeTarget } from '../plan/targets/describe-target.js';
import {
  chart,
  paragraph,
  reportWords,
  statusBadge,
  type ChartBlock,
  type ParagraphBlock,
  type ReportCellValue,
  type ReportColumn,
  type StatusBlock,
} from './report-document.js';
import { reportTexts } from './report-texts.js';

/**
 * What the plan, evaluation and activity reports share: status words and colours (with the `monitor` status the
 * report model does not know), targets and values in words, programme groups and the two chart shapes.
 */

/** Draws an ECharts option as SVG (the server's renderChartSvg); passed in so that the report models stay pure. */
export type ChartSvgRenderer = (option: EChartsOption, width: number, height: number) => string;

/** Every status an indicator or group can have, in reading order (best first, monitor-only last). */
const reportStatuses: readonly Status[] = ['achieved', 'on_track', 'at_risk', 'missed', 'no_data', 'monitor'];

/** The status word printed in the reports: the report model's words, and "Opvolging / Suivi / Monitor only" for monitor. */
function statusText(status: Status, locale: Locale): string {
  return status === 'monitor' ? statusWords[locale].monitor : reportWords[locale].status[status];
}

/** A cell of a `status` column: the status itself (printed coloured), or the monitor word as plain text. */
export function statusCell(status: Status, locale: Locale): ReportCellValue {
  return status === 'monitor' ? statusWords[locale].monitor : status;
}

/** "Label: ● Behaald — note", or for monitor-only a plain line (the report model has no colour for it). */
export function statusLine(label: string, status: Status, locale: Locale, note?: string): StatusBlock | ParagraphBlock {
  if (status !== 'monitor') return statusBadge(label, status, note);
  return paragraph(`${label}${reportTexts[locale].colon}${statusText(status, locale)}${note ? ` — ${note}` : ''}`);
}

/** "81 Behaald · 11 Niet behaald · 49 Opvolging": the non-zero counts. */
export function countsText(counts: Partial<Record<Status, number>>, locale: Locale): string {
  return reportStatuses
    .filter((status) => (counts[status] ?? 0) > 0)
    .map((status) => `${counts[status] ?? 0} ${statusText(status, locale)}`)
    .join(' · ');
}

/** Count columns for sheets: one per status, keyed `count_<status>`. */
export function countColumns(locale: Locale): ReportColumn[] {
  return reportStatuses.map((status) => ({
    key: `count_${status}`,
    label: statusText(status, locale),
    kind: 'number',
    decimals: 0,
  }));
}

export function countCells(counts: Partial<Record<Status, number>>): Record<string, number> {
  return Object.fromEntries(reportStatuses.map((status) => [`count_${status}`, counts[status] ?? 0]));
}

/** The targets in words, one per line; an indicator without targets is monitored only. */
export function targetsInWords(targets: Target[], locale: Locale): string {
  if (targets.length === 0) return describeTarget({ kind: 'monitor' }, locale);
  return targets.map((target) => describeTarget(target, locale)).join('\n');
}

/** `YYYY-MM-DD` as dd/mm/yyyy (anything else unchanged). */
export function dayText(iso: string | null | undefined): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/** "01/01/2020 – 31/12/2020", or what is known of it. */
export function periodText(version: Pick<PlanVersionSummary, 'periodStart' | 'periodEnd'>): string {
  if (!version.periodStart && !version.periodEnd) return '—';
  return `${dayText(version.periodStart) || '…'} – ${dayText(version.periodEnd) || '…'}`;
}

/** "2020" or "2020–2022" from the plan's period; empty when the text gave none. */
export function periodYears(version: Pick<PlanVersionSummary, 'periodStart' | 'periodEnd'>): string {
  const start = version.periodStart?.slice(0, 4);
  const end = version.periodEnd?.slice(0, 4);
  if (start && end) return start === end ? start : `${start}–${end}`;
  return start ?? end ?? '';
}

/** "SVPP 2020 (versie 1, bevestigd op 15/02/2021)". */
export function versionText(version: PlanVersionSummary, locale: Locale): string {
  return `${version.label} (${reportTexts[locale].version(version.versionNo, version.confirmedAt ? dayText(version.confirmedAt) : null)})`;
}

/** A number as the reports print it: Belgian separators, at most one decimal. */
export function numberText(value: number | null | undefined, locale: Locale): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return formatNumber(Math.round(value * 10) / 10, locale);
}

/** The indicator's measured value in the year: a growth in percent reads "+17,5 %", anything else as a number. */
export function currentValueText(state: Pick<IndicatorState, 'value' | 'reason' | 'targets'>, locale: Locale): string {
  if (state.value === null) return '';
  const growth = state.reason.rule.startsWith('growth_') && state.reason.rule !== 'growth_no_baseline';
  if (!growth) return numberText(state.value, locale);
  const percent = state.targets.some((target) => target.kind === 'growth' && target.unit === 'percent');
  const sign = state.value > 0 ? '+' : '';
  return `${sign}${numberText(state.value, locale)}${percent ? (locale === 'fr' ? '\u00a0%' : ' %') : ''}`;
}

/** The value of a previous year from the indicator's history, as printed. */
export function historyValueText(state: Pick<IndicatorState, 'history'>, year: number, locale: Locale): string {
  return numberText(state.history.find((entry) => entry.year === year)?.value, locale);
}

/** The previous years the history covers (at most `max`, the latest ones), oldest first. */
export function historyYears(overview: Overview, max: number): number[] {
  const years = new Set<number>();
  for (const indicator of overviewIndicators(overview)) for (const entry of indicator.history) years.add(entry.year);
  return [...years].sort((a, b) => a - b).slice(-max);
}

type OverviewSection = Overview['sections'][number];
type OverviewOperational = OverviewSection['strategic'][number]['operational'][number];

function overviewIndicators(overview: Overview): IndicatorState[] {
  return overview.sections.flatMap((section) =>
    section.strategic.flatMap((st) => st.operational.flatMap((op) => op.indicators)),
  );
}

export function sectionIndicators(
  section: OverviewSection,
): { operational: OverviewOperational; indicator: IndicatorState }[] {
  return section.strategic.flatMap((st) =>
    st.operational.flatMap((operational) => operational.indicators.map((indicator) => ({ operational, indicator }))),
  );
}

/** "2. SOCIALE OVERLAST". */
export function sectionLabel(section: { number: string; title: string }): string {
  return `${section.number}. ${section.title}`;
}

/** At most `max` characters, cut at a word with "…". */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/u, '')}…`;
}

export interface ProgrammeGroup<S> {
  /** null for the sections of no action programme (the coordination section). */
  name: string | null;
  sections: S[];
}

/** The action programmes in the plan's order, each with its sections; then the sections no programme holds. */
export function groupByProgramme<S extends { number: string }>(
  programmes: { name: string; sectionNumbers: string[] }[],
  sections: S[],
): ProgrammeGroup<S>[] {
  const byNumber = new Map(sections.map((section) => [section.number, section]));
  const held = new Set<string>();
  const groups: ProgrammeGroup<S>[] = programmes.map((programme) => {
    const own = programme.sectionNumbers
      .map((number) => byNumber.get(number))
      .filter((section): section is S => section !== undefined);
    for (const section of own) held.add(section.number);
    return { name: programme.name, sections: own };
  });
  const rest = sections.filter((section) => !held.has(section.number));
  if (rest.length > 0) groups.push({ name: null, sections: rest });
  return groups;
}

export function groupName(group: ProgrammeGroup<unknown>, locale: Locale): string {
  return group.name ?? reportTexts[locale].outsideProgrammes;
}

/** A programme's roll-up from the overview, or (for the sections of no programme) from its sections. */
export function groupRollup(
  group: ProgrammeGroup<OverviewSection>,
  overview: Overview,
): Pick<OverviewSection, 'status' | 'counts'> {
  const programme = group.name === null ? undefined : overview.programmes.find((one) => one.name === group.name);
  if (programme) return { status: programme.status, counts: programme.counts };
  // The sections of no programme: the same rule over all their indicators.
  return rollUp(statusesOf(addCounts(group.sections.map((section) => section.counts))));
}

/** The counts back as a list of statuses (for `rollUp`). */
export function statusesOf(counts: Partial<Record<Status, number>>): Status[] {
  return reportStatuses.flatMap((status) => Array.from({ length: counts[status] ?? 0 }, () => status));
}

/** Adds the counts of several roll-ups. */
function addCounts(list: Partial<Record<Status, number>>[]): Record<Status, number> {
  const total = Object.fromEntries(reportStatuses.map((status) => [status, 0])) as Record<Status, number>;
  for (const counts of list) for (const status of reportStatuses) total[status] += counts[status] ?? 0;
  return total;
}

// ---------------------------------------------------------------------------------------------------------------
// Charts

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

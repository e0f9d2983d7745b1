/**
 * ECharts options for an indicator's trend: the months of the year and the years before. Pure data, no ECharts
 * import. No ECharts legend or tooltip (the page shows the legend in HTML and the figures in a table).
 */
import type { Status } from '../../../shared/indicators/indicator-status.js';
import { chartFont } from '../../components/charts/chart-theme.js';
import { cumulative } from './overview-model.js';

export interface MonthTrendInput {
  monthNames: string[];
  months: (number | null)[];
  /** The yearly target to reach, drawn as a line against the running total. */
  target: number | null;
  words: { perMonth: string; total: string; target: string };
  format: (value: number) => string;
}

const axisLabel = { color: '#374151', fontFamily: chartFont };
const gridLine = { lineStyle: { color: '#E5E7EB' } };

/** The value axis of a count: whole steps, figures written the user's way. */
const countAxis = (format: (value: number) => string) => ({
  type: 'value',
  minInterval: 1,
  axisLabel: { ...axisLabel, formatter: format },
  splitLine: gridLine,
});

/** The colours of the month chart, for the HTML legend beside it. */
export const monthTrendColors = { perMonth: '#1565C0', total: '#B35C00', target: '#1E7B34' } as const;

export function monthTrendOption(input: MonthTrendInput) {
  const total = cumulative(input.months);
  return {
    animation: false,
    textStyle: { fontFamily: chartFont },
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: input.monthNames, axisLabel, axisTick: { alignWithLabel: true } },
    yAxis: countAxis(input.format),
    series: [
      {
        name: input.words.perMonth,
        type: 'bar',
        data: input.months.map((value) => value ?? '-'),
        itemStyle: { color: monthTrendColors.perMonth },
        barMaxWidth: 22,
      },
      {
        name: input.words.total,
        type: 'line',
        data: total.map((value) => value ?? '-'),
        itemStyle: { color: monthTrendColors.total },
        lineStyle: { width: 2.5 },
        symbol: 'circle',
        symbolSize: 6,
        connectNulls: false,
        ...(input.target === null
          ? {}
          : {
              markLine: {
                silent: true,
                symbol: 'none',
                lineStyle: { color: monthTrendColors.target, type: 'dashed', width: 2 },
                label: {
                  formatter: `${input.words.target} ${input.format(input.target)}`,
                  position: 'insideEndTop',
                  color: monthTrendColors.target,
                  fontWeight: 'bold',
                },
                data: [{ yAxis: input.target }],
              },
            }),
      },
    ],
  };
}

export interface YearTrendInput {
  years: { year: number; value: number | null; status: Status }[];
  colors: Record<Status, string>;
  words: { value: string };
  format: (value: number) => string;
}

export function yearTrendOption(input: YearTrendInput) {
  return {
    animation: false,
    textStyle: { fontFamily: chartFont },
    grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: input.years.map((y) => String(y.year)), axisLabel },
    yAxis: countAxis(input.format),
    series: [
      {
        name: input.words.value,
        type: 'bar',
        barMaxWidth: 36,
        label: {
          show: true,
          position: 'top',
          color: '#1F2937',
          formatter: (params: { value: unknown }) =>
            typeof params.value === 'number' ? input.format(params.value) : '',
        },
        data: input.years.map((y) => ({ value: y.value ?? '-', itemStyle: { color: input.colors[y.status] } })),
      },
    ],
  };
}

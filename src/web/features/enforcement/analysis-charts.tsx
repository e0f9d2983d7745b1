import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import type { GasAnalysis } from '../../../shared/api/enforcement-analysis.schema.js';
import { chartFont } from '../../components/charts/chart-theme.js';
import { EChart } from '../../components/charts/echart.js';
import type { EChartsOption } from '../../components/charts/echarts.js';
import { type Locale, localeTags } from '../../../shared/i18n/locale.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { BarometerHeatChart, BarometerMapChart } from '../barometer/barometer-charts.js';
import { countValue, shownCount } from '../barometer/barometer.api.js';

/** A `YYYY-MM` month as the language writes it short: "jan 2025", "janv. 2025", "Jan 2025". */
function monthLabel(month: string, locale: Locale): string {
  const [year, monthNumber] = month.split('-').map(Number);
  if (!year || !monthNumber) return month;
  return new Intl.DateTimeFormat(localeTags[locale], { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(year, monthNumber - 1, 15),
  );
}

/**
 * The analysis's charts (a chunk of their own, with ECharts): the barometer's wijk map and hour × weekday heat map,
 * drawn from counts as published ("<5" and "—" outside the department), and findings per month.
 */
export function AnalysisCharts({ analysis, geojson }: { analysis: GasAnalysis; geojson: unknown }) {
  const { t, fill, date, number, locale } = useI18n();
  const w = t.enforcementAnalysis;
  const b = t.barometer;
  const shown = (n: number | '<5' | null) => shownCount(n, number);
  const period = { from: date(analysis.period.from), to: date(analysis.period.to) };
  const weekdays = [1, 2, 3, 4, 5, 6, 7].map((d) => b.weekdaysShort[d as 1]);
  const cells = analysis.heat.cells.map((c) => ({
    weekday: c.weekday,
    hour: c.hour,
    value: countValue(c.n),
    shown: shown(c.n),
  }));
  const busiest = cells.reduce<(typeof cells)[number] | null>(
    (best, c) => (!best || c.value > best.value ? c : best),
    null,
  );
  const heatLabel = fill(w.heatLabel, {
    ...period,
    busiest: busiest
      ? fill(w.heatBusiest, { day: b.weekdays[busiest.weekday as 1], hour: busiest.hour, count: busiest.shown })
      : w.heatNone,
  });
  const mapData = analysis.wijken.map((x) => ({ name: x.name, value: countValue(x.n), shown: shown(x.n) }));
  const months = useMemo<EChartsOption>(
    () => ({
      animation: false,
      textStyle: { fontFamily: chartFont },
      grid: { top: 16, bottom: 30, left: 48, right: 10 },
      xAxis: { type: 'category', data: analysis.months.map((m) => monthLabel(m.month, locale)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'bar',
          data: analysis.months.map((m) => countValue(m.n)),
          barMaxWidth: 28,
          label: {
            show: true,
            position: 'top',
            fontSize: 9,
            formatter: (p: { dataIndex: number }) => shown(analysis.months[p.dataIndex]?.n ?? 0),
          },
        },
      ],
    }),

    [analysis.months, locale],
  );
  return (
    // The heat map has 24 × 7 labelled cells: it needs the full width (a third of it ran the labels together).
    <Stack gap="lg">
      <Card withBorder component="section" aria-labelledby="analysis-heat">
        <Title order={3} size="h4" id="analysis-heat">
          {w.heatTitle}
        </Title>
        <div data-testid="analysis-heatmap">
          <BarometerHeatChart cells={cells} weekdays={weekdays} label={heatLabel} />
        </div>
        <Text size="sm">{heatLabel}</Text>
      </Card>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Card withBorder component="section" aria-labelledby="analysis-map">
          <Title order={3} size="h4" id="analysis-map">
            {w.mapTitle}
          </Title>
          {geojson && analysis.wijken.length > 0 ? (
            <div data-testid="analysis-map">
              <BarometerMapChart
                geojson={geojson}
                mapName={`enforcement-wijken-${analysis.municipalityId ?? 'own'}`}
                data={mapData}
                label={fill(w.mapLabel, { count: analysis.wijken.length, ...period })}
              />
            </div>
          ) : (
            <Text c="dimmed">{w.mapNone}</Text>
          )}
          {/* Only beside a map: across municipalities nothing is placed in a wijk, so the count would say nothing. */}
          {geojson && analysis.wijken.length > 0 ? (
            <Text size="sm">{fill(w.unplaced, { count: shown(analysis.unplaced) })}</Text>
          ) : null}
        </Card>
        <Card withBorder component="section" aria-labelledby="analysis-months">
          <Title order={3} size="h4" id="analysis-months">
            {w.monthsTitle}
          </Title>
          <EChart option={months} label={fill(w.monthsLabel, period)} height={220} />
        </Card>
      </SimpleGrid>
    </Stack>
  );
}

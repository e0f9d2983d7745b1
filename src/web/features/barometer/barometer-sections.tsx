import { Card, Group, Text, Title } from '@mantine/core';
import type { BarometerMap } from '../../../shared/api/barometer.schema.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { CenteredLoader } from '../../components/centered-loader.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { BarometerHeatChart, BarometerMapChart } from './barometer-charts.js';
import { barometerApi, shownCount, type BarometerFilter, countValue } from './barometer.api.js';

/** The map and the heat map (loaded lazily with ECharts). The heat map follows the wijk chosen for the drill-down. */
export function BarometerChartsSection({
  filter,
  map,
  geojson,
  wijk,
}: {
  filter: BarometerFilter;
  map: BarometerMap;
  geojson: unknown;
  wijk: string | undefined;
}) {
  const { t, fill, date, number } = useI18n();
  const words = t.barometer;
  const heat = useApiQuery(() => barometerApi.heatmap(filter, wijk), `${JSON.stringify(filter)}|${wijk ?? ''}`, {
    keepPreviousData: true,
  });
  const shown = (n: number | '<5' | null) => shownCount(n, number);
  const data = map.wijken.map((w) => ({ name: w.name, value: countValue(w.total), shown: shown(w.total) }));
  const weekdays = [1, 2, 3, 4, 5, 6, 7].map((d) => words.weekdaysShort[d as 1]);
  const cells =
    heat.status === 'success'
      ? heat.data.cells.map((c) => ({ weekday: c.weekday, hour: c.hour, value: countValue(c.n), shown: shown(c.n) }))
      : [];
  const busiest = cells.reduce<(typeof cells)[number] | null>(
    (best, c) => (!best || c.value > best.value ? c : best),
    null,
  );
  const busiestText = busiest
    ? fill(words.heatBusiest, { day: words.weekdays[busiest.weekday as 1], hour: busiest.hour, count: busiest.shown })
    : words.heatNone;
  const period = { from: date(filter.from), to: date(filter.to) };
  const heatLabel = fill(words.heatLabel, { ...period, busiest: busiestText });
  const wijkName = map.wijken.find((w) => w.wijkCode === wijk)?.name;

  return (
    <Group align="stretch" grow wrap="wrap" gap="lg">
      <Card withBorder component="section" aria-labelledby="barometer-map" miw={300}>
        <Title order={2} size="h4" id="barometer-map">
          {words.mapTitle}
        </Title>
        {geojson ? (
          <div data-testid="barometer-map">
            <BarometerMapChart
              geojson={geojson}
              mapName="barometer-wijken"
              data={data}
              label={fill(words.mapLabel, { count: map.wijken.length, ...period })}
            />
          </div>
        ) : null}
      </Card>
      <Card withBorder component="section" aria-labelledby="barometer-heat" miw={300}>
        <Title order={2} size="h4" id="barometer-heat">
          {words.heatTitle}
          {wijkName ? ` — ${wijkName}` : ''}
        </Title>
        {heat.status === 'error' && <ErrorAlert error={heat.error} />}
        {/* While the first answer is on its way there is no busiest moment to name yet (not "none"). */}
        {heat.status === 'loading' && <CenteredLoader />}
        {heat.status === 'success' && (
          <>
            <div data-testid="barometer-heatmap">
              <BarometerHeatChart cells={cells} weekdays={weekdays} label={heatLabel} />
            </div>
            <Text size="sm">{heatLabel}</Text>
          </>
        )}
      </Card>
    </Group>
  );
}

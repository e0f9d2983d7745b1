import '../../components/charts/charts.css';
import { HeatmapChart, MapChart } from 'echarts/charts';
import { TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/i18n-context.js';
import { EChart } from '../../components/charts/echart.js';
import { chartFont, wijkMapLabel, wijkMapLayout } from '../../components/charts/chart-theme.js';
import { type EChartsOption, registerGeoJsonMap } from '../../components/charts/echarts.js';
import { countValue } from './barometer.api.js';

// The barometer's own chart types, added to the app's one ECharts set-up (still the SVG renderer only).
echarts.use([MapChart, HeatmapChart, VisualMapComponent, TooltipComponent]);

/** Light to dark blue-purple: readable in grey too, and every value is also printed as a number. */
const ramp = ['#F1F5FB', '#C6DBEF', '#9ECAE1', '#6BAED6', '#3182BD', '#08519C'];

/** The colour the map gives `value` on a scale from 0 to `max` (as ECharts' continuous visual map does). */
export function rampColor(value: number, max: number): string {
  const position = Math.min(1, Math.max(0, value / Math.max(1, max))) * (ramp.length - 1);
  const low = Math.floor(position);
  const high = Math.min(ramp.length - 1, low + 1);
  const share = position - low;
  const channel = (hex: string, index: number) => parseInt(hex.slice(1 + index * 2, 3 + index * 2), 16);
  const mixed = [0, 1, 2].map((index) => {
    const from = channel(ramp[low] ?? '#000000', index);
    const to = channel(ramp[high] ?? '#000000', index);
    return Math.round(from + (to - from) * share)
      .toString(16)
      .padStart(2, '0');
  });
  return `#${mixed.join('')}`.toUpperCase();
}

/**
 * The legend under the map: the colour scale from 0 to the highest count with its numbers, and what a hidden small
 * count ("<5") and a left-out total ("—") look like. Plain HTML, so it prints and reads as text.
 */
export function MapLegend({ max, smallValue }: { max: number; smallValue: number }) {
  const { t, number } = useI18n();
  const words = t.barometer;
  const top = Math.max(1, Math.round(max));
  const ticks = [...new Set([0, Math.round(top / 2), top])];
  return (
    <div className="map-legend" role="group" aria-label={words.legendTitle} data-print="keep">
      <div className="map-legend-title">{words.legendTitle}</div>
      <div
        className="map-legend-scale"
        aria-hidden="true"
        style={{ background: `linear-gradient(to right, ${ramp.join(', ')})` }}
      />
      <div className="map-legend-ticks">
        {ticks.map((tick) => (
          <span key={tick}>{number(tick)}</span>
        ))}
      </div>
      <span className="visually-hidden">
        {number(0)} – {number(top)}
      </span>
      <div className="map-legend-item">
        <span className="map-legend-swatch" aria-hidden="true" style={{ background: rampColor(smallValue, max) }}>
          &lt;5
        </span>
        <span>{words.legendSmall}</span>
      </div>
      <div className="map-legend-item">
        <span className="map-legend-swatch" aria-hidden="true" style={{ background: ramp[0] }}>
          —
        </span>
        <span>{words.legendHidden}</span>
      </div>
    </div>
  );
}

export interface MapDatum {
  name: string;
  value: number;
  /** What the label prints: the count or "<5". */
  shown: string;
}

/** The wijken coloured by count, each labelled with its name and count (no tiles: the shipped GeoJSON as SVG). */
export function BarometerMapChart({
  geojson,
  mapName,
  data,
  label,
}: {
  geojson: unknown;
  mapName: string;
  data: MapDatum[];
  label: string;
}) {
  const option = useMemo<EChartsOption>(() => {
    registerGeoJsonMap(mapName, geojson);
    const max = Math.max(1, ...data.map((d) => d.value));
    return {
      animation: false,
      textStyle: { fontFamily: chartFont },
      visualMap: { type: 'continuous', min: 0, max, inRange: { color: ramp }, show: false },
      series: [
        {
          type: 'map',
          map: mapName,
          ...wijkMapLayout,
          label: {
            ...wijkMapLabel,
            formatter: (p: { name: string; data?: MapDatum }) => `${p.name}\n${p.data?.shown ?? '0'}`,
          },
          itemStyle: { borderColor: '#1F2937', borderWidth: 0.8 },
          data,
        },
      ],
    };
  }, [geojson, mapName, data]);
  const max = Math.max(1, ...data.map((d) => d.value));
  return (
    <>
      <EChart option={option} label={label} height={380} />
      <MapLegend max={max} smallValue={countValue('<5')} />
    </>
  );
}

export interface HeatCell {
  weekday: number;
  hour: number;
  value: number;
  shown: string;
}

/** Hours across, weekdays down (Monday on top), each cell printed with its count when there is room. */
export function BarometerHeatChart({
  cells,
  weekdays,
  label,
}: {
  cells: HeatCell[];
  weekdays: string[];
  label: string;
}) {
  const option = useMemo<EChartsOption>(() => {
    const max = Math.max(1, ...cells.map((c) => c.value));
    return {
      animation: false,
      textStyle: { fontFamily: chartFont },
      grid: { top: 10, bottom: 30, left: 40, right: 10 },
      xAxis: { type: 'category', data: Array.from({ length: 24 }, (_, h) => String(h)), splitArea: { show: false } },
      yAxis: { type: 'category', data: weekdays, inverse: true },
      visualMap: { type: 'continuous', min: 0, max, inRange: { color: ramp }, show: false },
      series: [
        {
          type: 'heatmap',
          data: cells.map((c) => ({ value: [c.hour, c.weekday - 1, c.value], shown: c.shown })),
          label: {
            show: true,
            fontSize: 8,
            color: '#111827',
            formatter: (p: { data: { shown: string } }) => (p.data.shown === '0' ? '' : p.data.shown),
          },
          itemStyle: { borderColor: '#FFFFFF', borderWidth: 1 },
        },
      ],
    };
  }, [cells, weekdays]);
  return <EChart option={option} label={label} height={260} />;
}

import { HeatmapChart, MapChart } from 'echarts/charts';
import { TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { useMemo } from 'react';
import { EChart } from '../../components/charts/echart.js';
import { chartFont } from '../../components/charts/chart-theme.js';
import { type EChartsOption, registerGeoJsonMap } from '../../components/charts/echarts.js';

// The barometer's own chart types, added to the app's one ECharts set-up (still the SVG renderer only).
echarts.use([MapChart, HeatmapChart, VisualMapComponent, TooltipComponent]);

const aspectScale = Math.cos((51 * Math.PI) / 180);
/** Light to dark blue-purple: readable in grey too, and every value is also printed as a number. */
const ramp = ['#F1F5FB', '#C6DBEF', '#9ECAE1', '#6BAED6', '#3182BD', '#08519C'];

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
          nameProperty: 'wijk_naam',
          aspectScale,
          roam: false,
          top: 10,
          bottom: 10,
          left: 10,
          right: 10,
          label: {
            show: true,
            fontSize: 10,
            color: '#111827',
            textBorderColor: '#FFFFFF',
            textBorderWidth: 2,
            formatter: (p: { name: string; data?: MapDatum }) => `${p.name}\n${p.data?.shown ?? '0'}`,
          },
          itemStyle: { borderColor: '#1F2937', borderWidth: 0.8 },
          emphasis: { disabled: true },
          select: { disabled: true },
          data,
        },
      ],
    };
  }, [geojson, mapName, data]);
  return <EChart option={option} label={label} height={380} />;
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

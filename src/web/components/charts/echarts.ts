/**
 * The one place that sets up ECharts for the web app: only the charts and components svpp uses (small bundle),
 * and always the SVG renderer — crisp on every screen, printable, and no canvas (which jsdom cannot draw).
 */
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import { GeoComponent, GridComponent, MarkLineComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, ScatterChart, GeoComponent, GridComponent, MarkLineComponent, SVGRenderer]);

export type EChartsInstance = echarts.ECharts;
export type EChartsOption = Parameters<echarts.ECharts['setOption']>[0];

/** A chart on `element`, drawn as SVG. */
export function initChart(element: HTMLElement): EChartsInstance {
  return echarts.init(element, null, { renderer: 'svg' });
}

const registeredMaps = new Set<string>();

/** Registers a GeoJSON FeatureCollection under `name` once (ECharts keeps maps globally). */
export function registerGeoJsonMap(name: string, geojson: unknown): void {
  if (registeredMaps.has(name)) return;
  echarts.registerMap(name, geojson as Parameters<typeof echarts.registerMap>[1]);
  registeredMaps.add(name);
}

import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';

/**
 * An ECharts chart as an SVG string, drawn server-side without a DOM: ECharts' SSR SVG renderer needs neither a
 * canvas nor jsdom (the canvas renderer crashes in Node). Animation is switched off so the SVG shows the final state.
 */
export function renderChartSvg(option: EChartsOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: 'Roboto, Arial, sans-serif' }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

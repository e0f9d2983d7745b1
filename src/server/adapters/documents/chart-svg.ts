import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';
import { palette } from './layout.js';

/**
 * An ECharts chart as an SVG string, drawn server-side without a DOM: ECharts' SSR SVG renderer needs neither a
 * canvas nor jsdom (the canvas renderer crashes in Node).
 */
export function renderChartSvg(option: EChartsOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    // The house colours and font by default (the DOCX's native charts use the same), animation off: the SVG shows the
    // end state.
    chart.setOption({
      animation: false,
      color: palette.series.map((hex) => `#${hex}`),
      textStyle: { fontFamily: 'Roboto, Arial, sans-serif' },
      ...option,
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

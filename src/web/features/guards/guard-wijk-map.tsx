import { useEffect, useRef } from 'react';
import { chartFont, wijkMapLabel, wijkMapLayout } from '../../components/charts/chart-theme.js';
import { type EChartsOption, registerGeoJsonMap } from '../../components/charts/echarts.js';
import { useEChart } from '../../components/charts/use-echart.js';
import '../../components/charts/charts.css';

const shade = (share: number) => {
  // From a pale to a deep blue; the numbers are printed on the map too, so colour is never the only cue.
  const from = [0xe3, 0xed, 0xf8];
  const to = [0x15, 0x41, 0x7e];
  return `rgb(${from.map((c, i) => Math.round(c + ((to[i] ?? c) - c) * share)).join(',')})`;
};

/** The wijken coloured by a count, each labelled with its name and number (ECharts SVG, the shipped GeoJSON). */
export default function GuardWijkMap({
  geojson,
  counts,
  names,
  label,
  height = 360,
}: {
  geojson: unknown;
  counts: Record<string, number>;
  names: Record<string, string>;
  label: string;
  height?: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useEChart(ref);
  useEffect(() => {
    if (!chart) return;
    registerGeoJsonMap('guard-overview-wijken', geojson);
    const max = Math.max(1, ...Object.values(counts));
    const byName = Object.fromEntries(Object.entries(names).map(([code, name]) => [name, counts[code] ?? 0]));
    const option: EChartsOption = {
      animation: false,
      textStyle: { fontFamily: chartFont },
      geo: {
        map: 'guard-overview-wijken',
        ...wijkMapLayout,
        label: {
          ...wijkMapLabel,
          formatter: (p: { name?: string }) => `${p.name ?? ''}\n${byName[p.name ?? ''] ?? 0}`,
        },
        itemStyle: { borderColor: '#1F2937', borderWidth: 0.8, areaColor: shade(0) },
        regions: Object.entries(names).map(([code, name]) => ({
          name,
          itemStyle: { areaColor: shade((counts[code] ?? 0) / max) },
        })),
      },
    };
    chart.setOption(option, { notMerge: true });
  }, [chart, geojson, counts, names]);
  return <div ref={ref} role="img" aria-label={label} className="echart" style={{ height, width: '100%' }} />;
}

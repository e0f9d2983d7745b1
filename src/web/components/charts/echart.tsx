import { useEffect, useRef } from 'react';
import type { EChartsOption } from './echarts.js';
import { useEChart } from './use-echart.js';

/**
 * A static chart as an image: `label` says in words what it shows (screen readers read the label, not the SVG),
 * so every chart also needs its figures in text or a table nearby.
 */
export function EChart({ option, label, height = 240 }: { option: EChartsOption; label: string; height?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useEChart(ref);

  useEffect(() => {
    if (chart && !chart.isDisposed()) chart.setOption(option, { notMerge: true });
  }, [chart, option]);

  return <div ref={ref} role="img" aria-label={label} className="echart" style={{ height, width: '100%' }} />;
}

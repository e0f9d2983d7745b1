import { type RefObject, useEffect, useRef, useState } from 'react';
import { type EChartsInstance, initChart } from './echarts.js';

/**
 * Creates an SVG chart on the element once it is mounted, resizes it with its box and disposes of it on unmount.
 * Returns the chart (null until mounted).
 */
export function useEChart(ref: RefObject<HTMLDivElement | null>): EChartsInstance | null {
  const [chart, setChart] = useState<EChartsInstance | null>(null);
  const created = useRef<EChartsInstance | null>(null);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const instance = initChart(element);
    created.current = instance;
    setChart(instance);
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => instance.resize());
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      instance.dispose();
      created.current = null;
      setChart(null);
    };
  }, [ref]);

  return chart;
}

import { Loader } from '@mantine/core';
import { type ComponentProps, lazy, Suspense } from 'react';

/**
 * ECharts is large: it is fetched only when a chart or the map is first shown, so the rest of the app starts fast.
 */
const LazyEChart = lazy(() => import('./echart.js').then((module) => ({ default: module.EChart })));
const LoadWijkMap = lazy(() => import('./wijk-map.js').then((module) => ({ default: module.WijkMap })));

function Placeholder({ height }: { height: number }) {
  return (
    <div style={{ height, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
      <Loader size="sm" aria-hidden="true" />
    </div>
  );
}

export function ChartView(props: ComponentProps<typeof LazyEChart>) {
  return (
    <Suspense fallback={<Placeholder height={props.height ?? 240} />}>
      <LazyEChart {...props} />
    </Suspense>
  );
}

export function WijkMapView(props: ComponentProps<typeof LoadWijkMap>) {
  return (
    <Suspense fallback={<Placeholder height={props.height ?? 320} />}>
      <LoadWijkMap {...props} />
    </Suspense>
  );
}

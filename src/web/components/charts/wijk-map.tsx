import './charts.css';
import { type KeyboardEvent, useEffect, useMemo, useRef } from 'react';
import { chartFont } from './chart-theme.js';
import { type EChartsOption, registerGeoJsonMap } from './echarts.js';
import { boundsOf, centreOf, type GeoPoint, roundPoint, stepPoint } from './geo-points.js';
import { useEChart } from './use-echart.js';

interface WijkMapProps {
  /** The wijken as a WGS84 GeoJSON FeatureCollection (properties wijk_code, wijk_naam). */
  geojson: unknown;
  /** Name under which ECharts keeps the map (one per municipality). */
  mapName: string;
  value: GeoPoint | null;
  onPick: (point: GeoPoint) => void;
  /** The map's accessible name. */
  label: string;
  /** Id of the text that explains how to pick (click, tap or arrow keys). */
  describedBy?: string;
  /** Marks the map invalid (a point is needed or lies outside the municipality). */
  invalid?: boolean;
  height?: number;
}

// Longitude shrinks with latitude: at 51° a degree east is cos(51°) of a degree north.
const aspectScale = Math.cos((51 * Math.PI) / 180);

/**
 * The municipality's wijken on an SVG map (no tile server): a click or tap places the point, and so do the arrow
 * keys (about 100 m a press, 500 m with Shift) once the map has the focus.
 */
export function WijkMap({
  geojson,
  mapName,
  value,
  onPick,
  label,
  describedBy,
  invalid = false,
  height = 320,
}: WijkMapProps) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useEChart(ref);
  const pick = useRef(onPick);
  pick.current = onPick;
  const centre = useMemo(() => {
    const bounds = boundsOf(geojson);
    return bounds ? centreOf(bounds) : null;
  }, [geojson]);

  useEffect(() => {
    if (!chart) return;
    registerGeoJsonMap(mapName, geojson);
    const option: EChartsOption = {
      animation: false,
      textStyle: { fontFamily: chartFont },
      geo: {
        map: mapName,
        nameProperty: 'wijk_naam',
        roam: true,
        scaleLimit: { min: 1, max: 12 },
        aspectScale,
        top: 10,
        bottom: 10,
        left: 10,
        right: 10,
        label: { show: true, fontSize: 10, color: '#1F2937', textBorderColor: '#FFFFFF', textBorderWidth: 2 },
        itemStyle: { areaColor: '#E3EDF8', borderColor: '#1565C0', borderWidth: 1 },
        emphasis: { label: { show: true, color: '#111827' }, itemStyle: { areaColor: '#C7DBF2' } },
        select: { disabled: true },
        tooltip: { show: false },
      },
      series: [
        {
          type: 'scatter',
          coordinateSystem: 'geo',
          symbol: 'pin',
          // ECharts draws a pin with its tip on the point itself.
          symbolSize: 34,
          itemStyle: { color: '#C62828', borderColor: '#FFFFFF', borderWidth: 1.5 },
          silent: true,
          z: 10,
          data: [],
        },
      ],
    };
    chart.setOption(option, { notMerge: true });
    const onClick = (event: { offsetX: number; offsetY: number }) => {
      const converted = chart.convertFromPixel({ geoIndex: 0 }, [event.offsetX, event.offsetY]) as number[] | undefined;
      const [lon, lat] = converted ?? [];
      if (typeof lon === 'number' && typeof lat === 'number' && Number.isFinite(lon) && Number.isFinite(lat)) {
        pick.current(roundPoint({ lat, lon }));
      }
    };
    chart.getZr().on('click', onClick);
    return () => {
      // On unmount the chart may already be disposed of (and its renderer gone).
      if (!chart.isDisposed()) chart.getZr().off('click', onClick);
    };
  }, [chart, geojson, mapName]);

  useEffect(() => {
    if (chart && !chart.isDisposed()) chart.setOption({ series: [{ data: value ? [[value.lon, value.lat]] : [] }] });
  }, [chart, value]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const from = value ?? centre;
    if (!from) return;
    const next = stepPoint(from, event.key, event.shiftKey);
    if (next) {
      event.preventDefault();
      onPick(roundPoint(value ? next : from));
    } else if ((event.key === 'Enter' || event.key === ' ') && !value) {
      event.preventDefault();
      onPick(roundPoint(from));
    }
  };

  return (
    <div
      ref={ref}
      className="wijk-map"
      style={{ height }}
      tabIndex={0}
      role="group"
      aria-label={label}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      onKeyDown={onKeyDown}
      data-testid="wijk-map"
    />
  );
}

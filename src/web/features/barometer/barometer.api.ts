import {
  barometerEventsSchema,
  barometerHeatmapSchema,
  barometerMapSchema,
  barometerTrendsSchema,
  type BarometerEvents,
  type BarometerHeatmap,
  type BarometerMap,
  type BarometerTrends,
} from '../../../shared/api/barometer.schema.js';
import { wijkListSchema } from '../../../shared/api/registrations.schema.js';
import { apiClient } from '../../api/api-client.js';

export interface BarometerFilter {
  from: string;
  to: string;
  /** One category key, or undefined for all. */
  category?: string | undefined;
  /** One source, or undefined for all. */
  source?: string | undefined;
}

const query = (f: BarometerFilter) => ({ from: f.from, to: f.to, categories: f.category, sources: f.source });

export const barometerApi = {
  map: (f: BarometerFilter): Promise<BarometerMap> =>
    apiClient.request('/api/barometer/map', { query: query(f), schema: barometerMapSchema }),
  heatmap: (f: BarometerFilter, wijk?: string): Promise<BarometerHeatmap> =>
    apiClient.request('/api/barometer/heatmap', { query: { ...query(f), wijk }, schema: barometerHeatmapSchema }),
  trends: (f: BarometerFilter): Promise<BarometerTrends> =>
    apiClient.request('/api/barometer/trends', { query: query(f), schema: barometerTrendsSchema }),
  events: (f: BarometerFilter, wijk: string | undefined, limit: number): Promise<BarometerEvents> =>
    apiClient.request('/api/barometer/events', { query: { ...query(f), wijk, limit }, schema: barometerEventsSchema }),
  wijken: () => apiClient.request('/api/wijken', { schema: wijkListSchema }),
  exportUrl: (f: BarometerFilter, format: 'csv' | 'xlsx' | 'geojson', byMonth: boolean): string =>
    `/api/barometer/export?${new URLSearchParams({ from: f.from, to: f.to, format, ...(byMonth ? { by: 'month' } : {}) }).toString()}`,
};

/** A shown count ("<5", a number, or null for a hidden total) as a number for colouring: "<5" counts as 2.5. */
export function countValue(n: number | '<5' | null): number {
  return n === '<5' ? 2.5 : (n ?? 0);
}

/** A shown count in words: "<5", the number, or "—" for a total left out (disclosure control). */
export function shownCount(n: number | '<5' | null, number: (n: number) => string): string {
  return n === '<5' ? '<5' : n === null ? '—' : number(n);
}

/** The calendar quarter before the one holding this day (YYYY-MM-DD): the default period outside the department. */
export function lastFullQuarter(today: string): { from: string; to: string } {
  const index = Number(today.slice(0, 4)) * 4 + Math.floor((Number(today.slice(5, 7)) - 1) / 3) - 1;
  return quarterOf(Math.floor(index / 4), (index % 4) + 1);
}

export function quarterOf(year: number, quarter: number): { from: string; to: string } {
  const starts = ['01-01', '04-01', '07-01', '10-01'];
  const ends = ['03-31', '06-30', '09-30', '12-31'];
  return { from: `${year}-${starts[quarter - 1]}`, to: `${year}-${ends[quarter - 1]}` };
}

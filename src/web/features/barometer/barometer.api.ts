import {
  barometerEventsSchema, barometerHeatmapSchema, barometerMapSchema, barometerTrendsSchema, type BarometerEvents, type BarometerHeatmap, type BarometerMap, type BarometerTrends,
} from '../../../shared/api/barometer.schema.js';
import { wijkListSchema } from '../../../shared/api/registers.schema.js';
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
  map: (f: BarometerFilter): Promise<BarometerMap> => apiClient.request('/api/barometer/map', { query: query(f), schema: barometerMapSchema }),
  heatmap: (f: BarometerFilter, wijk?: string): Promise<BarometerHeatmap> => apiClient.request('/api/barometer/heatmap', { query: { ...query(f), wijk }, schema: barometerHeatmapSchema }),
  trends: (f: BarometerFilter): Promise<BarometerTrends> => apiClient.request('/api/barometer/trends', { query: query(f), schema: barometerTrendsSchema }),
  events: (f: BarometerFilter, wijk: string | undefined, limit: number): Promise<BarometerEvents> =>
    apiClient.request('/api/barometer/events', { query: { ...query(f), wijk, limit }, schema: barometerEventsSchema }),
  wijken: () => apiClient.request('/api/wijken', { schema: wijkListSchema }),
  exportUrl: (f: BarometerFilter, format: 'csv' | 'xlsx' | 'geojson', byMonth: boolean): string =>
    `/api/barometer/export?${new URLSearchParams({ from: f.from, to: f.to, format, ...(byMonth ? { by: 'month' } : {}) }).toString()}`,
};

/** A shown count ("<5" or a number) as a number for colouring: "<5" counts as 2.5. */
export function countValue(n: number | '<5'): number {
  return n === '<5' ? 2.5 : n;
}

import type { z } from 'zod';
import { wijkListSchema } from '../../shared/api/registrations.schema.js';
import { apiClient } from '../api/api-client.js';
import { useApiQuery } from '../api/use-api-query.js';

/** The municipality's wijken (neighbourhoods) with their map, as registrations, cases and complaints place things. */
export type WijkList = z.infer<typeof wijkListSchema>;

export const loadWijken = (): Promise<WijkList> => apiClient.request('/api/wijken', { schema: wijkListSchema });

const noWijken: WijkList = { attribution: null, wijken: [], geojson: null };

/**
 * The wijken and their map for a place field or a filter: null while loading; when they cannot be loaded, none (a
 * form then offers no map and no wijk list rather than waiting forever).
 */
export function useWijken(): WijkList | null {
  const query = useApiQuery<WijkList>(loadWijken, 'wijken');
  if (query.status === 'success') return query.data;
  return query.status === 'error' ? noWijken : null;
}

/** A wijk's name by its code: the code itself while the list loads or when the wijk is unknown. */
export function wijkName(wijken: WijkList | null, code: string): string {
  return wijken?.wijken.find((w) => w.code === code)?.name ?? code;
}

import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from './api-client.js';

export type QueryState<T> =
  { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'success'; data: T };

/**
 * Loads `load()` on mount and whenever `key` changes; `reload` runs it again and keeps showing the current data
 * until the new answer arrives. Late answers of an old key are dropped.
 */
export function useApiQuery<T>(
  load: () => Promise<T>,
  key: string,
  options: { keepPreviousData?: boolean } = {},
): QueryState<T> & { reload: () => void; refreshing: boolean } {
  const [state, setState] = useState<QueryState<T>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const [refreshing, setRefreshing] = useState(false);
  const loadedKey = useRef<string | null>(null);
  const keepPreviousData = options.keepPreviousData ?? false;

  useEffect(() => {
    let current = true;
    if (loadedKey.current !== key && !(keepPreviousData && loadedKey.current !== null)) setState({ status: 'loading' });
    loadedKey.current = key;
    setRefreshing(true);
    load().then(
      (data) => {
        if (!current) return;
        setState({ status: 'success', data });
        setRefreshing(false);
      },
      (error: unknown) => {
        if (!current) return;
        setState({ status: 'error', error: toApiError(error) });
        setRefreshing(false);
      },
    );
    return () => {
      current = false;
    };
    // `load` is a fresh closure each render; `key` says when its inputs changed.
  }, [key, generation, keepPreviousData]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { ...state, reload, refreshing };
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, 'CLIENT_ERROR', '');
}

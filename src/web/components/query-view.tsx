import type { ReactNode } from 'react';
import type { QueryState } from '../api/use-api-query.js';
import { CenteredLoader } from './centered-loader.js';
import { ErrorAlert } from './error-alert.js';

/** What a query shows: a spinner while it loads, the error with a retry when it failed, else `children(data)`. */
export function QueryView<T>({
  query,
  children,
}: {
  query: QueryState<T> & { reload: () => void };
  children: (data: T) => ReactNode;
}) {
  if (query.status === 'loading') return <CenteredLoader />;
  if (query.status === 'error') return <ErrorAlert error={query.error} onRetry={query.reload} />;
  return children(query.data);
}

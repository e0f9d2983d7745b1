import type { ReactNode } from 'react';
import type { QueryState } from '../api/use-api-query.js';
import { CenteredLoader } from './centered-loader.js';
import { ErrorAlert } from './error-alert.js';
import { PageHeader } from './page-header.js';

/**
 * What a query shows: a spinner while it loads, the error with a retry when it failed, else `children(data)`.
 * A detail page passes its `title`: a failed page still shows its heading above the error, so the reader knows
 * where they are.
 */
export function QueryView<T>({
  query,
  title,
  children,
}: {
  query: QueryState<T> & { reload: () => void };
  title?: string;
  children: (data: T) => ReactNode;
}) {
  if (query.status === 'loading') return <CenteredLoader />;
  if (query.status === 'error') {
    const error = <ErrorAlert error={query.error} onRetry={query.reload} />;
    return title === undefined ? (
      error
    ) : (
      <>
        <PageHeader title={title} />
        {error}
      </>
    );
  }
  return children(query.data);
}

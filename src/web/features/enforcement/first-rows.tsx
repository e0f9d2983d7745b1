import { Button } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.js';

/**
 * A long list shown by its first `first` rows (the newest, as the server orders them), with a button to show all of
 * them and back. The list itself is drawn by `children` from the rows to show.
 */
export function FirstRows<T>({
  rows,
  first,
  children,
}: {
  rows: readonly T[];
  first: number;
  children: (shown: readonly T[]) => ReactNode;
}) {
  const { t, fill, number } = useI18n();
  const w = t.enforcementProcedure.rows;
  const [all, setAll] = useState(false);
  const long = rows.length > first;
  return (
    <>
      {children(all || !long ? rows : rows.slice(0, first))}
      {long && (
        <Button variant="subtle" size="compact-sm" mt="xs" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? w.showFewer : fill(w.showAll, { count: number(rows.length) })}
        </Button>
      )}
    </>
  );
}

import { Button, Paper, SimpleGrid, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { tone } from '../lib/tones.js';

/**
 * The filters above a list: a bordered section under a small heading (`<id>-title`), the fields (`children`) in a
 * grid of `columns` from `md` up, then `after` (notes, a checkbox) and, while a filter is set, the button that
 * clears them (`clear`). `print="hide"` leaves the filters off the printed page.
 */
export function FilterPanel({
  id,
  title,
  columns,
  print,
  after,
  clear,
  children,
}: {
  id: string;
  title: ReactNode;
  columns: number;
  print?: 'hide';
  after?: ReactNode;
  /** Given (not false) while a filter is set. */
  clear: { label: string; onClear: () => void } | false;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="sm" radius="md" component="section" aria-labelledby={`${id}-title`} data-print={print}>
      <Title order={2} size="h5" id={`${id}-title`} mb="xs">
        {title}
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 2, md: columns }} spacing="sm">
        {children}
      </SimpleGrid>
      {after}
      {clear && (
        <Button variant="subtle" color={tone.blue} size="xs" mt="xs" onClick={clear.onClear}>
          {clear.label}
        </Button>
      )}
    </Paper>
  );
}

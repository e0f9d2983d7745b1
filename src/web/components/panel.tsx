import { Paper, Title, type TitleProps } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A bordered section of a detail page with its heading (level 2), the section labelled by it for screen readers.
 * `id` names the heading (`<id>-title`); `print="hide"` leaves the section off the printed page.
 */
export function Panel({
  id,
  title,
  size = 'h4',
  print,
  children,
}: {
  id: string;
  title: ReactNode;
  size?: TitleProps['size'];
  print?: 'hide';
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`${id}-title`} data-print={print}>
      <Title order={2} size={size} id={`${id}-title`} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

import { Title, type TitleOrder, type TitleProps } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A part of a page under its own heading, the section labelled by it for screen readers (a {@link Panel} without
 * the border). `id` names the heading (`<id>-title`).
 */
export function TitledSection({
  id,
  title,
  order = 2,
  size,
  gap = 'xs',
  children,
}: {
  id: string;
  title: ReactNode;
  order?: TitleOrder;
  size?: TitleProps['size'];
  /** The space under the heading. */
  gap?: 'xs' | 'sm';
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-title`}>
      <Title order={order} size={size} id={`${id}-title`} mb={gap}>
        {title}
      </Title>
      {children}
    </section>
  );
}

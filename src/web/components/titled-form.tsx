import { Stack, Title, type TitleOrder } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A form laid out as a column under its own heading, the form labelled by it. Submitting never reloads the page:
 * `onSubmit` runs instead (it checks the input and sends it). `id` names the heading (`<id>-title`).
 */
export function TitledForm({
  id,
  title,
  order = 3,
  maw,
  onSubmit,
  children,
}: {
  id: string;
  title: ReactNode;
  order?: TitleOrder;
  maw?: number;
  onSubmit: () => unknown;
  children: ReactNode;
}) {
  return (
    <Stack
      component="form"
      gap="sm"
      maw={maw}
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit();
      }}
    >
      <Title order={order} id={`${id}-title`}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

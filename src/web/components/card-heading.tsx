import { Text, Title, type TitleOrder } from '@mantine/core';
import type { ReactNode } from 'react';

/** The top of a bordered card: its heading (h4-sized, `id` for the card's aria-labelledby), then a short intro. */
export function CardHeading({
  id,
  order,
  title,
  intro,
}: {
  id: string;
  order: TitleOrder;
  title: ReactNode;
  intro: ReactNode;
}) {
  return (
    <>
      <Title order={order} size="h4" id={id}>
        {title}
      </Title>
      <Text size="sm" mt={4}>
        {intro}
      </Text>
    </>
  );
}

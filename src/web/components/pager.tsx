import { Button, Group, type MantineSpacing } from '@mantine/core';

/** Previous and next page of a list of `total` items, `pageSize` a page; `page` counts from 1. */
export function Pager({
  page,
  pageSize,
  total,
  onPage,
  previous,
  next,
  mt,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
  previous: string;
  next: string;
  mt?: MantineSpacing;
}) {
  return (
    <Group mt={mt}>
      <Button variant="default" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {previous}
      </Button>
      <Button variant="default" disabled={page * pageSize >= total} onClick={() => onPage(page + 1)}>
        {next}
      </Button>
    </Group>
  );
}

import { Table, type MantineSpacing } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * The table of a list from the `sm` breakpoint up (phones get cards instead): a striped table in a region that
 * scrolls sideways with the keyboard, named by the table's caption, which only screen readers read. `children` are
 * the head and body; `busy` marks the region while the list refreshes.
 */
export function CaptionedTable({
  captionId,
  caption,
  busy,
  highlightOnHover,
  verticalSpacing,
  children,
}: {
  captionId: string;
  caption: string;
  busy?: boolean;
  highlightOnHover?: boolean;
  verticalSpacing: MantineSpacing;
  children: ReactNode;
}) {
  return (
    <div
      className="table-scroll"
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
      aria-busy={busy}
      data-visible-from="sm"
    >
      <Table striped highlightOnHover={highlightOnHover} verticalSpacing={verticalSpacing}>
        <caption id={captionId} className="visually-hidden">
          {caption}
        </caption>
        {children}
      </Table>
    </div>
  );
}

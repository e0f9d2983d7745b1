import { Table, type MantineBreakpoint } from '@mantine/core';
import type { ReactNode } from 'react';

/** A header cell: its text, or its content with how it shows. */
export type HeadCell =
  | string
  | {
      label: ReactNode;
      /** Figures align right. */
      right?: boolean;
      /** Read by screen readers only (a column of buttons). */
      hidden?: boolean;
      visibleFrom?: MantineBreakpoint;
      className?: string;
    };

/**
 * The `<thead>` of a hand-built table: one row of column headers (`scope="col"`). A cell given as `false` is left
 * out, so `mayWrite && { label: actions, hidden: true }` adds a column only for those who may use it.
 */
export function TableHead({ cells }: { cells: readonly (HeadCell | false | null | undefined)[] }) {
  return (
    <Table.Thead>
      <Table.Tr>
        {cells.map((cell, index) => {
          if (cell === false || cell === null || cell === undefined) return null;
          const { label, right, hidden, visibleFrom, className } = typeof cell === 'string' ? { label: cell } : cell;
          return (
            <Table.Th
              key={index}
              scope="col"
              ta={right ? 'right' : undefined}
              visibleFrom={visibleFrom}
              className={className}
            >
              {hidden ? <span className="visually-hidden">{label}</span> : label}
            </Table.Th>
          );
        })}
      </Table.Tr>
    </Table.Thead>
  );
}

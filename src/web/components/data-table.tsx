import { Button, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One column of a {@link DataTable}: its header and how a row fills its cell. */
export interface DataColumn<T> {
  key: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** Figures align right, header and cells alike. */
  right?: boolean;
  /** A class on each cell of the column (not on its header). */
  className?: string;
}

/** How a table tells its rows apart: by their `id` unless told otherwise (a row without one must say how). */
type RowKey<T> = T extends { id: string | number }
  ? { rowKey?: (row: T) => string | number }
  : { rowKey: (row: T) => string | number };

const byId = (row: unknown): string | number => (row as { id: string | number }).id;

/**
 * A striped table in a horizontal scroll container, one row an item. A column given as `false` is left out, so
 * `mayManage && editColumn(...)` adds a column only for those who may use it. With `empty`, no rows show that
 * text instead of an empty table.
 */
export function DataTable<T>({
  rows,
  rowKey = byId,
  columns,
  minWidth,
  highlightOnHover = false,
  footer,
  empty,
}: RowKey<T> & {
  rows: readonly T[];
  columns: readonly (DataColumn<T> | false)[];
  minWidth: number;
  highlightOnHover?: boolean;
  /** Rows of a `Table.Tfoot`, such as a total. */
  footer?: ReactNode;
  /** Shown instead of the table when there are no rows. */
  empty?: ReactNode;
}) {
  if (rows.length === 0 && empty !== undefined) return <Text>{empty}</Text>;
  const shown = columns.filter((c): c is DataColumn<T> => c !== false);
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped highlightOnHover={highlightOnHover}>
        <Table.Thead>
          <Table.Tr>
            {shown.map((c) => (
              <Table.Th key={c.key} scope="col" ta={c.right ? 'right' : undefined}>
                {c.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={rowKey(row)}>
              {shown.map((c) => (
                <Table.Td key={c.key} ta={c.right ? 'right' : undefined} className={c.className}>
                  {c.cell(row)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
        {footer && <Table.Tfoot>{footer}</Table.Tfoot>}
      </Table>
    </Table.ScrollContainer>
  );
}

/** A last column with an edit button a row; its header is read by screen readers only. */
export function editColumn<T>(text: string, ariaLabel: (row: T) => string, onEdit: (row: T) => void): DataColumn<T> {
  return {
    key: 'edit',
    header: <span className="visually-hidden">{text}</span>,
    cell: (row) => (
      <Button size="compact-sm" variant="subtle" aria-label={ariaLabel(row)} onClick={() => onEdit(row)}>
        {text}
      </Button>
    ),
  };
}

import { Text, Title } from '@mantine/core';
import { DataTable } from '../../components/data-table.js';
import { useI18n } from '../../i18n/i18n-context.js';

/** One rejected row of a file's dry run, with every reason (the server's localised message and its code). */
export interface RejectedRow {
  row: number;
  /** The finding's number where the file names one (a findings file). */
  reference?: string | null;
  reasons: readonly { field: string; code: string; message: string }[];
}

/**
 * The rejected rows of a dry run (findings file, DIV answer): row, column, reason; a row with several reasons takes
 * a line each, its number on the first. `total` larger than the rows shown says how many more were left off.
 */
export function RejectedRows({
  rows,
  total,
  withReference = false,
}: {
  rows: readonly RejectedRow[];
  total: number;
  withReference?: boolean;
}) {
  const { t, fill } = useI18n();
  const w = t.enforcementIntake.upload;
  return (
    <>
      <Title order={4} size="h5">
        {w.rejectedTitle}
      </Title>
      <DataTable
        rows={rows.flatMap((row) => row.reasons.map((reason, i) => ({ row, reason, i })))}
        rowKey={({ row, i }) => `${row.row}-${i}`}
        minWidth={700}
        columns={[
          { key: 'row', header: w.row, cell: ({ row, i }) => (i === 0 ? row.row : '') },
          withReference && {
            key: 'reference',
            header: w.reference,
            cell: ({ row, i }) => (i === 0 ? (row.reference ?? '—') : ''),
          },
          { key: 'field', header: w.field, cell: ({ reason }) => reason.field },
          {
            key: 'reason',
            header: w.reason,
            cell: ({ reason }) => (
              <>
                {reason.message}{' '}
                <Text span size="xs" c="dimmed">
                  ({reason.code})
                </Text>
              </>
            ),
          },
        ]}
      />
      {total > rows.length && <Text size="sm">{fill(w.moreRejected, { count: total - rows.length })}</Text>}
    </>
  );
}

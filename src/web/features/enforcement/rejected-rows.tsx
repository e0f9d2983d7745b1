import { Table, Text, Title } from '@mantine/core';
import { TableHead } from '../../components/table-head.js';
import { useI18n } from '../../i18n/i18n-context.js';

/** One rejected row of a file's dry run, with every reason (the server's localised message and its code). */
export interface RejectedRow {
  row: number;
  /** The finding's number where the file names one (a findings file). */
  reference?: string | null;
  reasons: readonly { field: string; code: string; message: string }[];
}

/**
 * The rejected rows of a dry run (findings file, DIV answer): row, column, reason. `total` larger than the rows
 * shown says how many more were left off.
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
      <Table.ScrollContainer minWidth={700}>
        <Table striped>
          <TableHead cells={[w.row, withReference && w.reference, w.field, w.reason]} />
          <Table.Tbody>
            {rows.flatMap((row) =>
              row.reasons.map((reason, i) => (
                <Table.Tr key={`${row.row}-${i}`}>
                  <Table.Td>{i === 0 ? row.row : ''}</Table.Td>
                  {withReference && <Table.Td>{i === 0 ? (row.reference ?? '—') : ''}</Table.Td>}
                  <Table.Td>{reason.field}</Table.Td>
                  <Table.Td>
                    {reason.message}{' '}
                    <Text span size="xs" c="dimmed">
                      ({reason.code})
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )),
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {total > rows.length && <Text size="sm">{fill(w.moreRejected, { count: total - rows.length })}</Text>}
    </>
  );
}

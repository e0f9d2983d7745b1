import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useApiQuery } from '../../api/use-api-query.js';
import { CenteredLoader } from '../../components/centered-loader.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageHeader } from '../../components/page-header.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useSubmit } from '../../lib/use-submit.js';
import { useCan, useToday } from '../auth/session-context.js';
import { consultationsApi } from './consultations.api.js';
import { DateField } from '../../components/date-field.js';
import { TableHead } from '../../components/table-head.js';

/** The consultations, latest first; plan the next one (its agenda is generated at once). */
export function ConsultationsPage() {
  const { t, fill, date } = useI18n();
  const c = t.consultations;
  const can = useCan();
  const navigate = useNavigate();
  const list = useApiQuery(() => consultationsApi.list(), 'consultations');
  const [heldOn, setHeldOn] = useState(useToday());
  const { run, busy, error } = useSubmit(async () => {
    const created = await consultationsApi.create(heldOn);
    void navigate(`/consultations/${created.id}`);
  });
  const onCreate = (event: FormEvent) => {
    event.preventDefault();
    void run();
  };
  return (
    <>
      <PageHeader title={c.title} intro={c.intro} />
      {can('consultation.write') && (
        <Paper withBorder p="md" mb="md" maw={520}>
          <form onSubmit={onCreate}>
            <Group align="flex-end">
              <DateField label={c.heldOn} required value={heldOn} onChange={(day) => setHeldOn(day)} />
              <Button type="submit" loading={busy}>
                {c.create}
              </Button>
            </Group>
          </form>
        </Paper>
      )}
      {error && <ErrorAlert error={error} />}
      {list.status === 'loading' && <CenteredLoader />}
      {list.status === 'error' && <ErrorAlert error={list.error} onRetry={list.reload} />}
      {list.status === 'success' &&
        (list.data.length === 0 ? (
          <Text>{c.empty}</Text>
        ) : (
          <Stack gap="xs">
            <Table striped>
              <TableHead cells={[c.heldOn, c.title2, c.minutes, c.actions]} />
              <Table.Tbody>
                {list.data.map((item) => (
                  <Table.Tr key={item.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/consultations/${item.id}`}>
                        {date(item.heldOn)}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{item.title}</Table.Td>
                    <Table.Td>
                      {/* Filled for "final" (white on dark green), outlined for "draft": both readable, never a pale tint. */}
                      <Badge
                        className="status-badge"
                        variant={item.status === 'final' ? 'filled' : 'outline'}
                        color={item.status === 'final' ? 'green.9' : 'gray.8'}
                      >
                        {item.status === 'final' ? c.final : c.draft}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{fill(c.actionsOpen, { open: item.actionsOpen, total: item.actionsTotal })}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        ))}
    </>
  );
}

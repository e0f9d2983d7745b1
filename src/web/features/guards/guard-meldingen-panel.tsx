import { Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { listExportPaths } from '../../../shared/api/list-export.schema.js';
import { meldingStatuses, type MeldingStatus } from '../../../shared/guards/violence.js';
import { guardRegisterTypes } from '../../../shared/guards/guard-register-types.js';
import { useApiQuery, toApiError } from '../../api/use-api-query.js';
import { CenteredLoader } from '../../components/centered-loader.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { ExportMenu } from '../../components/export-menu.js';
import { useNotify } from '../../components/use-notify.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { meldingStatusWord } from './guard-app-sections.js';
import { guardsApi } from './guards.api.js';
import { TableHead } from '../../components/table-head.js';

const option = (field: string, value: string | null, locale: 'nl' | 'fr' | 'en') =>
  guardRegisterTypes
    .find((t) => t.key === 'guard_report')
    ?.fields.find((f) => f.key === field)
    ?.options?.find((o) => o.value === value)?.labels[locale] ??
  value ??
  '';

/** The meldingen to city services, newest first, with their follow-up set by the coordinator. */
export function GuardMeldingenPanel() {
  const { t, locale, date, fill } = useI18n();
  const notify = useNotify();
  const query = useApiQuery(() => guardsApi.meldingen({}), 'meldingen');
  if (query.status === 'loading') return <CenteredLoader />;
  if (query.status === 'error') return <ErrorAlert error={query.error} onRetry={query.reload} />;
  const setStatus = (id: string, status: MeldingStatus) => {
    guardsApi.followUp(id, status, null).then(
      () => {
        notify(t.guards.statusSaved, 'success');
        query.reload();
      },
      (error: unknown) => notify(toApiError(error).message || t.errors.unexpected, 'error'),
    );
  };
  return (
    <Stack>
      <Group justify="flex-end">
        <ExportMenu path={listExportPaths.meldingen} filter={{}} total={query.data.total} />
      </Group>
      <Table.ScrollContainer minWidth={640}>
        <Table striped>
          <TableHead
            cells={[t.guards.date, t.guards.kind, t.guards.service, t.guards.description, t.guards.followUp]}
          />
          <Table.Tbody>
            {query.data.items.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>
                  {date(m.occurredOn)} {m.time ?? ''}
                </Table.Td>
                <Table.Td>{option('kind', m.kind, locale)}</Table.Td>
                <Table.Td>{option('service', m.service, locale)}</Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={2}>
                    {m.description}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <NativeSelect
                    aria-label={fill(t.guards.setStatus, { date: date(m.occurredOn) })}
                    value={m.status}
                    onChange={(e) => setStatus(m.id, e.currentTarget.value as MeldingStatus)}
                    data={meldingStatuses.map((s) => ({ value: s, label: meldingStatusWord(s, t) }))}
                    size="xs"
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {query.data.items.length === 0 && <Text>{t.guards.meldingenNone}</Text>}
    </Stack>
  );
}

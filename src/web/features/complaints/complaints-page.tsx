import {
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { Link } from 'react-router-dom';
import { complaintStatuses } from '../../../shared/complaints/complaint-status.js';
import { nuisanceCategories, nuisanceCategoryLabels } from '../../../shared/barometer/categories.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { CenteredLoader } from '../../components/centered-loader.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageHeader } from '../../components/page-header.js';
import { ExportMenu } from '../../components/export-menu.js';
import { listExportPaths } from '../../../shared/api/list-export.schema.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useCan } from '../auth/session-context.js';
import { useWijken } from '../registrations/use-registers.js';
import { useSearchState } from '../../lib/use-search-state.js';
import { type ComplaintFilter, complaintsApi } from './complaints.api.js';
import './complaints.css';

const pageSize = 25;

function filterOf(search: URLSearchParams): ComplaintFilter & { page: number } {
  const get = (key: string) => search.get(key) || undefined;
  return {
    status: get('status'),
    category: get('category'),
    wijk: get('wijk'),
    q: get('q'),
    overdue: search.get('overdue') === 'true' ? 'true' : undefined,
    page: Math.max(1, Number(search.get('page') ?? '1') || 1),
  };
}

/** The desk's list: filters (status, kind, wijk, search), the overdue list, a page at a time. */
export function ComplaintsPage() {
  const { t, fill, locale, date } = useI18n();
  const d = t.complaints.desk;
  const can = useCan();
  const [search, setSearch] = useSearchState();
  const { page, ...filter } = filterOf(search);
  const wijken = useWijken();
  const list = useApiQuery(
    () => complaintsApi.list(filter, pageSize, (page - 1) * pageSize),
    `complaints:${search.toString()}`,
    { keepPreviousData: true },
  );
  const wijkName = (code: string | null) =>
    code ? (wijken?.wijken.find((w) => w.code === code)?.name ?? code) : d.none;
  const setFilter = (key: string, value: string | undefined) =>
    setSearch((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(key, value);
      else next.delete(key);
      next.delete('page');
      return next;
    });
  const setPage = (value: number) =>
    setSearch((current) => {
      const next = new URLSearchParams(current);
      next.set('page', String(value));
      return next;
    });

  return (
    <>
      <PageHeader title={d.title} intro={d.intro}>
        {(can('complaint.write') || can('complaint.manage')) && (
          <Group>
            {can('complaint.write') && (
              <Button component={Link} to="/complaints/new">
                {d.newComplaint}
              </Button>
            )}
            {can('complaint.manage') && (
              <Button component={Link} to="/complaints/settings" variant="default">
                {t.complaints.detail.settingsLink}
              </Button>
            )}
          </Group>
        )}
      </PageHeader>
      <Paper withBorder p="md" mb="md" component="section" aria-label={d.filters}>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <NativeSelect
            label={d.status}
            value={filter.status ?? ''}
            onChange={(e) => setFilter('status', e.currentTarget.value)}
            data={[
              { value: '', label: d.all },
              ...complaintStatuses.map((s) => ({ value: s, label: t.complaints.statuses[s] })),
            ]}
          />
          <NativeSelect
            label={d.category}
            value={filter.category ?? ''}
            onChange={(e) => setFilter('category', e.currentTarget.value)}
            data={[
              { value: '', label: d.all },
              ...nuisanceCategories.map((c) => ({ value: c, label: nuisanceCategoryLabels[c][locale] })),
            ]}
          />
          <NativeSelect
            label={d.wijk}
            value={filter.wijk ?? ''}
            onChange={(e) => setFilter('wijk', e.currentTarget.value)}
            data={[
              { value: '', label: d.all },
              ...(wijken?.wijken ?? []).map((w) => ({ value: w.code, label: w.name })),
            ]}
          />
          <TextInput
            label={d.search}
            defaultValue={filter.q ?? ''}
            onBlur={(e) => setFilter('q', e.currentTarget.value.trim())}
            onKeyDown={(e) => {
              if (e.key === 'Enter') setFilter('q', e.currentTarget.value.trim());
            }}
          />
        </SimpleGrid>
        <Group justify="space-between" mt="sm" gap="sm">
          <Checkbox
            label={d.overdueOnly}
            checked={filter.overdue === 'true'}
            onChange={(e) => setFilter('overdue', e.currentTarget.checked ? 'true' : undefined)}
          />
          <ExportMenu
            path={listExportPaths.complaints}
            filter={filter}
            total={list.status === 'success' ? list.data.total : undefined}
          />
        </Group>
      </Paper>
      {list.status === 'loading' && <CenteredLoader />}
      {list.status === 'error' && <ErrorAlert error={list.error} onRetry={list.reload} />}
      {list.status === 'success' && (
        <Stack gap="sm">
          <Text size="sm" aria-live="polite">
            {fill(d.count, { count: list.data.total })}
          </Text>
          {list.data.items.length === 0 ? (
            <Text>{d.empty}</Text>
          ) : (
            <Table.ScrollContainer minWidth={720}>
              <Table striped highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{d.reference}</Table.Th>
                    <Table.Th scope="col">{d.category}</Table.Th>
                    <Table.Th scope="col">{d.wijk}</Table.Th>
                    <Table.Th scope="col">{d.received}</Table.Th>
                    <Table.Th scope="col">{d.status}</Table.Th>
                    <Table.Th scope="col">{d.due}</Table.Th>
                    <Table.Th scope="col">{d.service}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.data.items.map((c) => (
                    <Table.Tr key={c.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/complaints/${c.id}`}>
                          {c.reference}
                        </Anchor>
                        <Text size="xs">{d.channel[c.channel]}</Text>
                      </Table.Td>
                      <Table.Td>{nuisanceCategoryLabels[c.category][locale]}</Table.Td>
                      <Table.Td>
                        {wijkName(c.wijkCode)}
                        {c.street && <Text size="xs">{c.street}</Text>}
                      </Table.Td>
                      <Table.Td>{date(c.receivedAt)}</Table.Td>
                      <Table.Td>
                        {t.complaints.statuses[c.status]}
                        {c.mergedIntoReference && (
                          <Text size="xs">{fill(d.mergedInto, { reference: c.mergedIntoReference })}</Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {date(c.dueOn)}{' '}
                        {c.overdue && (
                          <Badge color="red.9" variant="filled" ml={4}>
                            {d.overdue}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>{c.serviceName ?? d.none}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <Group>
            <Button variant="default" disabled={page <= 1} onClick={() => setPage(page - 1)}>
              {d.previous}
            </Button>
            <Button variant="default" disabled={page * pageSize >= list.data.total} onClick={() => setPage(page + 1)}>
              {d.next}
            </Button>
          </Group>
        </Stack>
      )}
    </>
  );
}

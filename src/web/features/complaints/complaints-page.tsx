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
  Text,
  TextInput,
} from '@mantine/core';
import { Link } from 'react-router-dom';
import { complaintStatuses } from '../../../shared/complaints/complaint-status.js';
import { nuisanceCategories, nuisanceCategoryLabels } from '../../../shared/barometer/categories.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { QueryView } from '../../components/query-view.js';
import { DataTable } from '../../components/data-table.js';
import { PageHeader } from '../../components/page-header.js';
import { Pager } from '../../components/pager.js';
import { ExportMenu } from '../../components/export-menu.js';
import { listExportPaths } from '../../../shared/api/list-export.schema.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useCan } from '../auth/session-context.js';
import { useWijken, wijkName } from '../../lib/wijken.js';
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
      <QueryView query={list}>
        {(found) => (
          <Stack gap="sm">
            <Text size="sm" aria-live="polite">
              {fill(d.count, { count: found.total })}
            </Text>
            <DataTable
              minWidth={720}
              highlightOnHover
              rows={found.items}
              empty={d.empty}
              columns={[
                {
                  key: 'reference',
                  header: d.reference,
                  cell: (c) => (
                    <>
                      <Anchor component={Link} to={`/complaints/${c.id}`}>
                        {c.reference}
                      </Anchor>
                      <Text size="xs">{d.channel[c.channel]}</Text>
                    </>
                  ),
                },
                { key: 'category', header: d.category, cell: (c) => nuisanceCategoryLabels[c.category][locale] },
                {
                  key: 'wijk',
                  header: d.wijk,
                  cell: (c) => (
                    <>
                      {c.wijkCode ? wijkName(wijken, c.wijkCode) : d.none}
                      {c.street && <Text size="xs">{c.street}</Text>}
                    </>
                  ),
                },
                { key: 'received', header: d.received, cell: (c) => date(c.receivedAt) },
                {
                  key: 'status',
                  header: d.status,
                  cell: (c) => (
                    <>
                      {t.complaints.statuses[c.status]}
                      {c.mergedIntoReference && (
                        <Text size="xs">{fill(d.mergedInto, { reference: c.mergedIntoReference })}</Text>
                      )}
                    </>
                  ),
                },
                {
                  key: 'due',
                  header: d.due,
                  cell: (c) => (
                    <>
                      {date(c.dueOn)}{' '}
                      {c.overdue && (
                        <Badge color="red.9" variant="filled" ml={4}>
                          {d.overdue}
                        </Badge>
                      )}
                    </>
                  ),
                },
                { key: 'service', header: d.service, cell: (c) => c.serviceName ?? d.none },
              ]}
            />
            <Pager
              page={page}
              pageSize={pageSize}
              total={found.total}
              previous={d.previous}
              next={d.next}
              onPage={setPage}
            />
          </Stack>
        )}
      </QueryView>
    </>
  );
}

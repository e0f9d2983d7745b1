import { Anchor, Badge, Button, Checkbox, Group, NativeSelect, Paper, SimpleGrid, Text } from '@mantine/core';
import { Link, useSearchParams } from 'react-router-dom';
import type { CaseSummary } from '../../../shared/api/cases.schema.js';
import { caseTypeKeys } from '../../../shared/cases/case-types.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { QueryView } from '../../components/query-view.js';
import { DataTable } from '../../components/data-table.js';
import { PageHeader } from '../../components/page-header.js';
import { Pager } from '../../components/pager.js';
import { ExportMenu } from '../../components/export-menu.js';
import { listExportPaths } from '../../../shared/api/list-export.schema.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useCan, useToday } from '../auth/session-context.js';
import { casesApi, type CaseListFilter } from './cases.api.js';
import { deadlineLabel, typeLabel, typeOf } from './case-words.js';
import { yearOf } from '../../../shared/calendar/days.js';

const pageSize = 25;

/** The case list: no names, only references; filters in the address bar; overdue cases marked in words. */
export function CasesPage() {
  const { t, fill, locale, date } = useI18n();
  const words = t.cases;
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const filter: CaseListFilter = {
    type: params.get('type') ?? undefined,
    status:
      params.get('status') === 'open' || params.get('status') === 'closed'
        ? (params.get('status') as 'open' | 'closed')
        : undefined,
    overdue: params.get('overdue') === 'true',
    mine: params.get('mine') === 'true',
  };
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  // The report of the last full year: the one the evaluation of the plan needs.
  const reportYear = yearOf(useToday()) - 1;
  const list = useApiQuery(() => casesApi.list(filter, pageSize, (page - 1) * pageSize), `cases:${params.toString()}`, {
    keepPreviousData: true,
  });
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    next.delete('page');
    setParams(next, { replace: true });
  };

  const deadlineText = (c: CaseSummary) => {
    if (!c.nextDeadline) return words.noDeadline;
    const type = typeOf(c.typeKey);
    const label = type ? deadlineLabel(type, c.nextDeadline.key, locale) : c.nextDeadline.key;
    return `${label} — ${fill(c.nextDeadline.overdue ? words.overdueSince : words.due, { date: date(c.nextDeadline.due) })}`;
  };

  return (
    <>
      <PageHeader title={words.title} intro={words.intro}>
        <Group data-print="hide">
          {can('case.write') && (
            <Button component={Link} to="/cases/new">
              {words.new}
            </Button>
          )}
          {can('case.read') && (
            <Anchor component={Link} to="/cases/volunteers">
              {words.volunteersNav}
            </Anchor>
          )}
        </Group>
        <Group gap="xs" data-print="hide">
          <Text>{fill(words.neroReport, { year: reportYear })}</Text>
          {(['pdf', 'docx', 'xlsx'] as const).map((format) => (
            <Anchor
              key={format}
              href={`/api/cases/nero-report/document?year=${reportYear}&format=${format}&lang=${locale}`}
              download
            >
              {format.toUpperCase()}
            </Anchor>
          ))}
        </Group>
      </PageHeader>
      <Paper withBorder p="md" mb="md" component="section" aria-label={words.filtersLabel} data-print="hide">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <NativeSelect
            label={words.type}
            value={filter.type ?? ''}
            onChange={(e) => set('type', e.currentTarget.value || undefined)}
            data={[
              { value: '', label: words.allTypes },
              ...caseTypeKeys.map((key) => ({ value: key, label: typeLabel(key, locale) })),
            ]}
          />
          <NativeSelect
            label={words.status}
            value={filter.status ?? ''}
            onChange={(e) => set('status', e.currentTarget.value || undefined)}
            data={[
              { value: '', label: words.allStatuses },
              { value: 'open', label: words.open },
              { value: 'closed', label: words.closed },
            ]}
          />
          <Checkbox
            mt={{ md: 'xl' }}
            label={words.overdueOnly}
            checked={filter.overdue ?? false}
            onChange={(e) => set('overdue', e.currentTarget.checked ? 'true' : undefined)}
          />
          <Checkbox
            mt={{ md: 'xl' }}
            label={words.mineOnly}
            checked={filter.mine ?? false}
            onChange={(e) => set('mine', e.currentTarget.checked ? 'true' : undefined)}
          />
        </SimpleGrid>
        <Group justify="flex-end" mt="sm">
          <ExportMenu
            path={listExportPaths.cases}
            filter={{ ...filter }}
            total={list.status === 'success' ? list.data.total : undefined}
          />
        </Group>
      </Paper>
      <QueryView query={list}>
        {(found) => (
          <>
            <Text mb="sm" role="status">
              {fill(words.count, { shown: found.items.length, total: found.total, overdue: found.overdue })}
            </Text>
            <DataTable
              minWidth={640}
              highlightOnHover
              rows={found.items}
              empty={words.none}
              columns={[
                {
                  key: 'reference',
                  header: words.reference,
                  className: 'nowrap',
                  cell: (c) => (
                    <Anchor component={Link} to={`/cases/${c.id}`} fw={600}>
                      {c.reference}
                    </Anchor>
                  ),
                },
                { key: 'type', header: words.type, cell: (c) => typeLabel(c.typeKey, locale) },
                { key: 'owner', header: words.owner, cell: (c) => c.ownerName ?? '—' },
                { key: 'opened', header: words.openedOn, cell: (c) => date(c.openedOn) },
                {
                  key: 'deadline',
                  header: words.nextDeadline,
                  cell: (c) =>
                    c.status === 'closed' ? (
                      <Badge color="gray" variant="light">
                        {words.closed}
                      </Badge>
                    ) : (
                      <Group gap="xs" wrap="nowrap">
                        {c.overdue && (
                          <Badge color="red.9" variant="filled" style={{ flexShrink: 0 }}>
                            {words.overdue}
                          </Badge>
                        )}
                        <Text size="sm">{deadlineText(c)}</Text>
                      </Group>
                    ),
                },
              ]}
            />
            {found.total > pageSize && (
              <Pager
                mt="md"
                page={page}
                pageSize={pageSize}
                total={found.total}
                previous={words.previous}
                next={words.next}
                onPage={(to) =>
                  setParams((p) => {
                    p.set('page', String(to));
                    return p;
                  })
                }
              />
            )}
          </>
        )}
      </QueryView>
    </>
  );
}

/** The home page's card: how many cases are past a deadline, for whoever works on cases. */
export function OverdueCasesCard() {
  const { t, fill } = useI18n();
  const overdue = useApiQuery(() => casesApi.list({ status: 'open', overdue: true }, 1, 0), 'cases-overdue-count');
  if (overdue.status !== 'success') return null;
  const count = overdue.data.total;
  return (
    <Paper withBorder p="md" mb="lg" component="section" aria-labelledby="overdue-cases-title">
      <Text id="overdue-cases-title" fw={700}>
        {t.cases.homeTitle}
      </Text>
      <Text>{count === 0 ? t.cases.homeNoneOverdue : fill(t.cases.homeOverdue, { count })}</Text>
      {count > 0 && (
        <Anchor component={Link} to="/cases?status=open&overdue=true">
          {t.cases.homeOpenList}
        </Anchor>
      )}
    </Paper>
  );
}

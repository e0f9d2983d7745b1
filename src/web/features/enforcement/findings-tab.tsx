import { Anchor, Badge, Card, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useState } from 'react';
import type { FindingImportResult, FindingSummary } from '../../../shared/api/enforcement.schema.js';
import { categoryLabels, finderLabels, finders } from '../../../shared/enforcement/catalogue.js';
import { findingStatuses, findingStatusLabels } from '../../../shared/enforcement/procedure.js';
import { formatEuroCents } from '../../../shared/i18n/format.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { CenteredLoader } from '../../components/centered-loader.js';
import { DataTable } from '../../components/data-table.js';
import { DateField } from '../../components/date-field.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { Pager } from '../../components/pager.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useSearchState } from '../../lib/use-search-state.js';
import { useCan } from '../auth/session-context.js';
import { type FindingFilter, intakeApi } from './intake.api.js';
import { DryRunUpload } from './dry-run-upload.js';
import { RejectedRows } from './rejected-rows.js';

const pageSize = 50;

/**
 * The findings tab (issue 18): the findings the desk sees, filtered by status, article, source and period and paged;
 * for those who may write, the upload of a findings file: a dry run listing every rejected row, then the import.
 */
export function FindingsTab() {
  const can = useCan();
  const [reload, setReload] = useState(0);
  return (
    <Stack gap="lg">
      {can('enforcement.write') && <FindingUpload onImported={() => setReload((n) => n + 1)} />}
      <FindingList generation={reload} />
    </Stack>
  );
}

function FindingList({ generation }: { generation: number }) {
  const { t, locale, fill, dateTime, date, number } = useI18n();
  const w = t.enforcementIntake.findings;
  const [search, setSearch] = useSearchState();
  const filter: FindingFilter = {
    status: search.get('status') ?? undefined,
    article: search.get('article') ?? undefined,
    source: search.get('source') ?? undefined,
    from: search.get('from') ?? undefined,
    to: search.get('to') ?? undefined,
  };
  const page = Math.max(1, Number(search.get('page') ?? 1) || 1);
  const set = (key: string, value: string) =>
    setSearch((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(key, value);
      else next.delete(key);
      if (key !== 'page') next.delete('page');
      return next;
    });
  const catalogue = useApiQuery(() => intakeApi.catalogue(), 'catalogue');
  const key = JSON.stringify({ filter, page, generation });
  const list = useApiQuery(() => intakeApi.findings(filter, pageSize, (page - 1) * pageSize), key, {
    keepPreviousData: true,
  });
  const articleCodes =
    catalogue.status === 'success' ? [...new Set(catalogue.data.articles.map((a) => a.article))].sort() : [];
  const option = (value: string, label: string) => ({ value, label });

  return (
    <Card withBorder padding="md">
      <Title order={3} size="h4">
        {w.title}
      </Title>
      <Group mt="sm" align="flex-end" gap="sm" wrap="wrap">
        <NativeSelect
          label={w.status}
          value={filter.status ?? ''}
          onChange={(e) => set('status', e.currentTarget.value)}
          data={[option('', w.all), ...findingStatuses.map((s) => option(s, findingStatusLabels[s][locale]))]}
        />
        <NativeSelect
          label={w.article}
          value={filter.article ?? ''}
          onChange={(e) => set('article', e.currentTarget.value)}
          data={[option('', w.all), ...articleCodes.map((code) => option(code, code))]}
        />
        <NativeSelect
          label={w.source}
          value={filter.source ?? ''}
          onChange={(e) => set('source', e.currentTarget.value)}
          data={[option('', w.all), ...finders.map((f) => option(f, finderLabels[f][locale]))]}
        />
        <DateField label={w.from} value={filter.from ?? ''} onChange={(day) => set('from', day)} />
        <DateField label={w.to} value={filter.to ?? ''} onChange={(day) => set('to', day)} />
      </Group>
      {list.status === 'loading' && <CenteredLoader />}
      {list.status === 'error' && <ErrorAlert error={list.error} onRetry={list.reload} />}
      {list.status === 'success' && (
        <>
          <Text size="sm" mt="md" aria-live="polite">
            {fill(w.total, { count: number(list.data.total) })}
          </Text>
          {list.data.items.length === 0 ? (
            <Text c="dimmed" mt="sm">
              {w.empty}
            </Text>
          ) : (
            <DataTable<FindingSummary>
              rows={list.data.items}
              minWidth={1100}
              columns={[
                {
                  key: 'reference',
                  header: w.columns.reference,
                  className: 'nowrap',
                  cell: (f) => (
                    <Anchor component={Link} to={`/enforcement/findings/${f.id}`}>
                      {f.reference}
                    </Anchor>
                  ),
                },
                {
                  key: 'observedAt',
                  header: w.columns.observedAt,
                  className: 'nowrap',
                  cell: (f) => dateTime(f.observedAt),
                },
                {
                  key: 'article',
                  header: w.columns.article,
                  className: 'nowrap',
                  cell: (f) => <span title={categoryLabels[f.category][locale]}>{f.article}</span>,
                },
                {
                  key: 'plate',
                  header: w.columns.plate,
                  className: 'nowrap',
                  cell: (f) =>
                    f.plate
                      ? `${f.plate}${f.plateCountry && f.plateCountry !== 'BE' ? ` (${f.plateCountry})` : ''}`
                      : '—',
                },
                {
                  key: 'place',
                  header: w.columns.place,
                  cell: (f) => [f.street, f.houseNumber].filter(Boolean).join(' ') || '—',
                },
                { key: 'source', header: w.columns.source, cell: (f) => finderLabels[f.source][locale] },
                {
                  key: 'status',
                  header: w.columns.status,
                  cell: (f) => <Badge variant="light">{findingStatusLabels[f.status][locale]}</Badge>,
                },
                {
                  key: 'amount',
                  header: w.columns.amount,
                  right: true,
                  className: 'nowrap',
                  cell: (f) => (f.amountCents === null ? '—' : formatEuroCents(f.amountCents, locale)),
                },
                {
                  key: 'communication',
                  header: w.columns.communication,
                  className: 'nowrap',
                  cell: (f) => <span className="tabular">{f.structuredCommunication}</span>,
                },
                {
                  key: 'prescription',
                  header: w.columns.prescription,
                  className: 'nowrap',
                  cell: (f) => date(f.prescriptionOn),
                },
              ]}
            />
          )}
          <Pager
            mt="sm"
            page={page}
            pageSize={pageSize}
            total={list.data.total}
            onPage={(p) => set('page', String(p))}
            previous={w.previous}
            next={w.next}
          />
        </>
      )}
    </Card>
  );
}

/** The findings file (CSV/XLSX): checked first, imported only when no row is rejected (the procedure's upload). */
function FindingUpload({ onImported }: { onImported: () => void }) {
  const { t, fill, number } = useI18n();
  const w = t.enforcementIntake.upload;
  const run = async (filename: string, contentBase64: string, dryRun: boolean) => {
    const result = await intakeApi.importFindings(filename, contentBase64, dryRun);
    return { ...result, repeated: result.repeatedFile };
  };
  return (
    <DryRunUpload<FindingImportResult & { repeated: boolean }>
      id="finding-import"
      title={w.title}
      intro={w.intro}
      accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      run={run}
      clean={(checked) => checked.rejected === 0 && checked.accepted > 0}
      summary={(checked) => (
        <>
          <Text size="sm">
            {fill(w.checked, {
              total: number(checked.total),
              accepted: number(checked.accepted),
              duplicates: number(checked.duplicates),
              rejected: number(checked.rejected),
            })}
          </Text>
          {checked.rejected > 0 && <Text size="sm">{w.fixFirst}</Text>}
        </>
      )}
      details={(checked) =>
        checked.rejectedRows.length > 0 && (
          <RejectedRows rows={checked.rejectedRows} total={checked.rejected} withReference />
        )
      }
      applied={(result) =>
        fill(w.imported, { imported: number(result.imported), duplicates: number(result.duplicates) })
      }
      onApplied={onImported}
    />
  );
}

import { Button, Collapse, Group, NativeSelect, Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import type { RegisterType, Registration } from '../../../shared/api/registrations.schema.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { CenteredLoader } from '../../components/centered-loader.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { TermHint } from '../../components/term-hint.js';
import { PageHeader } from '../../components/page-header.js';
import { ExportMenu } from '../../components/export-menu.js';
import { listExportPaths } from '../../../shared/api/list-export.schema.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useCan } from '../auth/session-context.js';
import { DeleteRegistrationModal } from './delete-registration-modal.js';
import { fieldWithRole, labelOf, registrationSummary } from './register-form-model.js';
import { type RegistrationFilter, registrationsApi } from './registrations.api.js';
import { useRegisterTypes } from './use-registers.js';
import { useWijken } from '../../lib/wijken.js';
import { useSearchState } from '../../lib/use-search-state.js';
import { tone } from '../../lib/tones.js';
import { DateField } from '../../components/date-field.js';
import { TableHead } from '../../components/table-head.js';
import { CaptionedTable } from '../../components/captioned-table.js';
import { FilterPanel } from '../../components/filter-panel.js';

export const registrationsPageSize = 25;

const filterKeys = ['type', 'from', 'to', 'wijk', 'category'] as const;

/** The filter as the address bar holds it, so a reload or the back button keeps it. */
export function filterFromSearch(search: URLSearchParams): RegistrationFilter & { page: number } {
  const filter: RegistrationFilter = {};
  for (const key of filterKeys) {
    const value = search.get(key);
    if (value) filter[key] = value;
  }
  const page = Math.max(1, Math.floor(Number(search.get('page') ?? '1')) || 1);
  return { ...filter, page };
}

interface Row {
  registration: Registration;
  type: RegisterType | undefined;
  register: string;
  when: string;
  category: string | null;
  text: string | null;
  wijk: string;
  amount: string;
}

/** Registrations, newest first: filters by register, period, wijk and kind; a page at a time; edit and delete. */
export function RegistrationsPage() {
  const { t, fill, locale, date, number } = useI18n();
  const can = useCan();
  const isPhone = useMediaQuery('(max-width: 47.99em)') ?? false;
  // In the address bar too: a reload, a link from the dashboard or the way back from editing finds the same list.
  const [search, setSearch] = useSearchState();
  const { page, ...filter } = filterFromSearch(search);
  const types = useRegisterTypes();
  const wijken = useWijken();
  const offset = (page - 1) * registrationsPageSize;
  const list = useApiQuery(
    () => registrationsApi.list(filter, registrationsPageSize, offset),
    `registrations:${search.toString()}`,
    { keepPreviousData: true },
  );
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [deleting, setDeleting] = useState<{ id: string; description: string } | null>(null);
  const mayWrite = can('register.write');

  const typeList = types.status === 'success' ? types.data : [];
  const selectedType = typeList.find((type) => type.key === filter.type);
  const categoryField = fieldWithRole(selectedType?.definition, 'category');
  const wijkNames = useMemo(() => new Map((wijken?.wijken ?? []).map((wijk) => [wijk.code, wijk.name])), [wijken]);
  const activeFilters = filterKeys.filter((key) => filter[key]).length;

  const update = (changes: Partial<Record<(typeof filterKeys)[number], string>>) => {
    setSearch((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      // A new register has other kinds; any change starts again at the first page.
      if ('type' in changes) next.delete('category');
      next.delete('page');
      return next;
    });
  };

  const goToPage = (target: number) => {
    setSearch((current) => {
      const next = new URLSearchParams(current);
      if (target <= 1) next.delete('page');
      else next.set('page', String(target));
      return next;
    });
  };

  const rows: Row[] =
    list.status === 'success'
      ? list.data.items.map((registration) => {
          const type = typeList.find((candidate) => candidate.key === registration.typeKey);
          const summary = registrationSummary(registration, type?.definition, locale);
          const amounts = [
            registration.quantity === null ? null : number(registration.quantity),
            registration.hours === null
              ? null
              : fill(t.registrations.hoursShort, { hours: number(registration.hours) }),
          ].filter((part): part is string => part !== null);
          return {
            registration,
            type,
            register: type ? labelOf(type.definition.labels, locale) : registration.typeKey,
            when: registration.occurredUntil
              ? `${date(registration.occurredOn)} – ${date(registration.occurredUntil)}`
              : date(registration.occurredOn),
            category: summary.category,
            text: summary.text,
            wijk: registration.wijkCode ? (wijkNames.get(registration.wijkCode) ?? registration.wijkCode) : '',
            amount: amounts.join(' · '),
          };
        })
      : [];
  const total = list.status === 'success' ? list.data.total : 0;
  const pages = Math.max(1, Math.ceil(total / registrationsPageSize));
  const caption = fill(t.registrations.caption, { page, pages });

  const describe = (row: Row) => [row.register, row.category, row.when].filter(Boolean).join(', ');

  const actions = (row: Row) =>
    mayWrite && (
      <Group gap="xs" wrap="nowrap">
        <Button
          size="xs"
          variant="outline"
          component={Link}
          to={`/registrations/${row.registration.id}`}
          state={{ back: `/registrations?${search.toString()}` }}
          aria-label={fill(t.registrations.editLabel, { registration: describe(row) })}
        >
          {t.registrations.edit}
        </Button>
        <Button
          size="xs"
          variant="subtle"
          color={tone.red}
          onClick={() => setDeleting({ id: row.registration.id, description: describe(row) })}
          aria-label={fill(t.registrations.deleteLabel, { registration: describe(row) })}
        >
          {t.registrations.delete}
        </Button>
      </Group>
    );

  const filters = (
    <FilterPanel
      id="registration-filters"
      title={t.registrations.filters}
      columns={5}
      clear={
        activeFilters > 0 && { label: t.registrations.clearFilters, onClear: () => setSearch(new URLSearchParams()) }
      }
    >
      <NativeSelect
        label={t.registrations.register}
        name="filter-type"
        value={filter.type ?? ''}
        onChange={(event) => update({ type: event.currentTarget.value })}
        data={[
          { value: '', label: t.registrations.allRegisters },
          ...typeList.map((type) => ({ value: type.key, label: labelOf(type.definition.labels, locale) })),
        ]}
      />
      <DateField
        label={t.registrations.from}
        name="filter-from"
        value={filter.from ?? ''}
        onChange={(day) => update({ from: day })}
      />
      <DateField
        label={t.registrations.until}
        name="filter-to"
        value={filter.to ?? ''}
        onChange={(day) => update({ to: day })}
      />
      <NativeSelect
        label={t.registrations.wijk}
        name="filter-wijk"
        value={filter.wijk ?? ''}
        onChange={(event) => update({ wijk: event.currentTarget.value })}
        data={[
          { value: '', label: t.registrations.allWijken },
          ...(wijken?.wijken ?? []).map((wijk) => ({ value: wijk.code, label: wijk.name })),
        ]}
      />
      <NativeSelect
        label={categoryField ? labelOf(categoryField.labels, locale) : t.registrations.category}
        name="filter-category"
        disabled={!categoryField}
        value={filter.category ?? ''}
        onChange={(event) => update({ category: event.currentTarget.value })}
        data={[
          { value: '', label: categoryField ? t.registrations.allCategories : t.registrations.categoryNeedsRegister },
          ...(categoryField?.options ?? []).map((option) => ({
            value: option.value,
            label: labelOf(option.labels, locale),
          })),
        ]}
      />
    </FilterPanel>
  );

  return (
    <>
      <PageHeader title={t.registrations.title} intro={t.registrations.intro} />
      <Group justify="space-between" mb="md" gap="sm" wrap="wrap">
        <Group gap="sm" wrap="wrap">
          {mayWrite && (
            <Button component={Link} to="/registrations/new">
              {t.registrations.new}
            </Button>
          )}
          {can('register.manage') && (
            <Button component={Link} to="/registrations/registers" variant="default">
              {t.registrations.ownRegisters}
            </Button>
          )}
        </Group>
        <ExportMenu
          path={listExportPaths.registrations}
          filter={filter}
          total={list.status === 'success' ? list.data.total : undefined}
        />
      </Group>

      {isPhone && (
        <Button
          variant="default"
          fullWidth
          mb="sm"
          onClick={() => setFiltersOpen((open) => !open)}
          aria-expanded={filtersOpen}
          aria-controls="registration-filters"
        >
          {activeFilters > 0
            ? fill(t.registrations.filtersActive, { count: activeFilters })
            : t.registrations.showFilters}
        </Button>
      )}
      <Collapse expanded={!isPhone || filtersOpen} id="registration-filters" mb="md">
        {filters}
      </Collapse>

      {types.status === 'error' && <ErrorAlert error={types.error} onRetry={types.reload} />}
      {list.status === 'loading' && <CenteredLoader />}
      {list.status === 'error' && <ErrorAlert error={list.error} onRetry={list.reload} />}
      {list.status === 'success' && (
        <Stack gap="sm">
          <Text fw={500} aria-live="polite">
            {fill(total === 1 ? t.registrations.countOne : t.registrations.count, { count: number(total) })}
          </Text>
          {rows.length === 0 && (
            <Text>{activeFilters > 0 ? t.registrations.emptyFiltered : t.registrations.empty}</Text>
          )}
          {rows.length > 0 && (
            <>
              <CaptionedTable
                captionId="registrations-caption"
                caption={caption}
                busy={list.refreshing}
                highlightOnHover
                verticalSpacing="xs"
              >
                <TableHead
                  cells={[
                    t.registrations.date,
                    t.registrations.register,
                    t.registrations.what,
                    t.registrations.wijk,
                    {
                      label: (
                        <>
                          {t.registrations.amount}
                          <TermHint text={t.registrations.amountHelp} />
                        </>
                      ),
                      right: true,
                    },
                    mayWrite && { label: t.registrations.actions, hidden: true },
                  ]}
                />
                <Table.Tbody>
                  {rows.map((row) => (
                    <Table.Tr key={row.registration.id} data-registration-id={row.registration.id}>
                      <Table.Td className="nowrap">{row.when}</Table.Td>
                      <Table.Td>{row.register}</Table.Td>
                      <Table.Td>
                        <WhatCell category={row.category} text={row.text} />
                      </Table.Td>
                      <Table.Td>{row.wijk}</Table.Td>
                      <Table.Td ta="right" className="nowrap">
                        {row.amount}
                      </Table.Td>
                      {mayWrite && <Table.Td>{actions(row)}</Table.Td>}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </CaptionedTable>
              <ul className="user-cards" aria-label={caption} data-hidden-from="sm">
                {rows.map((row) => (
                  <li key={row.registration.id} data-registration-id={row.registration.id}>
                    <Paper withBorder radius="md" p="sm">
                      <Stack gap={4}>
                        <Text size="xs" className="secondary-text">
                          {row.when} · {row.register}
                          {row.wijk ? ` · ${row.wijk}` : ''}
                        </Text>
                        <WhatCell category={row.category} text={row.text} />
                        {row.amount && (
                          <Text size="sm">
                            {t.registrations.amount}: {row.amount}
                          </Text>
                        )}
                        {actions(row)}
                      </Stack>
                    </Paper>
                  </li>
                ))}
              </ul>
            </>
          )}
          {total > registrationsPageSize && (
            <Group component="nav" aria-label={t.registrations.paging} justify="space-between" mt="xs">
              <Button
                variant="default"
                data-disabled={page <= 1 || undefined}
                aria-disabled={page <= 1}
                onClick={() => page > 1 && goToPage(page - 1)}
              >
                {t.registrations.previous}
              </Button>
              <Text size="sm" aria-live="polite">
                {fill(t.registrations.page, { page, pages })}
              </Text>
              <Button
                variant="default"
                data-disabled={page >= pages || undefined}
                aria-disabled={page >= pages}
                onClick={() => page < pages && goToPage(page + 1)}
              >
                {t.registrations.next}
              </Button>
            </Group>
          )}
        </Stack>
      )}

      <DeleteRegistrationModal
        target={deleting}
        onClose={() => setDeleting(null)}
        onDeleted={() => {
          setDeleting(null);
          list.reload();
        }}
      />
    </>
  );
}

/** What a registration is about, in a list: its category in bold, then (at most two lines of) its text. */
function WhatCell({ category, text }: { category: string | null | undefined; text: string | null | undefined }) {
  return (
    <>
      {category && (
        <Text size="sm" fw={600}>
          {category}
        </Text>
      )}
      {text && (
        <Text size="sm" lineClamp={2}>
          {text}
        </Text>
      )}
    </>
  );
}

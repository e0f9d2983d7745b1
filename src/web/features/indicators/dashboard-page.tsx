import './dashboard.css';
import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { rollupRule } from '../../../shared/indicators/status-words.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { CenteredLoader } from '../../components/centered-loader.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageHeader } from '../../components/page-header.js';
import { useNotify } from '../../components/use-notify.js';
import { useSubmit } from '../../lib/use-submit.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useCan } from '../auth/session-context.js';
import { capitalised } from '../users/user-fields.js';
import { loadRegisterTypes } from '../registrations/use-registers.js';
import { useSearchState } from '../../lib/use-search-state.js';
import { subjectsApi } from '../subjects/subjects.api.js';
import { IndicatorDrawer } from './indicator-drawer.js';
import { IndicatorTableDownload } from './indicator-table-download.js';
import { indicatorsApi } from './indicators.api.js';
import {
  allIndicators,
  filterOverview,
  filterReview,
  needsReview,
  openProposals,
  type OverviewFilter,
  ownersOf,
  rollUpSections,
  sentenceCase,
} from './overview-model.js';
import { StatusBadge } from '../../components/status-badge.js';
import { TitledSection } from '../../components/titled-section.js';
import { FilterPanel } from '../../components/filter-panel.js';
import { planYearOptions } from '../../lib/plan-years.js';
import { CountsLine, SectionList } from './dashboard-sections.js';

/** The plan's traffic lights and every indicator, filtered by year, action programme, phenomenon and owner. */
export function DashboardPage() {
  const { t, fill, locale, date } = useI18n();
  const can = useCan();
  const notify = useNotify();
  const [search, setSearch] = useSearchState();
  const yearParam = Number(search.get('year'));
  const year = Number.isInteger(yearParam) && yearParam >= 2000 && yearParam <= 2100 ? yearParam : undefined;
  const filter: OverviewFilter = {
    programme: search.get('programme') ?? undefined,
    section: search.get('section') ?? undefined,
    owner: search.get('owner') ?? undefined,
  };
  const overview = useApiQuery(() => indicatorsApi.overview(year), `overview:${year ?? 'default'}`, {
    keepPreviousData: true,
  });
  const versions = useApiQuery(() => indicatorsApi.planVersions(), 'plan-versions');
  const types = useApiQuery(loadRegisterTypes, 'register-types');
  const subjects = useApiQuery(() => subjectsApi.list({ includeInactive: true }), 'subjects:all');
  const review = search.get('review') === '1';
  const [openIndicator, setOpenIndicator] = useState<string | null>(null);
  const [bulkOpen, setBulkOpen] = useState(false);
  const mayManage = can('indicator.manage');

  const update = (changes: Record<string, string>) => {
    setSearch((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      return next;
    });
  };

  const data = overview.status === 'success' ? overview.data : null;
  const selected = useMemo(
    () => (data ? filterOverview(data, filter) : []),
    [data, filter.programme, filter.section, filter.owner],
  );
  // "Te controleren": the indicators with a flag no person has accepted yet.
  const toReview = useMemo(() => allIndicators(selected).filter(needsReview).length, [selected]);
  const shown = useMemo(() => (review ? filterReview(selected) : selected), [selected, review]);
  const proposals = useMemo(() => openProposals(shown), [shown]);
  const filtered = Boolean(filter.programme || filter.section || filter.owner || review);
  const headline = data ? (filtered ? rollUpSections(shown) : data.plan) : null;

  const proposing = useSubmit(
    async () => {
      const count = await indicatorsApi.propose();
      if (count === 0) notify(t.dashboard.proposedNone, 'info');
      overview.reload();
      return count;
    },
    (count) => (count === 0 ? undefined : fill(t.dashboard.proposed, { count })),
  );
  const confirming = useSubmit(
    async () => {
      const ids = proposals.map((indicator) => indicator.id);
      const unstored = proposals.some((indicator) => indicator.link === null);
      try {
        // Proposals made on the fly are stored first, so each one can be confirmed as it was shown.
        if (unstored) await indicatorsApi.propose();
        const count = await indicatorsApi.confirm(ids);
        overview.reload();
        return count;
      } finally {
        setBulkOpen(false);
      }
    },
    (count) => fill(t.dashboard.confirmedCount, { count }),
  );
  // One error at a time: starting one action clears the other's.
  const failure = proposing.error ?? confirming.error;
  const propose = () => {
    confirming.setError(null);
    void proposing.run();
  };
  const confirmAll = () => {
    proposing.setError(null);
    void confirming.run();
  };

  const programmeOptions = data ? data.programmes.map((p) => ({ value: p.name, label: capitalised(p.name) })) : [];
  const sectionOptions = data
    ? data.sections
        .filter((s) => !filter.programme || s.actionProgrammes.includes(filter.programme))
        .map((s) => ({ value: s.number, label: `${s.number}. ${sentenceCase(s.title)}` }))
    : [];
  const owners = data ? ownersOf(data) : [];
  const years = data
    ? planYearOptions(versions.status === 'success' ? versions.data : [], data.year, { yearBefore: true })
    : [];

  const planMissing = overview.status === 'error' && overview.error.code === 'PLAN_NONE';

  return (
    <>
      <PageHeader
        title={t.dashboard.title}
        intro={data ? fill(t.dashboard.intro, { year: data.year, date: date(data.asOf) }) : t.dashboard.introLoading}
      />
      {overview.status === 'loading' && <CenteredLoader />}
      {planMissing && (
        <Alert color="blue" variant="light" title={t.dashboard.noPlanTitle}>
          <Text size="sm">{t.dashboard.noPlan}</Text>
          {can('plan.manage') && (
            <Anchor component={Link} to="/plan" size="sm">
              {t.dashboard.toPlan}
            </Anchor>
          )}
        </Alert>
      )}
      {overview.status === 'error' && !planMissing && <ErrorAlert error={overview.error} onRetry={overview.reload} />}
      {failure && <ErrorAlert error={failure} />}
      {data && headline && (
        <Stack gap="lg" aria-busy={overview.refreshing}>
          <FilterPanel
            id="dashboard-filters"
            title={t.dashboard.filters}
            columns={4}
            print="hide"
            after={
              <>
                {owners.length === 0 && (
                  <Text size="xs" mt={6} className="secondary-text" id="no-owners-note">
                    {t.dashboard.noOwners}
                  </Text>
                )}
                <Checkbox
                  mt="sm"
                  name="review"
                  label={fill(t.subjects.flags.filter, { count: toReview })}
                  checked={review}
                  disabled={toReview === 0 && !review}
                  onChange={(event) => update({ review: event.currentTarget.checked ? '1' : '' })}
                />
              </>
            }
            clear={
              filtered && {
                label: t.dashboard.clearFilters,
                onClear: () => update({ programme: '', section: '', owner: '', review: '' }),
              }
            }
          >
            <NativeSelect
              label={t.dashboard.year}
              name="year"
              value={String(data.year)}
              onChange={(event) => update({ year: event.currentTarget.value })}
              data={years.map((y) => ({ value: String(y), label: String(y) }))}
            />
            <NativeSelect
              label={t.dashboard.programme}
              name="programme"
              value={filter.programme ?? ''}
              onChange={(event) => update({ programme: event.currentTarget.value, section: '' })}
              data={[{ value: '', label: t.dashboard.allProgrammes }, ...programmeOptions]}
            />
            <NativeSelect
              label={t.dashboard.section}
              name="section"
              value={filter.section ?? ''}
              onChange={(event) => update({ section: event.currentTarget.value })}
              data={[{ value: '', label: t.dashboard.allSections }, ...sectionOptions]}
            />
            <NativeSelect
              label={t.dashboard.owner}
              name="owner"
              value={filter.owner ?? ''}
              disabled={owners.length === 0}
              aria-describedby={owners.length === 0 ? 'no-owners-note' : undefined}
              onChange={(event) => update({ owner: event.currentTarget.value })}
              data={[
                { value: '', label: t.dashboard.allOwners },
                ...owners.map((owner) => ({ value: owner, label: owner })),
              ]}
            />
          </FilterPanel>

          <Group gap="sm" wrap="wrap">
            <IndicatorTableDownload year={data.year} />
          </Group>
          {mayManage && (
            <Group gap="sm" wrap="wrap">
              <Button variant="outline" onClick={propose} loading={proposing.busy}>
                {t.dashboard.propose}
              </Button>
              <Button onClick={() => setBulkOpen(true)} disabled={proposals.length === 0}>
                {fill(t.dashboard.confirmShown, { count: proposals.length })}
              </Button>
            </Group>
          )}

          <TitledSection id="lights" title={t.dashboard.lights} size="h3" gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
              <Paper withBorder p="md" radius="md" className="light-card light-card-plan">
                <Text fw={700}>{filtered ? t.dashboard.selection : t.dashboard.plan}</Text>
                <Group gap="xs" mt={6} mb={4}>
                  <StatusBadge status={headline.status} size="lg" />
                </Group>
                <CountsLine counts={headline.counts} explain />
                <Text
                  size="sm"
                  mt={4}
                  fw={toReview > 0 ? 700 : 400}
                  className={toReview > 0 ? 'review-count' : 'secondary-text'}
                  data-testid="review-count"
                >
                  {toReview > 0 ? `⚠ ${fill(t.subjects.flags.count, { count: toReview })}` : t.subjects.flags.countNone}
                </Text>
              </Paper>
              {data.programmes.map((programme) => {
                const selected = filter.programme === programme.name;
                return (
                  <Paper
                    key={programme.name}
                    withBorder
                    p="md"
                    radius="md"
                    className="light-card"
                    data-selected={selected || undefined}
                  >
                    <Text fw={700}>{capitalised(programme.name)}</Text>
                    <Group gap="xs" mt={6} mb={4}>
                      <StatusBadge status={programme.status} />
                    </Group>
                    <CountsLine counts={programme.counts} />
                    <Anchor
                      component="button"
                      type="button"
                      size="sm"
                      mt={6}
                      ta="left"
                      onClick={() => update({ programme: selected ? '' : programme.name, section: '' })}
                      aria-pressed={selected}
                      data-print="hide"
                    >
                      {selected
                        ? t.dashboard.showAllProgrammes
                        : fill(t.dashboard.showProgramme, { programme: programme.name })}
                    </Anchor>
                  </Paper>
                );
              })}
            </SimpleGrid>
          </TitledSection>

          <Paper p="md" radius="md" className="rollup-rule" component="section" aria-labelledby="rule-title">
            <Title order={2} size="h5" id="rule-title">
              {t.dashboard.ruleTitle}
            </Title>
            <Text size="sm" mt={4}>
              {rollupRule[locale]}
            </Text>
            <Text size="sm" mt={4}>
              {t.dashboard.ruleMonitor}
            </Text>
            <Text size="sm" mt={4} id="monitor-meaning">
              {t.dashboard.monitorMeaning}
            </Text>
          </Paper>

          <TitledSection id="sections" title={t.dashboard.sectionsTitle} size="h3" gap="sm">
            {shown.length === 0 && <Text>{t.dashboard.nothingShown}</Text>}
            <SectionList
              key={`${filter.section ?? ''}:${filter.owner ?? ''}:${filter.programme ?? ''}:${review ? 'review' : ''}`}
              sections={shown}
              overview={data}
              expandAll={Boolean(filter.section || filter.owner || review)}
              onOpen={setOpenIndicator}
            />
          </TitledSection>
        </Stack>
      )}
      {data && (
        <IndicatorDrawer
          overview={data}
          indicatorId={openIndicator}
          types={types.status === 'success' ? types.data : []}
          subjects={subjects.status === 'success' ? subjects.data : []}
          onClose={() => setOpenIndicator(null)}
          onChanged={overview.reload}
        />
      )}
      <Modal
        opened={bulkOpen}
        onClose={() => setBulkOpen(false)}
        title={t.dashboard.bulkTitle}
        closeButtonProps={{ 'aria-label': t.app.close }}
        size="lg"
      >
        <Stack gap="sm">
          <Text>{fill(t.dashboard.bulkQuestion, { count: proposals.length })}</Text>
          <ul className="bulk-list">
            {proposals.map((indicator) => (
              <li key={indicator.id}>
                <Text size="sm">{indicator.text}</Text>
              </li>
            ))}
          </ul>
          <Text size="sm" className="secondary-text">
            {t.dashboard.bulkNote}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setBulkOpen(false)}>
              {t.dashboard.cancel}
            </Button>
            <Button onClick={confirmAll} loading={confirming.busy}>
              {fill(t.dashboard.bulkConfirm, { count: proposals.length })}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

import './evaluation.css';
import { Alert, Anchor, Checkbox, Group, NativeSelect, SimpleGrid, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { Evaluation } from '../../../shared/api/evaluation.schema.js';
import type { OperationalObjective } from '../../../shared/api/plan.schema.js';
import { rollupRule } from '../../../shared/indicators/status-words.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { CenteredLoader } from '../../components/centered-loader.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageHeader } from '../../components/page-header.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useCan, useToday } from '../auth/session-context.js';
import { planApi } from '../plan/plan.api.js';
import { EvaluationItem } from './evaluation-item.js';
import { ReportDownloads } from './report-downloads.js';
import { planYearOptions } from '../../lib/plan-years.js';
import { type EvaluationFilter, groupEvaluations } from './evaluation-filter.js';
import { evaluationApi } from './evaluation.api.js';
import { indicatorsApi } from '../indicators/indicators.api.js';
import { flaggedByObjective } from './evaluation-filter.js';
import { yearOf } from '../../../shared/calendar/days.js';

function parseYear(value: string | null): number | undefined {
  if (value === null || !/^\d{4}$/.test(value)) return undefined;
  return Number(value);
}

/** The yearly evaluation per operational objective: what was done, bottlenecks, adjustments, and a status. */
export function EvaluationPage() {
  const { t, fill, number, locale } = useI18n();
  const words = t.evaluation;
  const can = useCan();
  const thisYear = yearOf(useToday());
  const mayWrite = can('evaluation.write');
  const [params, setParams] = useSearchParams();
  const year = parseYear(params.get('year'));
  const list = useApiQuery(() => evaluationApi.list(year), `evaluations:${year ?? 'default'}`, {
    keepPreviousData: true,
  });
  const versions = useApiQuery(() => planApi.versions(), 'evaluation-versions');
  const versionId = list.status === 'success' ? list.data.versionId : null;
  const tree = useApiQuery(
    () => (versionId ? planApi.tree(versionId) : Promise.resolve(null)),
    `evaluation-tree:${versionId ?? 'none'}`,
  );
  // The indicators' review flags (shared computation, far above target), shown per objective as on the dashboard.
  const listYear = list.status === 'success' ? list.data.year : null;
  const overview = useApiQuery(
    () => (listYear ? indicatorsApi.overview(listYear).catch(() => null) : Promise.resolve(null)),
    `evaluation-overview:${listYear ?? 'none'}`,
    { keepPreviousData: true },
  );
  const flagged = useMemo(() => flaggedByObjective(overview.status === 'success' ? overview.data : null), [overview]);
  const [filter, setFilter] = useState<EvaluationFilter>({ section: '', notYetEvaluated: false });
  // Evaluations written on this page, over the list as loaded (keyed by objective and year).
  const [written, setWritten] = useState<ReadonlyMap<string, Evaluation>>(() => new Map());
  // Objectives evaluated since the filter last changed stay in view.
  const [keep, setKeep] = useState<ReadonlySet<string>>(() => new Set());

  const shownYear = list.status === 'success' ? list.data.year : year;
  const evaluations = useMemo(
    () =>
      list.status === 'success'
        ? list.data.evaluations.map((item) => written.get(`${item.objectiveId}:${item.year}`) ?? item)
        : [],
    [list, written],
  );
  const groups = useMemo(() => groupEvaluations(evaluations, filter, keep), [evaluations, filter, keep]);

  const sectionTitles = new Map<string, string>();
  const owners = new Map<string, string | null>();
  if (tree.status === 'success' && tree.data) {
    for (const section of tree.data.sections) {
      sectionTitles.set(section.number, section.title);
      const operational: OperationalObjective[] = section.strategic.flatMap((strategic) => strategic.operational);
      for (const objective of operational) owners.set(objective.id, objective.owner);
    }
  }
  const sectionNumbers = [...new Set(evaluations.map((item) => item.sectionNumber))];
  const planLanguage = tree.status === 'success' && tree.data ? tree.data.version.language : undefined;

  const years = planYearOptions(versions.status === 'success' ? versions.data : [], shownYear ?? thisYear);
  const changeFilter = (next: EvaluationFilter) => {
    setFilter(next);
    setKeep(new Set());
  };

  const evaluatedCount = evaluations.filter((item) => item.evaluation !== null).length;
  const noPlan = list.status === 'error' && list.error.code === 'PLAN_NONE';

  return (
    <>
      <PageHeader title={words.title} intro={words.intro}>
        {list.status === 'success' && can('report.read') && (
          <Group gap="sm">
            <ReportDownloads year={list.data.year} versionId={list.data.versionId} />
          </Group>
        )}
      </PageHeader>
      {list.status === 'loading' && <CenteredLoader />}
      {noPlan && (
        <Alert variant="light" color="blue">
          {words.noPlan}{' '}
          <Anchor component={Link} to="/plan">
            {words.toPlan}
          </Anchor>
        </Alert>
      )}
      {list.status === 'error' && !noPlan && <ErrorAlert error={list.error} onRetry={list.reload} />}
      {list.status === 'success' && (
        <>
          {!mayWrite && (
            <Alert variant="light" color="blue" mb="md">
              {words.readOnly}
            </Alert>
          )}
          <div role="search" aria-label={words.filtersLabel} className="evaluation-toolbar">
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <NativeSelect
                label={words.year}
                name="evaluation-year"
                value={String(list.data.year)}
                onChange={(event) => {
                  setWritten(new Map());
                  setKeep(new Set());
                  setParams({ year: event.currentTarget.value });
                }}
                data={years.map((value) => ({ value: String(value), label: String(value) }))}
              />
              <NativeSelect
                label={words.section}
                name="evaluation-section"
                value={filter.section}
                onChange={(event) => changeFilter({ ...filter, section: event.currentTarget.value })}
                data={[
                  { value: '', label: words.allSections },
                  ...sectionNumbers.map((value) => ({
                    value,
                    label: sectionTitles.has(value) ? `${value}. ${sectionTitles.get(value)}` : value,
                  })),
                ]}
              />
              <Checkbox
                className="evaluation-checkbox"
                label={words.notYetEvaluated}
                name="evaluation-open"
                checked={filter.notYetEvaluated}
                onChange={(event) => changeFilter({ ...filter, notYetEvaluated: event.currentTarget.checked })}
              />
            </SimpleGrid>
            <Text size="sm" fw={500} mt="sm" role="status" aria-live="polite">
              {fill(words.summary, {
                evaluated: number(evaluatedCount),
                total: number(evaluations.length),
                year: list.data.year,
              })}
            </Text>
          </div>
          {groups.length === 0 && <Text mt="md">{filter.notYetEvaluated ? words.allEvaluated : words.nothing}</Text>}
          <div aria-busy={list.refreshing}>
            {groups.map((group) => (
              <section
                key={group.sectionNumber}
                aria-labelledby={`evaluation-section-${group.sectionNumber}`}
                className="evaluation-group"
              >
                <Title order={2} size="h4" id={`evaluation-section-${group.sectionNumber}`}>
                  {sectionTitles.has(group.sectionNumber) ? (
                    <>
                      {group.sectionNumber}. <span lang={planLanguage}>{sectionTitles.get(group.sectionNumber)}</span>
                    </>
                  ) : (
                    fill(words.sectionFallback, { number: group.sectionNumber })
                  )}
                </Title>
                <ul className="evaluation-list">
                  {group.evaluations.map((item) => (
                    <EvaluationItem
                      key={`${item.objectiveId}:${item.year}`}
                      item={item}
                      flagged={flagged.get(item.objectiveId) ?? flagged.get(item.number) ?? []}
                      onFlagsChanged={overview.reload}
                      owner={owners.get(item.objectiveId) ?? null}
                      planLanguage={planLanguage}
                      mayWrite={mayWrite}
                      onSaved={(saved) => {
                        setWritten((current) => new Map(current).set(`${saved.objectiveId}:${saved.year}`, saved));
                        setKeep((current) => new Set(current).add(saved.objectiveId));
                      }}
                    />
                  ))}
                </ul>
              </section>
            ))}
          </div>
          <Group mt="md">
            <Text size="xs" className="secondary-text">
              <strong>{words.ruleTitle}</strong> {rollupRule[locale]}
            </Text>
          </Group>
        </>
      )}
    </>
  );
}

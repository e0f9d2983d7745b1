import { Alert, Button, Card, Group, Menu, NativeSelect, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { Fragment, lazy, Suspense, useState } from 'react';
import type { GasAnalysis, GasShownCount } from '../../../shared/api/enforcement-analysis.schema.js';
import { yearOf } from '../../../shared/calendar/days.js';
import { categoryLabels, finderLabels, finders, type Finder } from '../../../shared/enforcement/catalogue.js';
import { type Locale, locales } from '../../../shared/i18n/locale.js';
import type { ReportFormat } from '../../../shared/reports/report-document.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { CenteredLoader } from '../../components/centered-loader.js';
import { DataTable } from '../../components/data-table.js';
import { DateField } from '../../components/date-field.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useCan, useToday } from '../auth/session-context.js';
import { lastFullQuarter, quarterOf, shownCount } from '../barometer/barometer.api.js';
import { type AnalysisFilter, analysisApi } from './analysis.api.js';

const Charts = lazy(() => import('./analysis-charts.js').then((m) => ({ default: m.AnalysisCharts })));
const formats: readonly ReportFormat[] = ['docx', 'pdf', 'xlsx'];

/**
 * The analysis tab (issue 18): findings by time (hour × weekday), place (wijk map; streets for enforcement.read),
 * number, article and source, month, and per member for an association. Outside the department (police, viewers)
 * one calendar quarter of one municipality with the barometer's small-count rules, as the server answers it.
 */
export function AnalysisTab() {
  const { t, fill, number, locale } = useI18n();
  const w = t.enforcementAnalysis;
  const can = useCan();
  const inside = can('enforcement.read');
  const today = useToday();
  const start = inside
    ? { from: `${yearOf(today) - 1}-01-01`, to: `${yearOf(today) - 1}-12-31` }
    : lastFullQuarter(today);
  const [filter, setFilter] = useState<AnalysisFilter>(start);
  const [draft, setDraft] = useState<AnalysisFilter>(start);
  const analysis = useApiQuery(() => analysisApi.analysis(filter), JSON.stringify(filter), { keepPreviousData: true });
  const chosen =
    analysis.status === 'success' ? (analysis.data.municipalityId ?? analysis.data.scope[0]?.municipalityId) : null;
  const single = analysis.status === 'success' && analysis.data.wijken.length > 0 ? chosen : null;
  const geometry = useApiQuery(
    () => (single ? analysisApi.wijkGeometry(single) : Promise.resolve({ geojson: null })),
    `geo:${single ?? ''}`,
  );
  const shown = (n: GasShownCount) => shownCount(n, number);

  return (
    <Stack gap="lg">
      <Card withBorder component="section" aria-labelledby="analysis-filters">
        <Group justify="space-between" align="flex-start" mb="sm">
          <Title order={2} size="h4" id="analysis-filters">
            {w.filters}
          </Title>
          {inside && <Downloads year={Number(filter.from.slice(0, 4))} />}
        </Group>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            setFilter(draft);
          }}
        >
          <Group align="flex-end" gap="md" wrap="wrap">
            {inside ? (
              <>
                <DateField label={w.from} value={draft.from} onChange={(from) => setDraft({ ...draft, from })} />
                <DateField label={w.to} value={draft.to} onChange={(to) => setDraft({ ...draft, to })} />
              </>
            ) : (
              <QuarterPicker today={today} value={draft} onChange={(p) => setDraft({ ...draft, ...p })} />
            )}
            {analysis.status === 'success' && analysis.data.scope.length > 1 && (
              <NativeSelect
                label={w.municipality}
                value={draft.municipality ?? ''}
                onChange={(e) => setDraft({ ...draft, municipality: e.currentTarget.value || undefined })}
                data={[
                  ...(inside ? [{ value: '', label: w.wholeScope }] : []),
                  ...[...new Map(analysis.data.scope.map((s) => [s.municipalityId, s.name])).entries()].map(
                    ([value, label]) => ({ value, label }),
                  ),
                ]}
              />
            )}
            {inside && (
              <>
                <TextInput
                  label={w.article}
                  value={draft.article ?? ''}
                  maxLength={60}
                  onChange={(e) => setDraft({ ...draft, article: e.currentTarget.value.trim() || undefined })}
                />
                <Select
                  label={w.source}
                  clearable
                  placeholder={w.all}
                  value={draft.source ?? null}
                  onChange={(source) => setDraft({ ...draft, source: source ?? undefined })}
                  data={finders.map((f) => ({ value: f, label: finderLabels[f][locale] }))}
                />
              </>
            )}
            <Button type="submit">{w.apply}</Button>
          </Group>
        </form>
        {!inside && (
          <Text size="sm" c="dimmed" mt="sm">
            {w.outsideNote}
          </Text>
        )}
      </Card>
      {analysis.status === 'loading' && <CenteredLoader />}
      {analysis.status === 'error' && <ErrorAlert error={analysis.error} onRetry={analysis.reload} />}
      {analysis.status === 'success' && (
        <Results
          analysis={analysis.data}
          geojson={geometry.status === 'success' ? geometry.data.geojson : null}
          shown={shown}
          title={fill(w.total, { count: shown(analysis.data.total) })}
        />
      )}
    </Stack>
  );
}

function Results({
  analysis,
  geojson,
  shown,
  title,
}: {
  analysis: GasAnalysis;
  geojson: unknown;
  shown: (n: GasShownCount) => string;
  title: string;
}) {
  const { t, locale } = useI18n();
  const w = t.enforcementAnalysis;
  type ArticleRow = GasAnalysis['articles'][number];
  return (
    <Stack gap="lg">
      <Alert variant="light" title={title}>
        {analysis.suppressed ? w.outsideNote : null}
      </Alert>
      <Suspense fallback={<CenteredLoader />}>
        <Charts analysis={analysis} geojson={geojson} />
      </Suspense>
      <Card withBorder component="section" aria-labelledby="analysis-articles">
        <Title order={3} size="h4" id="analysis-articles" mb="sm">
          {w.articlesTitle}
        </Title>
        <DataTable<ArticleRow>
          rows={analysis.articles}
          rowKey={(r) => r.article}
          minWidth={640}
          columns={[
            { key: 'article', header: w.article, cell: (r) => r.article },
            { key: 'category', header: w.category, cell: (r) => categoryLabels[r.category][locale] },
            ...finders.map((s: Finder) => ({
              key: s,
              header: finderLabels[s][locale],
              right: true,
              cell: (r: ArticleRow) => shown(r.bySource[s]),
            })),
            { key: 'total', header: w.articleTotal, right: true, cell: (r) => shown(r.total) },
          ]}
        />
        <Text size="sm" mt="xs">
          {w.sourceTotal}:{' '}
          {finders.map((s) => `${finderLabels[s][locale]} ${shown(analysis.sourceTotals[s])}`).join(' · ')}
        </Text>
      </Card>
      {!analysis.suppressed && (
        <Group align="stretch" grow wrap="wrap" gap="lg">
          <CountCard
            id="analysis-categories"
            title={w.categoriesTitle}
            label={w.category}
            rows={analysis.categories.map((c) => ({
              key: c.category,
              label: categoryLabels[c.category][locale],
              n: c.n,
            }))}
          />
          {analysis.members.length > 1 && (
            <CountCard
              id="analysis-members"
              title={w.membersTitle}
              label={w.municipality}
              rows={analysis.members.map((m) => ({ key: m.municipalityId, label: m.name, n: m.n }))}
            />
          )}
          {analysis.streets && (
            <CountCard
              id="analysis-streets"
              title={w.streetsTitle}
              label={w.street}
              empty={w.noStreets}
              rows={analysis.streets.map((s) => ({ key: s.street, label: s.street, n: s.n }))}
            />
          )}
        </Group>
      )}
    </Stack>
  );
}

function CountCard({
  id,
  title,
  label,
  rows,
  empty,
}: {
  id: string;
  title: string;
  label: string;
  rows: { key: string; label: string; n: number }[];
  empty?: string;
}) {
  const { t, number } = useI18n();
  return (
    <Card withBorder component="section" aria-labelledby={id} miw={260}>
      <Title order={3} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {rows.length === 0 && empty ? (
        <Text c="dimmed">{empty}</Text>
      ) : (
        <DataTable<{ key: string; label: string; n: number }>
          rows={rows}
          rowKey={(r) => r.key}
          minWidth={240}
          columns={[
            { key: 'label', header: label, cell: (r) => r.label },
            { key: 'n', header: t.enforcementAnalysis.count, right: true, cell: (r) => number(r.n) },
          ]}
        />
      )}
    </Card>
  );
}

/** A year and a quarter (outside the department the analysis answers one calendar quarter). */
function QuarterPicker({
  today,
  value,
  onChange,
}: {
  today: string;
  value: { from: string; to: string };
  onChange: (period: { from: string; to: string }) => void;
}) {
  const { t, fill } = useI18n();
  const w = t.enforcementAnalysis;
  const year = Number(value.from.slice(0, 4));
  const quarter = Math.floor((Number(value.from.slice(5, 7)) - 1) / 3) + 1;
  const years = Array.from({ length: 6 }, (_, i) => String(yearOf(today) - i));
  return (
    <>
      <NativeSelect
        label={w.year}
        value={String(year)}
        onChange={(e) => onChange(quarterOf(Number(e.currentTarget.value), quarter))}
        data={years}
      />
      <NativeSelect
        label={w.quarter}
        value={String(quarter)}
        onChange={(e) => onChange(quarterOf(year, Number(e.currentTarget.value)))}
        data={[1, 2, 3, 4].map((q) => ({ value: String(q), label: fill(w.quarterName, { quarter: q, year }) }))}
      />
    </>
  );
}

/** The GAS yearly report of the shown year and the workflow description, in every format and language. */
function Downloads({ year }: { year: number }) {
  const { t, fill, locale } = useI18n();
  const w = t.enforcementAnalysis;
  const words = t.downloads;
  const languages: Locale[] = [locale, ...locales.filter((other) => other !== locale)];
  const kinds = [
    {
      key: 'gas',
      label: fill(w.reportGas, { year }),
      url: (f: ReportFormat, l: Locale) => analysisApi.gasReportUrl(year, f, l),
    },
    { key: 'workflow', label: w.reportWorkflow, url: (f: ReportFormat, l: Locale) => analysisApi.workflowUrl(f, l) },
  ];
  return (
    <Menu position="bottom-end" withinPortal withInitialFocusPlaceholder={false} menuItemTabIndex={0}>
      <Menu.Target>
        <Button variant="default" aria-label={fill(w.downloadsLabel, { year })}>
          {w.downloads}
        </Button>
      </Menu.Target>
      <Menu.Dropdown mah={420} style={{ overflowY: 'auto' }}>
        {kinds.map((kind, index) => (
          <Fragment key={kind.key}>
            {index > 0 && <Menu.Divider />}
            <Menu.Label>{kind.label}</Menu.Label>
            {formats.flatMap((format) =>
              languages.map((lang) => (
                <Menu.Item key={`${kind.key}-${format}-${lang}`} component="a" href={kind.url(format, lang)} download>
                  {fill(words.reportItem, { kind: kind.label, format: words[format], language: words.languages[lang] })}
                </Menu.Item>
              )),
            )}
          </Fragment>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

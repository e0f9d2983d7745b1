import { Alert, Anchor, Button, Card, Group, Select, Stack, Switch, Text, Title } from '@mantine/core';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { nuisanceCategories, nuisanceCategoryLabels } from '../../../shared/barometer/categories.js';
import { isCalendarDay } from '../../../shared/barometer/periods.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { CenteredLoader } from '../../components/centered-loader.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageHeader } from '../../components/page-header.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { barometerApi, lastFullQuarter, quarterOf, type BarometerFilter } from './barometer.api.js';
import { BarometerEventsList } from './barometer-events.js';
import { BarometerTrendsTable } from './barometer-trends.js';
import { WijkTable } from './wijk-table.js';
import { yearOf } from '../../../shared/calendar/days.js';
import { useCan, useToday } from '../auth/session-context.js';
import { DateField } from '../../components/date-field.js';

const Charts = lazy(() => import('./barometer-sections.js').then((m) => ({ default: m.BarometerChartsSection })));

function lastFullYear(today: string): BarometerFilter {
  const year = yearOf(today) - 1;
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The neighbourhood barometer: filters, the wijk map, the hour × weekday heat map, trends, drill-down and exports. */
export function BarometerPage() {
  const { t, locale } = useI18n();
  const words = t.barometer;
  const [params, setParams] = useSearchParams();
  const today = useToday();
  // Outside the department (police, viewers) the barometer answers one calendar quarter, every kind and source,
  // without the list of events (disclosure control on the server; the page offers only what it answers).
  const outside = !useCan()('barometer.detail');
  const fallback = outside ? lastFullQuarter(today) : lastFullYear(today);
  const filter: BarometerFilter = {
    from: isCalendarDay(params.get('from') ?? '') ? (params.get('from') ?? fallback.from) : fallback.from,
    to: isCalendarDay(params.get('to') ?? '') ? (params.get('to') ?? fallback.to) : fallback.to,
    category: outside ? undefined : (params.get('category') ?? undefined),
    source: outside ? undefined : (params.get('source') ?? undefined),
  };
  const wijk = outside ? undefined : (params.get('wijk') ?? undefined);
  const quarterMonth = { '01': 1, '04': 2, '07': 3, '10': 4 }[filter.from.slice(5, 7)];
  const selectedQuarter =
    quarterMonth && quarterOf(Number(filter.from.slice(0, 4)), quarterMonth).to === filter.to
      ? String(quarterMonth)
      : null;
  const key = JSON.stringify(filter);
  const [draft, setDraft] = useState({ from: filter.from, to: filter.to });
  const [byMonth, setByMonth] = useState(false);
  const set = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      if (value === undefined || value === '') next.delete(name);
      else next.set(name, value);
    }
    setParams(next, { replace: true });
  };

  const map = useApiQuery(() => barometerApi.map(filter), key, { keepPreviousData: true });
  const wijken = useApiQuery(() => barometerApi.wijken(), 'wijken');
  const years = useMemo(() => Array.from({ length: 8 }, (_, i) => String(yearOf(today) - 1 - i)), [today]);
  const categoryOptions = nuisanceCategories.map((c) => ({ value: c, label: nuisanceCategoryLabels[c][locale] }));
  const sourceOptions = (['complaint', 'guard_report', 'police'] as const).map((s) => ({
    value: s,
    label: words.sources[s],
  }));
  const selectedYear =
    filter.from.endsWith('-01-01') && filter.to === `${filter.from.slice(0, 4)}-12-31` ? filter.from.slice(0, 4) : null;

  return (
    <>
      <PageHeader title={words.title} intro={words.intro} />
      <Card withBorder mb="lg" component="section" aria-labelledby="barometer-filters">
        <Title order={2} size="h4" id="barometer-filters" mb="sm">
          {words.filters}
        </Title>
        <Group align="flex-end" gap="md" wrap="wrap">
          {outside ? (
            <>
              <Select
                label={words.year}
                data={[String(yearOf(today)), ...years]}
                value={filter.from.slice(0, 4)}
                onChange={(year) => {
                  if (year) set(quarterOf(Number(year), Number(selectedQuarter ?? 1)));
                }}
                w={120}
                allowDeselect={false}
              />
              <Select
                label={words.quarter}
                data={['1', '2', '3', '4'].map((q) => ({ value: q, label: `Q${q}` }))}
                value={selectedQuarter}
                onChange={(q) => {
                  if (q) set(quarterOf(Number(filter.from.slice(0, 4)), Number(q)));
                }}
                w={120}
                allowDeselect={false}
              />
            </>
          ) : (
            <Select
              label={words.year}
              data={years}
              value={selectedYear}
              onChange={(year) => {
                if (year) {
                  setDraft({ from: `${year}-01-01`, to: `${year}-12-31` });
                  set({ from: `${year}-01-01`, to: `${year}-12-31`, wijk: undefined });
                }
              }}
              w={120}
              allowDeselect={false}
            />
          )}
          {!outside && (
            <>
              <DateField
                label={words.from}
                value={draft.from}
                onChange={(day) => setDraft({ ...draft, from: day })}
                onBlur={() => isCalendarDay(draft.from) && set({ from: draft.from })}
                w={170}
              />
              <DateField
                label={words.to}
                value={draft.to}
                onChange={(day) => setDraft({ ...draft, to: day })}
                onBlur={() => isCalendarDay(draft.to) && set({ to: draft.to })}
                w={170}
              />
              <Select
                label={words.category}
                placeholder={words.allCategories}
                data={categoryOptions}
                value={filter.category ?? null}
                onChange={(v) => set({ category: v ?? undefined })}
                clearable
                w={240}
              />
              <Select
                label={words.source}
                placeholder={words.allSources}
                data={sourceOptions}
                value={filter.source ?? null}
                onChange={(v) => set({ source: v ?? undefined })}
                clearable
                w={260}
              />
            </>
          )}
        </Group>
      </Card>

      {map.status === 'loading' && <CenteredLoader />}
      {map.status === 'error' && <ErrorAlert error={map.error} />}
      {map.status === 'success' && (
        <Stack gap="lg">
          {map.data.suppressed && (
            <Alert color="blue" variant="light">
              {words.suppressedNote}
            </Alert>
          )}
          <Suspense fallback={<CenteredLoader />}>
            <Charts
              filter={filter}
              map={map.data}
              geojson={wijken.status === 'success' ? wijken.data.geojson : null}
              wijk={wijk}
            />
          </Suspense>
          <WijkTable map={map.data} selected={wijk} onSelect={outside ? undefined : (code) => set({ wijk: code })} />
          <BarometerTrendsTable filter={filter} names={new Map(map.data.wijken.map((w) => [w.wijkCode, w.name]))} />
          {!outside && (
            <BarometerEventsList
              key={`${key}|${wijk ?? ''}`}
              filter={filter}
              wijk={wijk}
              wijkName={map.data.wijken.find((w) => w.wijkCode === wijk)?.name}
              onClose={() => set({ wijk: undefined })}
            />
          )}
          <Card withBorder component="section" aria-labelledby="barometer-export">
            <Title order={2} size="h4" id="barometer-export">
              {words.exportTitle}
            </Title>
            <Text size="sm" c="dimmed" mb="sm">
              {words.exportHint}
            </Text>
            <Group gap="md" wrap="wrap">
              {!outside && (
                <Switch label={words.byMonth} checked={byMonth} onChange={(e) => setByMonth(e.currentTarget.checked)} />
              )}
              {(['csv', 'xlsx', 'geojson'] as const).map((format) => (
                <Button
                  key={format}
                  component="a"
                  href={barometerApi.exportUrl(filter, format, byMonth && !outside)}
                  download
                  variant="light"
                >
                  {format.toUpperCase()}
                </Button>
              ))}
            </Group>
          </Card>
          <Text size="xs" c="dimmed">
            {wijken.status === 'success' && wijken.data.attribution ? (
              <Anchor component="span" size="xs" c="dimmed">
                {wijken.data.attribution}
              </Anchor>
            ) : null}
          </Text>
        </Stack>
      )}
    </>
  );
}

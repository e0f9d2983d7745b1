import { Anchor, Card, Group, NativeSelect, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { lazy, Suspense, useMemo, useState } from 'react';
import type { GuardOverview } from '../../../shared/api/guards.schema.js';
import { guardRegisterTypes } from '../../../shared/guards/guard-register-types.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { CenteredLoader } from '../../components/centered-loader.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { registrationsApi } from '../registrations/registrations.api.js';
import { guardsApi } from './guards.api.js';
import { yearOf } from '../../../shared/calendar/days.js';
import { useToday } from '../auth/session-context.js';
import { TableHead } from '../../components/table-head.js';

const GuardWijkMap = lazy(() => import('./guard-wijk-map.js'));

/** A weekday × hour grid as a table, each cell shaded by its share of the largest and showing its number. */
function HeatmapTable({ grid, caption, decimals }: { grid: number[][]; caption: string; decimals: number }) {
  const { t, number } = useI18n();
  const days = t.guards.weekdays.split(',');
  const max = Math.max(1e-9, ...grid.flat());
  return (
    <div style={{ overflowX: 'auto' }}>
      <table className="guard-heatmap-table">
        <caption style={{ textAlign: 'left', fontWeight: 600, paddingBottom: 4 }}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t.guards.briefingDay}</span>
            </th>
            {Array.from({ length: 24 }, (_, h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.map((row, day) => (
            <tr key={days[day] ?? day}>
              <th scope="row">{days[day]}</th>
              {row.map((value, hour) => {
                const share = value / max;
                // Never darker than 60 %, so the dark number stays readable on every cell (the number, not the colour,
                // is the data).
                return (
                  <td
                    key={hour}
                    style={{ background: `rgba(21, 65, 126, ${(share * 0.6).toFixed(2)})`, color: '#111827' }}
                  >
                    {value > 0 ? number(value, value < 10 ? decimals : 0) : ''}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function GuardOverviewPanel() {
  const { t, locale, fill, number } = useI18n();
  const thisYear = yearOf(useToday());
  const [year, setYear] = useState(thisYear);
  const [task, setTask] = useState('all');
  const query = useApiQuery(() => guardsApi.overview(year), String(year), { keepPreviousData: true });
  const wijken = useApiQuery(() => registrationsApi.wijken(), 'wijken');
  const years = Array.from({ length: thisYear - 2017 }, (_, i) => String(thisYear - i));
  const taskName = (key: string) =>
    key === 'all' ? t.guards.allTasks : (guardRegisterTypes.find((type) => type.key === key)?.labels[locale] ?? key);
  const names = useMemo(
    () => (wijken.status === 'success' ? Object.fromEntries(wijken.data.wijken.map((w) => [w.code, w.name])) : {}),
    [wijken],
  );

  if (query.status === 'loading') return <CenteredLoader />;
  if (query.status === 'error') return <ErrorAlert error={query.error} onRetry={query.reload} />;
  const o: GuardOverview = query.data;
  const counts = Object.fromEntries(
    [...new Set(o.byWijk.map((w) => w.wijkCode))].map((code) => [
      code,
      o.byWijk
        .filter((w) => w.wijkCode === code && (task === 'all' || w.typeKey === task))
        .reduce((sum, w) => sum + w.records, 0),
    ]),
  );
  const figures: [string, string][] = [
    [t.guards.shifts, number(o.shifts)],
    [t.guards.manHours, number(o.shiftHours, 0)],
    [t.guards.guardsActive, number(o.guards)],
    [t.guards.warnings, number(o.warnings.records)],
    [t.guards.gasReports, number(o.gasReports.records)],
    [fill(t.guards.engraving, { bikes: number(o.engraving.bikes) }), number(o.engraving.actions)],
    [t.guards.violenceCount, number(o.violence.total)],
  ];

  return (
    <Stack gap="lg">
      <Group align="flex-end">
        <NativeSelect
          label={t.guards.year}
          value={String(year)}
          onChange={(e) => setYear(Number(e.currentTarget.value))}
          data={years}
          w={120}
        />
        <NativeSelect
          label={t.guards.coreTask}
          value={task}
          onChange={(e) => setTask(e.currentTarget.value)}
          data={['all', ...guardRegisterTypes.map((type) => type.key)].map((key) => ({
            value: key,
            label: taskName(key),
          }))}
        />
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        {figures.map(([label, value]) => (
          <Card key={label} withBorder padding="sm">
            <Text size="xs">{label}</Text>
            <Text fw={700} fz="xl">
              {value}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      <Table.ScrollContainer minWidth={420}>
        <Table striped>
          <TableHead
            cells={[
              t.guards.coreTask,
              { label: t.guards.records, right: true },
              { label: t.guards.hours, right: true },
              { label: t.guards.quantity, right: true },
            ]}
          />
          <Table.Tbody>
            {o.tasks.map((row) => (
              <Table.Tr key={row.typeKey}>
                <Table.Td>{taskName(row.typeKey)}</Table.Td>
                <Table.Td ta="right">{number(row.records)}</Table.Td>
                <Table.Td ta="right">{number(row.hours, 1)}</Table.Td>
                <Table.Td ta="right">{number(row.quantity)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <section aria-labelledby="heatmap-heading">
        <Title order={2} size="h4" id="heatmap-heading" mb="xs">
          {t.guards.heatmapTitle}
        </Title>
        <HeatmapTable grid={o.shiftHeatmap} caption={fill(t.guards.heatmapLabel, { year: o.year })} decimals={1} />
        {o.recordHeatmap[task] && (
          <HeatmapTable
            grid={o.recordHeatmap[task] ?? []}
            caption={fill(t.guards.heatmapRecords, { task: taskName(task) })}
            decimals={0}
          />
        )}
      </section>
      <section aria-labelledby="wijk-map-heading">
        <Title order={2} size="h4" id="wijk-map-heading" mb="xs">
          {t.guards.mapTitle}
        </Title>
        {wijken.status === 'success' && wijken.data.geojson ? (
          <Suspense fallback={<CenteredLoader />}>
            <GuardWijkMap
              geojson={wijken.data.geojson}
              counts={counts}
              names={names}
              label={fill(t.guards.mapLabel, { task: taskName(task), year: o.year })}
            />
          </Suspense>
        ) : null}
      </section>
      <section aria-labelledby="report-heading">
        <Title order={2} size="h4" id="report-heading" mb="xs">
          {t.guards.report}
        </Title>
        <Group gap="md">
          {(['pdf', 'docx', 'xlsx'] as const).flatMap((format) =>
            (['nl', 'fr'] as const).map((lang) => (
              <Anchor
                key={`${format}-${lang}`}
                href={`/api/reports/guards?year=${o.year}&format=${format}&lang=${lang}`}
                download
              >
                {fill(t.guards.reportDownload, { format: format.toUpperCase(), lang: lang.toUpperCase() })}
              </Anchor>
            )),
          )}
        </Group>
      </section>
    </Stack>
  );
}

import { Group, List, SimpleGrid, Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import type { IndicatorState } from '../../../shared/api/indicators.schema.js';
import { localeTags } from '../../../shared/i18n/locale.js';
import { targetForYear } from '../../../shared/indicators/indicator-status.js';
import { ChartView as EChart } from '../../components/charts/lazy-charts.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { StatusBadge, statusColor } from '../../components/status-badge.js';
import { monthTrendColors, monthTrendOption, yearTrendOption } from './trend-options.js';
import { TableHead } from '../../components/table-head.js';
import { TitledSection } from '../../components/titled-section.js';

/**
 * An indicator's figures over time (the drawer's trend and history): per month of the plan year with the running total
 * and the year's target, per year with its status, each chart with its values as text and a table to read them from.
 */
export function IndicatorTrend({ indicator, year }: { indicator: IndicatorState; year: number }) {
  const { t, fill, locale, number } = useI18n();
  const applicable = targetForYear(indicator.targets, year);
  const monthNames = useMemo(
    () =>
      Array.from({ length: 12 }, (_, month) =>
        new Intl.DateTimeFormat(localeTags[locale], { month: 'short', timeZone: 'UTC' }).format(
          Date.UTC(2020, month, 1),
        ),
      ),
    [locale],
  );
  const yearTarget =
    applicable &&
    (applicable.kind === 'count' || applicable.kind === 'hours') &&
    (applicable.per === 'year' || applicable.per === undefined) &&
    applicable.op !== '<='
      ? (applicable.value ?? null)
      : null;
  const hasMonths = indicator.months.some((value) => value !== null);
  const years = useMemo(
    () => [...indicator.history, { year: year, status: indicator.status, value: indicator.value }],
    [indicator.history, year, indicator.status, indicator.value],
  );
  const hasYears = years.some((y) => y.value !== null);
  const monthOption = useMemo(
    () =>
      monthTrendOption({
        monthNames,
        months: indicator.months,
        target: yearTarget,
        format: (value) => number(value),
        words: {
          perMonth: t.dashboard.trend.perMonth,
          total: t.dashboard.trend.runningTotal,
          target: t.dashboard.trend.target,
        },
      }),
    [monthNames, indicator.months, yearTarget, t, number],
  );
  const yearOption = useMemo(
    () =>
      yearTrendOption({
        years,
        colors: statusColor,
        format: (value) => number(value),
        words: { value: t.dashboard.trend.value },
      }),
    [years, t, number],
  );

  return (
    <>
      <TitledSection id="trend" title={t.dashboard.trend.title} order={3} size="h4">
        {!hasMonths && !hasYears && <Text size="sm">{t.dashboard.trend.empty}</Text>}
        {(hasMonths || hasYears) && (
          <SimpleGrid cols={{ base: 1, sm: 1 }} spacing="md">
            {hasMonths && (
              <div>
                <Text size="sm" fw={600}>
                  {fill(t.dashboard.trend.monthsTitle, { year: year })}
                </Text>
                <ul className="chart-legend" aria-hidden="true">
                  <li>
                    <span className="swatch swatch-bar" style={{ background: monthTrendColors.perMonth }} />
                    {t.dashboard.trend.perMonth}
                  </li>
                  <li>
                    <span className="swatch swatch-line" style={{ background: monthTrendColors.total }} />
                    {t.dashboard.trend.runningTotal}
                  </li>
                  {yearTarget !== null && (
                    <li>
                      <span className="swatch swatch-dashed" style={{ borderColor: monthTrendColors.target }} />
                      {t.dashboard.trend.target}
                    </li>
                  )}
                </ul>
                <EChart
                  option={monthOption}
                  height={230}
                  label={fill(t.dashboard.trend.monthsLabel, {
                    year: year,
                    values: indicator.months
                      .map((value, month) => `${monthNames[month] ?? ''} ${value === null ? '–' : number(value)}`)
                      .join(', '),
                  })}
                />
              </div>
            )}
            {hasYears && (
              <div>
                <Text size="sm" fw={600}>
                  {t.dashboard.trend.yearsTitle}
                </Text>
                <EChart
                  option={yearOption}
                  height={170}
                  label={fill(t.dashboard.trend.yearsLabel, {
                    values: years.map((y) => `${y.year} ${y.value === null ? '–' : number(y.value)}`).join(', '),
                  })}
                />
              </div>
            )}
          </SimpleGrid>
        )}
        {hasMonths && (
          <details className="figures">
            <summary>{t.dashboard.trend.asTable}</summary>
            <Table fz="sm" verticalSpacing={4} mt="xs">
              <caption className="visually-hidden">{fill(t.dashboard.trend.monthsTitle, { year: year })}</caption>
              <TableHead cells={[t.dashboard.trend.month, { label: t.dashboard.trend.value, right: true }]} />
              <Table.Tbody>
                {indicator.months.map((value, month) => (
                  <Table.Tr key={month}>
                    <Table.Td>{monthNames[month]}</Table.Td>
                    <Table.Td ta="right">{value === null ? '–' : number(value)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </details>
        )}
      </TitledSection>

      <TitledSection id="history" title={t.dashboard.history} order={3} size="h4">
        <List spacing={6} listStyleType="none" pl={0}>
          {years.map((y) => (
            <List.Item key={y.year}>
              <Group gap="sm" wrap="nowrap">
                <Text size="sm" fw={600} w={48}>
                  {y.year}
                </Text>
                <StatusBadge status={y.status} size="sm" />
                <Text size="sm">{y.value === null ? t.dashboard.noValue : number(y.value)}</Text>
              </Group>
            </List.Item>
          ))}
        </List>
      </TitledSection>
    </>
  );
}

import { Badge, Button, Card, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { BarometerTrends } from '../../../shared/api/barometer.schema.js';
import { nuisanceCategoryLabels } from '../../../shared/barometer/categories.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { CenteredLoader } from '../../components/centered-loader.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { barometerApi, shownCount, type BarometerFilter } from './barometer.api.js';
import { TableHead } from '../../components/table-head.js';

type Row = BarometerTrends['rows'][number];
type Comparison = Row['vsPrevious'];

/** Trends against the previous period and last year: the flagged rows first; the rule in words above them. */
export function BarometerTrendsTable({ filter, names }: { filter: BarometerFilter; names: Map<string, string> }) {
  const { t, fill, date, number, locale } = useI18n();
  const words = t.barometer;
  const [all, setAll] = useState(false);
  const trends = useApiQuery(() => barometerApi.trends(filter), JSON.stringify(filter), { keepPreviousData: true });
  const shown = (n: number | '<5' | null) => shownCount(n, number);

  const change = (c: Comparison) => {
    const ratio = c.ratio === null ? '' : ` (${c.ratio >= 1 ? '+' : ''}${number(Math.round((c.ratio - 1) * 100))} %)`;
    return (
      <>
        {shown(c.count)}
        {ratio}{' '}
        {c.flagged && c.direction !== null ? (
          <Badge color={c.direction === 'up' ? 'red' : 'teal'} variant="light">
            {c.direction === 'up' ? `▲ ${words.up}` : `▼ ${words.down}`}
          </Badge>
        ) : (
          <span className="visually-hidden">{words.notFlagged}</span>
        )}
      </>
    );
  };

  return (
    <Card withBorder component="section" aria-labelledby="barometer-trends">
      <Title order={2} size="h4" id="barometer-trends">
        {words.trendsTitle}
      </Title>
      <Text size="sm" mb="xs">
        {words.trendsRule}
      </Text>
      {trends.status === 'loading' && <CenteredLoader />}
      {trends.status === 'error' && <ErrorAlert error={trends.error} />}
      {trends.status === 'success' &&
        (() => {
          const { previous, lastYear } = trends.data;
          const flagged = trends.data.rows.filter((r) => r.vsPrevious.flagged || r.vsLastYear.flagged);
          const rows = all ? trends.data.rows : flagged;
          return (
            <>
              <Text size="sm" c="dimmed" mb="sm">
                {fill(words.trendsAgainst, {
                  previousFrom: date(previous.from),
                  previousTo: date(previous.to),
                  lastFrom: date(lastYear.from),
                  lastTo: date(lastYear.to),
                })}
              </Text>
              {flagged.length === 0 && <Text mb="sm">{words.trendsNone}</Text>}
              {rows.length > 0 && (
                <div className="table-scroll" role="region" aria-labelledby="barometer-trends" tabIndex={0}>
                  <Table miw={560} striped data-testid="barometer-trends">
                    <TableHead
                      cells={[
                        words.wijk,
                        words.category,
                        { label: words.now, right: true },
                        words.previous,
                        words.lastYear,
                      ]}
                    />
                    <Table.Tbody>
                      {rows.map((r) => (
                        <Table.Tr key={`${r.wijkCode ?? '*'}|${r.category}`}>
                          <Table.Th scope="row" fw={400}>
                            {r.wijkCode === null ? words.whole : (names.get(r.wijkCode) ?? r.wijkCode)}
                          </Table.Th>
                          <Table.Td>{nuisanceCategoryLabels[r.category][locale]}</Table.Td>
                          <Table.Td ta="right">{shown(r.current)}</Table.Td>
                          <Table.Td>{change(r.vsPrevious)}</Table.Td>
                          <Table.Td>{change(r.vsLastYear)}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </div>
              )}
              {trends.data.rows.length > flagged.length && (
                <Button variant="subtle" mt="xs" onClick={() => setAll(!all)} aria-expanded={all}>
                  {fill(words.showAllTrends, { count: trends.data.rows.length })}
                </Button>
              )}
            </>
          );
        })()}
    </Card>
  );
}

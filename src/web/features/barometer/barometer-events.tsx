import { Button, Card, Group, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { nuisanceCategoryLabels } from '../../../shared/barometer/categories.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { CenteredLoader } from '../../components/centered-loader.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { barometerApi, shownCount, type BarometerFilter } from './barometer.api.js';
import { TableHead } from '../../components/table-head.js';

/** The drill-down: the events under a wijk's count (streets only for roles that may see them). */
export function BarometerEventsList({
  filter,
  wijk,
  wijkName,
  onClose,
}: {
  filter: BarometerFilter;
  wijk: string | undefined;
  wijkName: string | undefined;
  onClose: () => void;
}) {
  const { t, fill, dateTime, number, locale } = useI18n();
  const words = t.barometer;
  const [limit, setLimit] = useState(50);
  const events = useApiQuery(
    () => barometerApi.events(filter, wijk, limit),
    `${JSON.stringify(filter)}|${wijk ?? ''}|${limit}`,
    { keepPreviousData: true },
  );
  if (!wijk) return null;
  return (
    <Card withBorder component="section" aria-labelledby="barometer-events">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="barometer-events">
          {fill(words.eventsTitle, { wijk: wijkName ?? words.eventsAll })}
        </Title>
        <Button variant="subtle" size="compact-sm" onClick={onClose}>
          {words.close}
        </Button>
      </Group>
      {events.status === 'loading' && <CenteredLoader />}
      {events.status === 'error' && <ErrorAlert error={events.error} />}
      {events.status === 'success' && (
        <>
          <Text size="sm" mb="xs" aria-live="polite">
            {fill(words.eventsCount, { count: shownCount(events.data.total, number) })}
          </Text>
          {events.data.total === '<5' && events.data.items.length === 0 && <Text>{words.eventsHidden}</Text>}
          {events.data.total === 0 && <Text>{words.noEvents}</Text>}
          {events.data.items.length > 0 && (
            <div className="table-scroll" role="region" aria-labelledby="barometer-events" tabIndex={0}>
              <Table miw={480} striped data-testid="barometer-events">
                <TableHead cells={[words.when, words.category, words.source, events.data.streets && words.street]} />
                <Table.Tbody>
                  {events.data.items.map((e) => (
                    <Table.Tr key={e.id}>
                      <Table.Td>{dateTime(`${e.day}T${String(e.hour).padStart(2, '0')}:00:00`)}</Table.Td>
                      <Table.Td>{nuisanceCategoryLabels[e.category][locale]}</Table.Td>
                      <Table.Td>{words.sources[e.source]}</Table.Td>
                      {events.data.streets && <Table.Td>{e.street ?? ''}</Table.Td>}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
          )}
          {typeof events.data.total === 'number' && events.data.total > events.data.items.length && limit < 200 && (
            <Button variant="subtle" mt="xs" onClick={() => setLimit(200)}>
              {words.more}
            </Button>
          )}
        </>
      )}
    </Card>
  );
}

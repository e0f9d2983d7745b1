import { Anchor, Card, Table, Title } from '@mantine/core';
import type { BarometerMap } from '../../../shared/api/barometer.schema.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { shownCount } from './barometer.api.js';
import { TableHead } from '../../components/table-head.js';

/** The map's figures as a table (what a screen reader reads), each wijk with a button to its events. */
export function WijkTable({
  map,
  selected,
  onSelect,
}: {
  map: BarometerMap;
  selected: string | undefined;
  onSelect?: ((wijk: string) => void) | undefined;
}) {
  const { t, fill, number } = useI18n();
  const words = t.barometer;
  const shown = (n: number | '<5' | null) => shownCount(n, number);
  const rows = [...map.wijken].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <Card withBorder component="section" aria-labelledby="barometer-wijken">
      <Title order={2} size="h4" id="barometer-wijken" mb="sm">
        {words.wijk}
      </Title>
      <div className="table-scroll" role="region" aria-labelledby="barometer-wijken" tabIndex={0}>
        <Table miw={320} striped data-testid="barometer-wijk-table">
          <TableHead
            cells={[words.wijk, { label: words.count, right: true }, { label: words.showEvents, hidden: true }]}
          />
          <Table.Tbody>
            {rows.map((w) => (
              <Table.Tr key={w.wijkCode} aria-current={selected === w.wijkCode || undefined}>
                <Table.Th scope="row" fw={selected === w.wijkCode ? 700 : 400}>
                  {w.name}
                </Table.Th>
                <Table.Td ta="right">{shown(w.total)}</Table.Td>
                <Table.Td>
                  {onSelect && (
                    <Anchor
                      component="button"
                      type="button"
                      size="sm"
                      underline="always"
                      onClick={() => onSelect(w.wijkCode)}
                      aria-label={fill(words.showEventsOf, { wijk: w.name })}
                    >
                      {words.showEvents}
                    </Anchor>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr>
              <Table.Th scope="row" fw={400}>
                {words.unplaced}
              </Table.Th>
              <Table.Td ta="right">{shown(map.unplaced)}</Table.Td>
              <Table.Td />
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </div>
    </Card>
  );
}

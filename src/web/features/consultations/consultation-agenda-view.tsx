import { List, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { ConsultationAgenda } from '../../../shared/api/consultations.schema.js';
import { isNuisanceCategory, nuisanceCategoryLabels } from '../../../shared/barometer/categories.js';
import { useI18n } from '../../i18n/i18n-context.js';

/** The generated agenda: hot spots and rising trends from the barometer, open and overdue complaints, open actions. */
export function ConsultationAgendaView({ agenda }: { agenda: ConsultationAgenda }) {
  const { t, fill, locale, date, number } = useI18n();
  const c = t.consultations;
  const category = (key: string) => (isNuisanceCategory(key) ? nuisanceCategoryLabels[key][locale] : key);
  const items = <T,>(rows: T[], render: (row: T) => React.ReactNode) =>
    rows.length === 0 ? (
      <Text size="sm">{c.nothing}</Text>
    ) : (
      <List size="sm" spacing={2}>
        {rows.map(render)}
      </List>
    );
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="agenda-title">
      <Title order={2} size="h3" id="agenda-title">
        {c.agenda}
      </Title>
      <Text size="sm" mb="sm">
        {fill(c.period, { from: date(agenda.from), to: date(agenda.to) })}
      </Text>
      <Stack gap="sm">
        {!agenda.barometer && <Text size="sm">{c.noBarometer}</Text>}
        <div>
          <Title order={3} size="h5">
            {c.hotSpots}
          </Title>
          {items(agenda.hotSpots, (h) => (
            <List.Item key={`${h.wijkCode}-${h.category}`}>
              {h.wijkName ?? h.wijkCode} · {category(h.category)}: {h.count}
            </List.Item>
          ))}
        </div>
        <div>
          <Title order={3} size="h5">
            {c.risingTrends}
          </Title>
          {items(agenda.risingTrends, (r) => (
            <List.Item key={`${r.wijkCode ?? 'all'}-${r.category}`}>
              {r.wijkName ?? c.wholeCity} · {category(r.category)}: {r.count}
              {r.ratio !== null ? ` (×${number(r.ratio, 1)})` : ''} —{' '}
              {r.against.map((a) => (a === 'previous' ? c.againstPrevious : c.againstLastYear)).join(', ')}
            </List.Item>
          ))}
        </div>
        <div>
          <Title order={3} size="h5">
            {c.openComplaints}
          </Title>
          {items(agenda.openComplaints, (o) => (
            <List.Item key={o.category}>
              {category(o.category)}: {o.count}
            </List.Item>
          ))}
        </div>
        <div>
          <Title order={3} size="h5">
            {c.overdueComplaints}
          </Title>
          {items(agenda.overdueComplaints, (o) => (
            <List.Item key={o.id}>
              <Link to={`/complaints/${o.id}`}>{o.reference}</Link> · {category(o.category)} · {date(o.dueOn)}
            </List.Item>
          ))}
        </div>
        <div>
          <Title order={3} size="h5">
            {c.openActions}
          </Title>
          {items(agenda.openActions, (a) => (
            <List.Item key={a.id}>
              {a.description} · {a.owner} · {date(a.dueOn)}
            </List.Item>
          ))}
        </div>
      </Stack>
    </Paper>
  );
}

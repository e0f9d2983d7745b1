import { Button, Stack, Switch, Table, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useApiQuery, toApiError } from '../../api/use-api-query.js';
import { CenteredLoader } from '../../components/centered-loader.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useNotify } from '../../components/use-notify.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { guardsApi } from './guards.api.js';
import { useToday } from '../auth/session-context.js';
import { DateField } from '../../components/date-field.js';
import { TableHead } from '../../components/table-head.js';

export function GuardShiftsPanel() {
  const { t, dateTime, number } = useI18n();
  const query = useApiQuery(() => guardsApi.shifts({ limit: 200 }), 'shifts');
  if (query.status === 'loading') return <CenteredLoader />;
  if (query.status === 'error') return <ErrorAlert error={query.error} onRetry={query.reload} />;
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table striped>
        <TableHead cells={[t.guards.guard, t.guards.start, t.guards.end, { label: t.guards.hours, right: true }]} />
        <Table.Tbody>
          {query.data.items.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>{s.guardName}</Table.Td>
              <Table.Td>{dateTime(s.startedAt)}</Table.Td>
              <Table.Td>{s.endedAt ? dateTime(s.endedAt) : t.guards.running}</Table.Td>
              <Table.Td ta="right">{s.hours === null ? '' : number(s.hours, 1)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** The coordinator writes the day's briefing; the guards read it on their phones before the rounds. */
export function GuardBriefingPanel() {
  const { t } = useI18n();
  const notify = useNotify();
  const today = useToday();
  const [day, setDay] = useState(today);
  const [draft, setDraft] = useState({ notes: '', focus: '', events: '' });
  const query = useApiQuery(() => guardsApi.briefing(day), day);
  useEffect(() => {
    if (query.status !== 'success') return;
    setDraft({
      notes: query.data?.notes ?? '',
      focus: (query.data?.focusPlaces ?? []).join('\n'),
      events: (query.data?.events ?? []).join('\n'),
    });
  }, [query]);
  const save = () => {
    const { notes, focus, events } = draft;
    guardsApi.putBriefing(day, { notes: notes.trim(), focusPlaces: lines(focus), events: lines(events) }).then(
      () => notify(t.guards.briefingSaved, 'success'),
      (error: unknown) => notify(toApiError(error).message || t.errors.unexpected, 'error'),
    );
  };
  return (
    <Stack maw={560}>
      <DateField label={t.guards.briefingDay} value={day} onChange={(day) => setDay(day)} />
      {(
        [
          ['notes', t.guards.briefingNotes, 3],
          ['focus', t.guards.briefingFocus, 2],
          ['events', t.guards.briefingEvents, 2],
        ] as const
      ).map(([key, label, minRows]) => (
        <Textarea
          key={key}
          label={label}
          autosize
          minRows={minRows}
          value={draft[key]}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setDraft((d) => ({ ...d, [key]: value }));
          }}
        />
      ))}
      <Button onClick={save} w="fit-content">
        {t.guards.save}
      </Button>
    </Stack>
  );
}

/** Who is vaststeller: only they may write GAS reports. */
export function GuardVaststellersPanel() {
  const { t } = useI18n();
  const notify = useNotify();
  const query = useApiQuery(() => guardsApi.guards(), 'guards');
  if (query.status === 'loading') return <CenteredLoader />;
  if (query.status === 'error') return <ErrorAlert error={query.error} onRetry={query.reload} />;
  if (query.data.guards.length === 0) return <Text>{t.guards.noGuards}</Text>;
  return (
    <Stack>
      <Text size="sm" className="term-help">
        {t.guards.vaststellerHelp}
      </Text>
      {query.data.guards.map((guard) => (
        <Switch
          key={guard.userId}
          label={`${guard.name} — ${t.guards.vaststeller}`}
          checked={guard.vaststeller}
          onChange={(e) =>
            guardsApi.setVaststeller(guard.userId, e.currentTarget.checked).then(
              () => {
                notify(t.guards.vaststellerSaved, 'success');
                query.reload();
              },
              (error: unknown) => notify(toApiError(error).message || t.errors.unexpected, 'error'),
            )
          }
        />
      ))}
    </Stack>
  );
}

import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Grid,
  Group,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import type { Consultation } from '../../../shared/api/consultations.schema.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { BackLink } from '../../components/back-link.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageHeader } from '../../components/page-header.js';
import { QueryView } from '../../components/query-view.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useSubmit } from '../../lib/use-submit.js';
import { useCan } from '../auth/session-context.js';
import { ConsultationAgendaView } from './consultation-agenda-view.js';
import { consultationsApi } from './consultations.api.js';
import { DateField } from '../../components/date-field.js';
import { Panel } from '../../components/panel.js';

export function ConsultationDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const query = useApiQuery(() => consultationsApi.get(id), `consultation:${id}`);
  return (
    <>
      <BackLink to="/consultations" label={t.consultations.back} />
      <QueryView query={query}>{(consultation) => <Detail initial={consultation} />}</QueryView>
    </>
  );
}

interface ActionDraft {
  id?: string;
  description: string;
  owner: string;
  dueOn: string;
  done: boolean;
}

/** One consultation: the agenda, the minutes with the agreed actions, finalizing (which registers the meeting). */
function Detail({ initial }: { initial: Consultation }) {
  const { t, fill, date, dateTime } = useI18n();
  const c = t.consultations;
  const can = useCan();
  const [consultation, setConsultation] = useState(initial);
  const [title, setTitle] = useState(initial.title);
  const [attendees, setAttendees] = useState(initial.attendees);
  const [minutes, setMinutes] = useState(initial.minutes);
  const [actions, setActions] = useState<ActionDraft[]>(initial.actions);
  const editable = can('consultation.write') && consultation.status === 'draft';
  const submit = useSubmit(
    async (action: () => Promise<Consultation>, done?: string) => {
      const next = await action();
      setConsultation(next);
      setActions(next.actions);
      return done;
    },
    (done) => done,
  );
  const { busy, error } = submit;
  const run = (action: () => Promise<Consultation>, done?: string) => void submit.run(action, done);
  const save = () =>
    consultationsApi.saveMinutes(consultation.id, {
      title,
      attendees,
      minutes,
      actions: actions
        .filter((a) => a.description.trim() && a.owner.trim() && a.dueOn)
        .map((a) => ({
          ...(a.id ? { id: a.id } : {}),
          description: a.description,
          owner: a.owner,
          dueOn: a.dueOn,
          done: a.done,
        })),
    });
  const setAction = (index: number, changes: Partial<ActionDraft>) =>
    setActions((list) => list.map((a, i) => (i === index ? { ...a, ...changes } : a)));

  return (
    <>
      <PageHeader
        title={`${consultation.title}`}
        intro={`${date(consultation.heldOn)} · ${consultation.status === 'final' ? c.final : c.draft}`}
      />
      {error && <ErrorAlert error={error} />}
      <Group mb="md" gap="xs">
        {(['docx', 'pdf', 'xlsx'] as const).map((format) => (
          <Button
            key={format}
            component="a"
            variant="default"
            size="xs"
            href={`/api/consultations/${consultation.id}/document?format=${format}`}
          >
            {format.toUpperCase()}
          </Button>
        ))}
      </Group>
      <Grid>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="sm">
            <ConsultationAgendaView agenda={consultation.agenda} />
            {editable && (
              <Button
                variant="default"
                loading={busy}
                onClick={() => run(() => consultationsApi.regenerate(consultation.id), c.saved)}
              >
                {c.regenerate}
              </Button>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Panel id="minutes" title={c.minutes} size="h3">
            {consultation.finalizedAt && (
              <Alert color="green" variant="light" mb="sm">
                {fill(c.finalized, { date: dateTime(consultation.finalizedAt) })}
              </Alert>
            )}
            <Stack gap="sm">
              <TextInput
                label={c.title2}
                value={title}
                readOnly={!editable}
                onChange={(e) => setTitle(e.currentTarget.value)}
              />
              <Textarea
                label={c.attendees}
                autosize
                minRows={3}
                value={attendees}
                readOnly={!editable}
                onChange={(e) => setAttendees(e.currentTarget.value)}
              />
              <Textarea
                label={c.minutesText}
                autosize
                minRows={6}
                value={minutes}
                readOnly={!editable}
                onChange={(e) => setMinutes(e.currentTarget.value)}
              />
              <Title order={3} size="h4">
                {c.actions}
              </Title>
              {actions.map((action, index) => (
                <Paper withBorder p="xs" key={action.id ?? `new-${index}`}>
                  <Group align="flex-end" wrap="wrap" gap="xs">
                    <TextInput
                      label={`${c.action} ${index + 1}`}
                      style={{ flex: 2, minWidth: 180 }}
                      value={action.description}
                      readOnly={!editable}
                      onChange={(e) => setAction(index, { description: e.currentTarget.value })}
                    />
                    <TextInput
                      label={c.owner}
                      style={{ flex: 1, minWidth: 120 }}
                      value={action.owner}
                      readOnly={!editable}
                      onChange={(e) => setAction(index, { owner: e.currentTarget.value })}
                    />
                    <DateField
                      label={c.due}
                      value={action.dueOn}
                      readOnly={!editable}
                      onChange={(day) => setAction(index, { dueOn: day })}
                    />
                    <Checkbox
                      label={c.done}
                      checked={action.done}
                      disabled={!can('consultation.write')}
                      onChange={(e) => {
                        const done = e.currentTarget.checked;
                        if (editable || !action.id) setAction(index, { done });
                        else {
                          const actionId = action.id;
                          run(() => consultationsApi.setDone(consultation.id, actionId, done), c.saved);
                        }
                      }}
                    />
                    {editable && (
                      <ActionIcon
                        variant="subtle"
                        color="red.9"
                        aria-label={fill(c.removeAction, { n: index + 1 })}
                        onClick={() => setActions((list) => list.filter((_, i) => i !== index))}
                      >
                        ×
                      </ActionIcon>
                    )}
                  </Group>
                </Paper>
              ))}
              {editable && (
                <>
                  <Button
                    variant="default"
                    onClick={() =>
                      setActions((list) => [
                        ...list,
                        { description: '', owner: '', dueOn: consultation.heldOn, done: false },
                      ])
                    }
                  >
                    {c.addAction}
                  </Button>
                  <Group>
                    <Button loading={busy} onClick={() => run(save, c.saved)}>
                      {c.save}
                    </Button>
                    <Button
                      color="green.9"
                      loading={busy}
                      onClick={() =>
                        run(async () => {
                          await save();
                          return consultationsApi.finalize(consultation.id);
                        }, c.saved)
                      }
                    >
                      {c.finalize}
                    </Button>
                  </Group>
                  <Text size="sm">{c.finalizeHelp}</Text>
                </>
              )}
            </Stack>
          </Panel>
        </Grid.Col>
      </Grid>
    </>
  );
}

import { Alert, Anchor, Button, Grid, Group, List, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { ComplaintDetail, ComplaintService } from '../../../shared/api/complaints.schema.js';
import type { ComplaintStatus } from '../../../shared/complaints/complaint-status.js';
import { nuisanceCategoryLabels } from '../../../shared/barometer/categories.js';
import { localeNames } from '../../i18n/locale-preference.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { ApiError } from '../../api/api-client.js';
import { BackLink } from '../../components/back-link.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { LongTextField } from '../../components/long-text-field.js';
import { PageHeader } from '../../components/page-header.js';
import { Panel } from '../../components/panel.js';
import { QueryView } from '../../components/query-view.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useCan } from '../auth/session-context.js';
import { useWijken, wijkName } from '../../lib/wijken.js';
import { useSubmit } from '../../lib/use-submit.js';
import { complaintSteps } from './complaint-steps.js';
import { complaintsApi } from './complaints.api.js';
import './complaints.css';

/**
 * One complaint at the desk: facts, assignment, status, the answer to the citizen, merging a duplicate, internal notes.
 */
export function ComplaintDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const query = useApiQuery(() => complaintsApi.get(id), `complaint:${id}`);
  const services = useApiQuery(() => complaintsApi.services(), 'complaint-services');
  return (
    <>
      <BackLink to="/complaints" label={t.complaints.detail.back} />
      <QueryView query={query}>
        {(complaint) => <Detail initial={complaint} services={services.status === 'success' ? services.data : []} />}
      </QueryView>
    </>
  );
}

function Detail({ initial, services }: { initial: ComplaintDetail; services: ComplaintService[] }) {
  const { t, fill, locale, date, dateTime } = useI18n();
  const d = t.complaints.detail;
  const can = useCan();
  const wijken = useWijken();
  const [complaint, setComplaint] = useState(initial);
  const [serviceId, setServiceId] = useState(initial.serviceId ?? '');
  const [answer, setAnswer] = useState(initial.answer ?? '');
  const [answerServiceId, setAnswerServiceId] = useState('');
  const [standardId, setStandardId] = useState('');
  const [note, setNote] = useState('');
  const [mergeRef, setMergeRef] = useState('');
  const mayWrite = can('complaint.write') && complaint.mergedIntoId === null;
  // Only the steps the shared transition table allows from the current status.
  const steps = complaintSteps(complaint, mayWrite);
  const standardAnswers = useApiQuery(
    () => (steps.answer ? complaintsApi.filledStandardAnswers(complaint.id) : Promise.resolve([])),
    `complaint-standard-answers:${complaint.id}:${complaint.category}:${String(steps.answer)}`,
  );
  const standardOptions = standardAnswers.status === 'success' ? standardAnswers.data : [];
  const serviceChoices = [
    { value: '', label: d.noService },
    ...services.filter((s) => s.active || s.id === complaint.serviceId).map((s) => ({ value: s.id, label: s.name })),
  ];
  const wijk = complaint.wijkCode ? wijkName(wijken, complaint.wijkCode) : null;

  // Every change answers with the whole complaint; the assign form follows its service.
  const show = (next: ComplaintDetail) => {
    setComplaint(next);
    setServiceId(next.serviceId ?? '');
    return next;
  };
  const save = useSubmit(async (action: () => Promise<ComplaintDetail>) => show(await action()), d.saved);
  // One user action to answered: the server walks new → assigned → answered in one transaction.
  const sendAnswer = useSubmit(async (close: boolean) => {
    const next = await complaintsApi.answer(complaint.id, {
      text: answer.trim(),
      close,
      expectedStatus: complaint.status,
      ...(steps.answerNeedsService && answerServiceId ? { serviceId: answerServiceId } : {}),
    });
    return show(next);
  }, d.answerSent);
  const busy = save.busy || sendAnswer.busy;
  const error = sendAnswer.error ?? save.error;
  const answerReady = answer.trim().length >= 5 && (!steps.answerNeedsService || answerServiceId !== '');
  const onAnswer = (close: boolean) => (event?: FormEvent) => {
    event?.preventDefault();
    if (answerReady) void sendAnswer.run(close);
  };
  const onNote = () => {
    if (!note.trim()) return;
    void save.run(() =>
      complaintsApi.note(complaint.id, note.trim()).then((next) => {
        setNote('');
        return next;
      }),
    );
  };
  const onMerge = () => {
    const reference = mergeRef.trim().toUpperCase();
    if (!reference) return;
    void save.run(async () => {
      const found = (await complaintsApi.list({ q: reference }, 5, 0)).items.find((c) => c.reference === reference);
      if (!found) throw new ApiError(404, 'NOT_FOUND', d.mergeNotFound);
      return complaintsApi.merge(complaint.id, found.id);
    });
  };

  return (
    <>
      <PageHeader
        title={fill(d.title, { reference: complaint.reference })}
        intro={`${nuisanceCategoryLabels[complaint.category][locale]} · ${t.complaints.statuses[complaint.status]}`}
      />
      {complaint.overdue && (
        <Alert color="red" variant="light" mb="md">
          {fill(d.overdue, { date: date(complaint.dueOn) })}
        </Alert>
      )}
      {complaint.mergedIntoId && (
        <Alert color="blue" variant="light" mb="md">
          {fill(d.mergedNotice, { reference: complaint.mergedIntoReference ?? '' })}{' '}
          <Anchor component={Link} to={`/complaints/${complaint.mergedIntoId}`}>
            {complaint.mergedIntoReference}
          </Anchor>
        </Alert>
      )}
      {error && <ErrorAlert error={error} />}
      <Grid mt="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <Panel id="complaint-facts" title={d.facts}>
              <Stack gap={4}>
                <Text>
                  <strong>{d.occurredAt}:</strong> {dateTime(complaint.occurredAt)}
                </Text>
                <Text>
                  <strong>{d.place}:</strong> {[complaint.address, wijk].filter(Boolean).join(' · ') || '—'}
                </Text>
                <Text>
                  <strong>{t.complaints.desk.received}:</strong> {dateTime(complaint.receivedAt)} (
                  {t.complaints.desk.channel[complaint.channel]})
                </Text>
                <Text>
                  <strong>{t.complaints.desk.due}:</strong> {date(complaint.dueOn)}
                </Text>
                <Text fw={700} mt="xs">
                  {d.description}
                </Text>
                <Text className="answer-text">{complaint.description}</Text>
                {complaint.attachments.length > 0 && (
                  <>
                    <Text fw={700} mt="xs">
                      {d.attachments}
                    </Text>
                    <List size="sm">
                      {complaint.attachments.map((a) => (
                        <List.Item key={a.id}>
                          <Anchor href={`/api/files/${a.id}`}>{a.name}</Anchor>
                        </List.Item>
                      ))}
                    </List>
                  </>
                )}
              </Stack>
            </Panel>
            <Panel id="complaint-contact" title={d.contact}>
              {complaint.contactHidden ? (
                <Text>{d.contactHidden}</Text>
              ) : complaint.contactEmail || complaint.contactName ? (
                <Stack gap={2}>
                  {complaint.contactName && <Text>{complaint.contactName}</Text>}
                  {complaint.contactEmail && <Text>{complaint.contactEmail}</Text>}
                </Stack>
              ) : (
                <Text>{d.noContact}</Text>
              )}
              <Text size="sm" mt="xs">
                {d.language}: {localeNames[complaint.locale]}
              </Text>
            </Panel>
            <Panel id="complaint-answer" title={d.answerTitle}>
              {complaint.answeredAt && (
                <Text size="sm" mb="xs">
                  {fill(d.answered, { date: dateTime(complaint.answeredAt) })}
                </Text>
              )}
              {steps.answer ? (
                <form onSubmit={onAnswer(false)}>
                  <Text size="sm" mb="xs">
                    {complaint.contactEmail || complaint.contactHidden ? d.answerHelp : d.answerNoMail}
                  </Text>
                  {steps.answerNeedsService && (
                    <NativeSelect
                      label={d.answerService}
                      name="answerServiceId"
                      mb="xs"
                      required
                      value={answerServiceId}
                      onChange={(e) => setAnswerServiceId(e.currentTarget.value)}
                      data={serviceChoices}
                    />
                  )}
                  {standardOptions.length > 0 && (
                    <NativeSelect
                      label={d.standardAnswer}
                      description={d.standardAnswerHelp}
                      name="standardAnswer"
                      mb="xs"
                      value={standardId}
                      onChange={(e) => {
                        const picked = standardOptions.find((o) => o.id === e.currentTarget.value);
                        setStandardId(e.currentTarget.value);
                        if (picked) setAnswer(picked.text);
                      }}
                      data={[
                        { value: '', label: d.standardAnswerNone },
                        ...standardOptions.map((o) => ({ value: o.id, label: o.title })),
                      ]}
                    />
                  )}
                  <LongTextField
                    label={d.answerLabel}
                    name="answer"
                    minRows={4}
                    maxLength={5000}
                    value={answer}
                    onChange={setAnswer}
                  />
                  <Group mt="sm">
                    <Button type="submit" loading={busy} disabled={!answerReady}>
                      {d.sendAnswer}
                    </Button>
                    <Button variant="default" loading={busy} disabled={!answerReady} onClick={() => onAnswer(true)()}>
                      {d.answerAndClose}
                    </Button>
                  </Group>
                </form>
              ) : (
                complaint.answer && <Text className="answer-text">{complaint.answer}</Text>
              )}
            </Panel>
            <Panel id="complaint-notes" title={d.notesTitle}>
              <Text size="sm" mb="xs">
                {d.notesHelp}
              </Text>
              {complaint.notes.length > 0 && (
                <List size="sm" mb="sm">
                  {complaint.notes.map((n) => (
                    <List.Item key={n.id}>
                      <Text size="sm" className="answer-text">
                        {n.text}
                      </Text>
                      <Text size="xs">
                        {n.by ?? ''} · {dateTime(n.at)}
                      </Text>
                    </List.Item>
                  ))}
                </List>
              )}
              {can('complaint.write') && (
                <SmallForm onSubmit={onNote} save={d.addNote} variant="default" busy={busy}>
                  <LongTextField label={d.noteLabel} name="note" maxLength={4000} value={note} onChange={setNote} />
                </SmallForm>
              )}
            </Panel>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <Panel id="complaint-status" title={d.statusTitle}>
              <Text mb="xs" fw={700} data-testid="complaint-status">
                {t.complaints.statuses[complaint.status]}
              </Text>
              {mayWrite && complaint.status !== 'closed' && steps.moves.length === 0 && (
                <Text size="sm">{d.noMoves}</Text>
              )}
              {steps.moves.length > 0 && (
                <Group gap="xs">
                  {steps.moves.map((status: ComplaintStatus) => (
                    <Button
                      key={status}
                      size="xs"
                      variant="default"
                      loading={busy}
                      onClick={() => void save.run(() => complaintsApi.setStatus(complaint.id, status))}
                    >
                      {fill(d.moveTo, { status: t.complaints.statuses[status] })}
                    </Button>
                  ))}
                </Group>
              )}
            </Panel>
            <Panel id="complaint-assign" title={d.assign}>
              {steps.assign ? (
                <SmallForm
                  onSubmit={() => void save.run(() => complaintsApi.assign(complaint.id, serviceId || null))}
                  save={d.saveService}
                  busy={busy}
                >
                  {complaint.status === 'new' && (
                    <Text size="sm" mb="xs">
                      {d.assignHelp}
                    </Text>
                  )}
                  <NativeSelect
                    label={d.serviceLabel}
                    name="serviceId"
                    value={serviceId}
                    onChange={(e) => setServiceId(e.currentTarget.value)}
                    data={serviceChoices}
                  />
                </SmallForm>
              ) : (
                <Text>{complaint.serviceName ?? d.noService}</Text>
              )}
            </Panel>
            {mayWrite && complaint.status !== 'closed' && (
              <Panel id="complaint-merge" title={d.mergeTitle}>
                <Text size="sm" mb="xs">
                  {d.mergeHelp}
                </Text>
                <SmallForm onSubmit={onMerge} save={d.merge} variant="default" busy={busy}>
                  <TextInput
                    label={d.mergeReference}
                    name="mergeReference"
                    placeholder={`OV-${new Date().getFullYear()}-XXXXX`}
                    value={mergeRef}
                    onChange={(e) => setMergeRef(e.currentTarget.value)}
                  />
                </SmallForm>
              </Panel>
            )}
            {complaint.duplicates.length > 0 && (
              <Panel id="complaint-duplicates" title={d.duplicates}>
                <List size="sm">
                  {complaint.duplicates.map((dup) => (
                    <List.Item key={dup.id}>
                      <Anchor component={Link} to={`/complaints/${dup.id}`}>
                        {dup.reference}
                      </Anchor>{' '}
                      · {date(dup.receivedAt)}
                    </List.Item>
                  ))}
                </List>
              </Panel>
            )}
            {complaint.mails.length > 0 && (
              <Panel id="complaint-mails" title={d.mails}>
                <List size="sm">
                  {complaint.mails.map((m, i) => (
                    <List.Item key={i}>
                      {m.subject} · {m.to} · {m.status}
                    </List.Item>
                  ))}
                </List>
              </Panel>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}

/** One of the page's small forms: its field, then the button that sends it. */
function SmallForm({
  onSubmit,
  save,
  variant,
  busy,
  children,
}: {
  onSubmit: () => void;
  save: string;
  variant?: 'default';
  busy: boolean;
  children: ReactNode;
}) {
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {children}
      <Button type="submit" mt="xs" variant={variant} loading={busy}>
        {save}
      </Button>
    </form>
  );
}

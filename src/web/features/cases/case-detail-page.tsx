import { Alert, Anchor, Badge, Button, FileButton, Grid, List, Paper, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { CaseDetail } from '../../../shared/api/cases.schema.js';
import type { CaseTypeDefinition } from '../../../shared/cases/case-types.js';
import type { ApiError } from '../../api/api-client.js';
import { toApiError, useApiQuery } from '../../api/use-api-query.js';
import { DeadlineEntry, TimelineEntry } from '../../components/dated-entries.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageHeader } from '../../components/page-header.js';
import { QueryView } from '../../components/query-view.js';
import { useNotify } from '../../components/use-notify.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { filesApi } from '../../lib/files.api.js';
import { casesApi } from './cases.api.js';
import { CaseCloseForm, CaseStepForm } from './case-step-form.js';
import { choiceLabel, closeLabel, deadlineLabel, outcomeLabel, roleLabel, stepLabel, typeOf } from './case-words.js';
import { TableHead } from '../../components/table-head.js';
import { Panel } from '../../components/panel.js';

/** One case: people (names or pseudonyms), deadlines, the timeline of steps, documents, and what may happen next. */
export function CaseDetailPage() {
  const { id = '' } = useParams();
  const query = useApiQuery(() => casesApi.get(id), `case:${id}`, { keepPreviousData: true });
  const { t } = useI18n();
  return (
    <QueryView query={query} title={t.cases.title}>
      {(detail) => {
        const type = typeOf(detail.typeKey);
        return type ? <CaseView detail={detail} type={type} reload={query.reload} /> : null;
      }}
    </QueryView>
  );
}

function CaseView({ detail, type, reload }: { detail: CaseDetail; type: CaseTypeDefinition; reload: () => void }) {
  const { t, fill, locale, date, number } = useI18n();
  const words = t.cases;
  return (
    <>
      <PageHeader title={`${detail.reference} · ${type.labels[locale]}`}>
        <Anchor component={Link} to="/cases" data-print="hide">
          {words.back}
        </Anchor>
        <Text>
          {fill(words.detailOwner, { owner: detail.ownerName ?? '—' })} ·{' '}
          {fill(words.detailOpened, { date: date(detail.openedOn) })}
        </Text>
        {detail.closedOn && (
          <Text>
            {fill(words.detailClosed, {
              date: date(detail.closedOn),
              outcome: closeLabel(type, detail.closeOutcome ?? '', locale),
            })}
          </Text>
        )}
        {detail.overdue && (
          <Badge color="red.9" variant="filled" w="fit-content">
            {words.overdue}
          </Badge>
        )}
      </PageHeader>
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack>
            <Panel id="timeline" title={words.timeline}>
              <List type="ordered" spacing="xs">
                <TimelineEntry day={detail.openedOn}>{words.opened}</TimelineEntry>
                {detail.steps.map((s) => (
                  <TimelineEntry key={s.id} day={s.doneOn} note={s.note}>
                    {stepLabel(type, s.stepKey, locale)}
                    {s.outcome && `: ${outcomeLabel(type, s.stepKey, s.outcome, locale)}`}
                    {s.hours !== null && ` (${number(s.hours)} ${words.hours.toLowerCase()})`}
                    {Object.entries(s.choices).map(([k, v]) => (
                      <Text key={k} size="sm">
                        {choiceLabel(type, s.stepKey, k, v, locale)}
                      </Text>
                    ))}
                  </TimelineEntry>
                ))}
              </List>
              {detail.maxHours !== null && (
                <Text size="sm" mt="sm">
                  {fill(words.hoursUsed, { used: number(detail.hoursUsed), max: detail.maxHours })}
                </Text>
              )}
            </Panel>
            {detail.canWrite && <CaseStepForm detail={detail} type={type} onDone={reload} />}
            {detail.canWrite && <CaseCloseForm detail={detail} type={type} onDone={reload} />}
            {!detail.canWrite && detail.status === 'open' && <Text size="sm">{words.readOnly}</Text>}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack>
            <Panel id="deadlines" title={words.deadlines}>
              {detail.deadlines.length === 0 ? (
                <Text size="sm">{words.noDeadlines}</Text>
              ) : (
                <List spacing="xs">
                  {detail.deadlines.map((d) => (
                    <DeadlineEntry key={d.key} label={deadlineLabel(type, d.key, locale)} overdue={d.overdue}>
                      {fill(
                        d.period
                          ? words.deadlinePeriod
                          : d.metOn
                            ? words.deadlineMet
                            : d.overdue
                              ? words.deadlineLate
                              : words.deadlineOpen,
                        { date: date(d.period || !d.metOn ? d.due : d.metOn) },
                      )}
                    </DeadlineEntry>
                  ))}
                </List>
              )}
            </Panel>
            <PersonsPanel detail={detail} type={type} />
            <DocumentsPanel detail={detail} onDone={reload} />
            {detail.volunteers.length > 0 && (
              <Panel id="volunteers" title={words.volunteers}>
                <List>
                  {detail.volunteers.map((v) => (
                    <List.Item key={v.id}>{v.fullName}</List.Item>
                  ))}
                </List>
              </Panel>
            )}
            {detail.summary && (
              <Paper withBorder p="md" component="section" aria-label={words.summary}>
                <Text size="sm" fw={600}>
                  {words.summary}
                </Text>
                <Text size="sm">{detail.summary}</Text>
              </Paper>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}

function PersonsPanel({ detail, type }: { detail: CaseDetail; type: CaseTypeDefinition }) {
  const { t, fill, locale, date } = useI18n();
  const words = t.cases;
  return (
    <Panel id="persons" title={words.persons}>
      {detail.personalErasedAt && (
        <Alert variant="light" color="gray" mb="sm">
          {fill(words.erased, { date: date(detail.personalErasedAt) })}
        </Alert>
      )}
      <Text size="sm" mb="sm">
        {detail.namesVisible ? words.namesShown : words.namesHidden}
      </Text>
      <Table.ScrollContainer minWidth={320}>
        <Table>
          <TableHead cells={[words.personRole, words.fullName]} />
          <Table.Tbody>
            {detail.persons.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>{`${roleLabel(type, p.role, locale)} ${p.position + 1}`}</Table.Td>
                <Table.Td>
                  {p.erased ? words.personErased : (p.fullName ?? '—')}
                  {p.birthDate && (
                    <Text size="xs">
                      {words.birthDate}: {date(p.birthDate)}
                    </Text>
                  )}
                  {p.phone && (
                    <Text size="xs">
                      {words.phone}: {p.phone}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Panel>
  );
}

function DocumentsPanel({ detail, onDone }: { detail: CaseDetail; onDone: () => void }) {
  const { t } = useI18n();
  const words = t.cases;
  const notify = useNotify();
  const [error, setError] = useState<ApiError | null>(null);
  const upload = async (file: File | null) => {
    if (!file) return;
    setError(null);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      let binary = '';
      for (const byte of bytes) binary += String.fromCharCode(byte);
      const stored = await filesApi.upload(file.name, btoa(binary));
      await casesApi.attach(detail.id, stored.id);
      notify(words.uploaded, 'success');
      onDone();
    } catch (caught) {
      setError(toApiError(caught));
    }
  };
  return (
    <Panel id="documents" title={words.documents}>
      {error && <ErrorAlert error={error} />}
      {!detail.namesVisible ? (
        <Text size="sm">{words.documentsHidden}</Text>
      ) : detail.documents.length === 0 ? (
        <Text size="sm">{words.noDocuments}</Text>
      ) : (
        <List>
          {detail.documents.map((d) => (
            <List.Item key={d.fileId}>
              <Anchor href={`/api/cases/${detail.id}/documents/${d.fileId}`}>{d.name}</Anchor>
            </List.Item>
          ))}
        </List>
      )}
      {detail.canWrite && detail.namesVisible && (
        <FileButton
          onChange={(file) => void upload(file)}
          accept=".pdf,.docx,.xlsx,.odt,.ods,.png,.jpg,.jpeg,.txt,.csv"
        >
          {(props) => (
            <Button {...props} variant="default" mt="sm">
              {words.upload}
            </Button>
          )}
        </FileButton>
      )}
    </Panel>
  );
}

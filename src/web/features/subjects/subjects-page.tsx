import './subjects.css';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  List,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import type { Subject } from '../../../shared/subjects/subject.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { CenteredLoader } from '../../components/centered-loader.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageHeader } from '../../components/page-header.js';
import { useSubmit } from '../../lib/use-submit.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useCan } from '../auth/session-context.js';
import { labelOf } from '../registrations/register-form-model.js';
import { loadRegisterTypes } from '../registrations/use-registers.js';
import { subjectsApi } from './subjects.api.js';
import { groupSubjects, type SubjectFilter } from './subjects-model.js';
import { TableHead } from '../../components/table-head.js';
import { RenameDialog, MergeDialog } from './subject-dialogs.js';

type Dialog = { kind: 'rename'; subject: Subject } | { kind: 'merge'; subject: Subject } | null;

/**
 * What the indicators count, per register: state (proposed / confirmed), section, registrations, the indicators
 * that read it. Coordinators confirm, rename, stop, reactivate and merge; everyone who sees the plan can read it.
 */
export function SubjectsPage() {
  const { t, fill, locale, number } = useI18n();
  const words = t.subjects;
  const can = useCan();
  const mayManage = can('indicator.manage');
  const subjects = useApiQuery(() => subjectsApi.list({ includeInactive: true }), 'subjects:page', {
    keepPreviousData: true,
  });
  // Register names; without register.read the keys stand in.
  const types = useApiQuery(() => loadRegisterTypes().catch(() => []), 'register-types');
  const [filter, setFilter] = useState<SubjectFilter>({ typeKey: '', search: '', onlyProposed: false });
  const [showInactive, setShowInactive] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  // The subject whose change is being saved.
  const [pendingId, setPendingId] = useState<string | null>(null);
  const updating = useSubmit(
    async (id: string, changes: { active?: boolean; confirm?: true }, done: string) => {
      await subjectsApi.update(id, changes);
      subjects.reload();
      return done;
    },
    (done) => done,
  );
  const busy = updating.busy ? pendingId : null;
  const failure = updating.error;

  const registerName = (typeKey: string) => {
    const type = types.status === 'success' ? types.data.find((candidate) => candidate.key === typeKey) : undefined;
    return type ? labelOf(type.definition.labels, locale) : typeKey;
  };
  const all = subjects.status === 'success' ? subjects.data : [];
  const visible = showInactive ? all : all.filter((subject) => subject.active);
  const groups = groupSubjects(visible, filter, registerName);
  const registerKeys = [...new Set(all.map((subject) => subject.typeKey))].sort((a, b) =>
    registerName(a).localeCompare(registerName(b), 'nl-BE'),
  );
  const shownCount = groups.reduce((sum, group) => sum + group.subjects.length, 0);
  const proposedCount = groups.reduce(
    (sum, group) => sum + group.subjects.filter((subject) => subject.state === 'proposed' && subject.active).length,
    0,
  );
  const nameOf = (id: string | null) => all.find((subject) => subject.id === id)?.name ?? null;

  const change = (subject: Subject, changes: { active?: boolean; confirm?: true }, done: string) => {
    if (updating.busy) return;
    setPendingId(subject.id);
    void updating.run(subject.id, changes, done);
  };

  return (
    <>
      <PageHeader title={words.title} intro={words.intro} />
      {subjects.status === 'loading' && <CenteredLoader />}
      {subjects.status === 'error' && <ErrorAlert error={subjects.error} onRetry={subjects.reload} />}
      {subjects.status === 'success' && (
        <Stack gap="md" aria-busy={subjects.refreshing}>
          {!mayManage && (
            <Alert variant="light" color="blue">
              {words.readOnly}
            </Alert>
          )}
          {failure && <ErrorAlert error={failure} />}
          <div role="search" aria-label={words.filtersLabel} className="subjects-toolbar">
            <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
              <NativeSelect
                label={words.register}
                name="subjects-register"
                value={filter.typeKey}
                onChange={(event) => setFilter({ ...filter, typeKey: event.currentTarget.value })}
                data={[
                  { value: '', label: words.allRegisters },
                  ...registerKeys.map((key) => ({ value: key, label: registerName(key) })),
                ]}
              />
              <TextInput
                label={words.search}
                name="subjects-search"
                type="search"
                value={filter.search}
                onChange={(event) => setFilter({ ...filter, search: event.currentTarget.value })}
              />
              <Checkbox
                className="subjects-checkbox"
                label={words.onlyProposed}
                name="subjects-proposed"
                checked={filter.onlyProposed}
                onChange={(event) => setFilter({ ...filter, onlyProposed: event.currentTarget.checked })}
              />
              <Checkbox
                className="subjects-checkbox"
                label={words.showInactive}
                name="subjects-inactive"
                checked={showInactive}
                onChange={(event) => setShowInactive(event.currentTarget.checked)}
              />
            </SimpleGrid>
            <Text size="sm" fw={500} mt="sm" role="status" aria-live="polite">
              {fill(words.summary, { count: number(shownCount), proposed: number(proposedCount) })}
            </Text>
          </div>
          {all.length === 0 && <Text>{words.empty}</Text>}
          {all.length > 0 && groups.length === 0 && <Text>{words.nothingShown}</Text>}
          {groups.map((group) => (
            <section key={group.typeKey} aria-labelledby={`subjects-${group.typeKey}`} className="subjects-group">
              <Title order={2} size="h4" id={`subjects-${group.typeKey}`} mb="xs">
                {registerName(group.typeKey)}{' '}
                <Text component="span" c="dimmed" size="sm">
                  ({number(group.subjects.length)})
                </Text>
              </Title>
              <Table className="subjects-table" verticalSpacing="xs" fz="sm">
                <caption className="visually-hidden">
                  {fill(words.caption, { register: registerName(group.typeKey) })}
                </caption>
                <TableHead
                  cells={[
                    words.name,
                    words.section,
                    words.state,
                    { label: words.registrations, className: 'subjects-number' },
                    words.indicators,
                    mayManage && words.actions,
                  ]}
                />
                <Table.Tbody>
                  {group.subjects.map((subject) => (
                    <Table.Tr
                      key={subject.id}
                      data-subject-id={subject.id}
                      data-state={subject.state}
                      data-inactive={!subject.active || undefined}
                    >
                      <Table.Td data-label={words.name}>
                        <Text fw={600} size="sm">
                          {subject.name}
                        </Text>
                        <Text size="xs" className="secondary-text">
                          {fill(words.kindLabel, { kind: words.kinds[subject.kind] })}
                        </Text>
                      </Table.Td>
                      <Table.Td data-label={words.section}>{subject.sectionNumber ?? '–'}</Table.Td>
                      <Table.Td data-label={words.state} className="subjects-state">
                        <SubjectState subject={subject} mergedInto={nameOf(subject.mergedIntoId)} />
                      </Table.Td>
                      <Table.Td data-label={words.registrations} className="subjects-number">
                        {number(subject.registrations)}
                      </Table.Td>
                      <Table.Td data-label={words.indicators}>
                        {subject.indicators.length === 0 ? (
                          <Text size="xs" className="secondary-text">
                            {words.noIndicators}
                          </Text>
                        ) : (
                          <List size="xs" spacing={2} className="subjects-indicators">
                            {subject.indicators.map((indicator) => (
                              <List.Item key={indicator.id}>
                                <strong>{indicator.number}</strong> {indicator.text}
                              </List.Item>
                            ))}
                          </List>
                        )}
                      </Table.Td>
                      {mayManage && (
                        <Table.Td data-label={words.actions}>
                          {subject.mergedIntoId === null && (
                            <Group gap={6} wrap="wrap" className="subjects-actions">
                              {subject.state === 'proposed' && subject.active && (
                                <Button
                                  size="compact-sm"
                                  onClick={() =>
                                    change(
                                      subject,
                                      { confirm: true },
                                      fill(words.confirmedDone, { name: subject.name }),
                                    )
                                  }
                                  loading={busy === subject.id}
                                  aria-label={fill(words.confirmLabel, { name: subject.name })}
                                >
                                  {words.confirm}
                                </Button>
                              )}
                              {(['rename', 'merge'] as const)
                                .filter((kind) => kind === 'rename' || subject.active)
                                .map((kind) => (
                                  <Button
                                    key={kind}
                                    size="compact-sm"
                                    variant="outline"
                                    onClick={() => setDialog({ kind, subject })}
                                    aria-label={fill(words[`${kind}Label`], { name: subject.name })}
                                  >
                                    {words[kind]}
                                  </Button>
                                ))}
                              <Button
                                size="compact-sm"
                                variant="subtle"
                                color={subject.active ? 'red.9' : undefined}
                                disabled={busy !== null}
                                onClick={() =>
                                  change(
                                    subject,
                                    { active: !subject.active },
                                    fill(subject.active ? words.deactivated : words.reactivated, {
                                      name: subject.name,
                                    }),
                                  )
                                }
                                aria-label={fill(subject.active ? words.deactivateLabel : words.reactivateLabel, {
                                  name: subject.name,
                                })}
                              >
                                {subject.active ? words.deactivate : words.reactivate}
                              </Button>
                            </Group>
                          )}
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </section>
          ))}
        </Stack>
      )}
      <RenameDialog
        subject={dialog?.kind === 'rename' ? dialog.subject : null}
        onClose={() => setDialog(null)}
        onDone={() => {
          setDialog(null);
          subjects.reload();
        }}
      />
      <MergeDialog
        subject={dialog?.kind === 'merge' ? dialog.subject : null}
        all={all}
        registerName={registerName}
        onClose={() => setDialog(null)}
        onDone={() => {
          setDialog(null);
          subjects.reload();
        }}
      />
    </>
  );
}

function SubjectState({ subject, mergedInto }: { subject: Subject; mergedInto: string | null }) {
  const { t, fill } = useI18n();
  const words = t.subjects;
  if (subject.mergedIntoId) {
    return (
      <Badge variant="outline" color="gray.7" className="subject-badge">
        {mergedInto ? fill(words.mergedInto, { name: mergedInto }) : words.mergedElsewhere}
      </Badge>
    );
  }
  return (
    <Group gap={4} wrap="wrap">
      <Badge variant="outline" color={subject.state === 'confirmed' ? 'teal.9' : '#a33d08'} className="subject-badge">
        {subject.state === 'confirmed' ? words.confirmed : words.proposed}
      </Badge>
      {!subject.active && (
        <Badge variant="outline" color="gray.7" className="subject-badge">
          {words.inactive}
        </Badge>
      )}
    </Group>
  );
}

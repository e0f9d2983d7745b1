import './subjects.css';
import { Alert, Button, Group, Modal, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { Subject } from '../../../shared/subjects/subject.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { FormActions } from '../../components/form-modal.js';
import { useSubmit } from '../../lib/use-submit.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { subjectsApi } from './subjects.api.js';
import { mergeTargets } from './subjects-model.js';

/** The subjects page's dialogs (subjects-page.tsx): rename a subject, merge it into another of the same register. */

/**
 * Runs `reset` when a dialog opens on a subject, once until it is closed (a dialog's fields start afresh each time it
 * opens, not on every render); call the returned `forget` when it closes.
 */
function useFreshFor(subject: Subject | null, reset: (subject: Subject) => void): () => void {
  const [shownFor, setShownFor] = useState<string | null>(null);
  if (subject && shownFor !== subject.id) {
    setShownFor(subject.id);
    reset(subject);
  }
  return () => setShownFor(null);
}

export function RenameDialog({
  subject,
  onClose,
  onDone,
}: {
  subject: Subject | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t, fill } = useI18n();
  const words = t.subjects;
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const save = useSubmit(
    async (id: string, next: string) => {
      await subjectsApi.update(id, { name: next });
      forget();
      onDone();
      return next;
    },
    (next) => fill(words.renamed, { name: next }),
  );
  const forget = useFreshFor(subject, (opened) => {
    setName(opened.name);
    setProblem(null);
    save.setError(null);
  });
  const close = () => {
    forget();
    onClose();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!subject || save.busy) return;
    const next = name.trim();
    if (next.length < 2 || next.length > 200) {
      setProblem(words.nameInvalid);
      return;
    }
    void save.run(subject.id, next);
  };

  return (
    <Modal
      opened={subject !== null}
      onClose={close}
      title={words.renameTitle}
      closeButtonProps={{ 'aria-label': t.app.close }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {save.error && <ErrorAlert error={save.error} />}
          <TextInput
            label={words.newName}
            name="subject-name"
            required
            value={name}
            error={problem}
            description={words.renameHint}
            maxLength={200}
            data-autofocus
            onChange={(event) => {
              setName(event.currentTarget.value);
              setProblem(null);
            }}
          />
          <FormActions onCancel={close} cancel={words.cancel} save={words.save} busy={save.busy} />
        </Stack>
      </form>
    </Modal>
  );
}

export function MergeDialog({
  subject,
  all,
  registerName,
  onClose,
  onDone,
}: {
  subject: Subject | null;
  all: Subject[];
  registerName: (typeKey: string) => string;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t, fill, number } = useI18n();
  const words = t.subjects;
  const [intoId, setIntoId] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const merge = useSubmit(
    async (from: Subject, intoId: string, into: Subject | undefined) => {
      const moved = await subjectsApi.merge(from.id, intoId);
      forget();
      onDone();
      return { from, into, moved };
    },
    ({ from, into, moved }) =>
      fill(words.mergedDone, { name: from.name, into: into?.name ?? '', moved: number(moved) }),
  );
  const forget = useFreshFor(subject, () => {
    setIntoId('');
    setProblem(null);
    merge.setError(null);
  });
  const targets = subject ? mergeTargets(all, subject) : [];
  const close = () => {
    forget();
    onClose();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!subject || merge.busy) return;
    if (!intoId) {
      setProblem(words.mergeRequired);
      return;
    }
    const into = all.find((candidate) => candidate.id === intoId);
    void merge.run(subject, intoId, into);
  };

  return (
    <Modal
      opened={subject !== null}
      onClose={close}
      title={subject ? fill(words.mergeTitle, { name: subject.name }) : ''}
      closeButtonProps={{ 'aria-label': t.app.close }}
      size="lg"
    >
      {subject && (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            {merge.error && <ErrorAlert error={merge.error} />}
            <Text size="sm">
              {fill(words.mergeExplain, { count: number(subject.registrations), name: subject.name })}
            </Text>
            <Text size="sm" fw={600}>
              {words.mergeAudited}
            </Text>
            {targets.length === 0 ? (
              <Alert variant="light" color="blue">
                {words.mergeNone}
              </Alert>
            ) : (
              <NativeSelect
                label={`${words.mergeInto} (${registerName(subject.typeKey)})`}
                name="subject-merge-into"
                required
                value={intoId}
                error={problem}
                onChange={(event) => {
                  setIntoId(event.currentTarget.value);
                  setProblem(null);
                }}
                data={[
                  { value: '', label: words.mergeChoose },
                  ...targets.map((target) => ({
                    value: target.id,
                    label: target.sectionNumber
                      ? fill(words.picker.option, { name: target.name, section: target.sectionNumber })
                      : target.name,
                  })),
                ]}
              />
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {words.cancel}
              </Button>
              <Button type="submit" color="red.9" loading={merge.busy} disabled={targets.length === 0}>
                {words.mergeConfirm}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

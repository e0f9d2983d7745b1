import {
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { CaseDetail } from '../../../shared/api/cases.schema.js';
import { type CaseTypeDefinition, stepOf } from '../../../shared/cases/case-types.js';
import type { ApiError } from '../../api/api-client.js';
import { toApiError } from '../../api/use-api-query.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useNotify } from '../../components/use-notify.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { casesApi } from './cases.api.js';
import { useToday } from '../auth/session-context.js';

/** Records the next step: only the steps the rules allow now are offered (the server checks again). */
export function CaseStepForm({
  detail,
  type,
  onDone,
}: {
  detail: CaseDetail;
  type: CaseTypeDefinition;
  onDone: () => void;
}) {
  const { t, locale } = useI18n();
  const today = useToday();
  const words = t.cases;
  const notify = useNotify();
  const [stepKey, setStepKey] = useState('');
  const [doneOn, setDoneOn] = useState(today);
  const [outcome, setOutcome] = useState('');
  const [hours, setHours] = useState<number | string>('');
  const [choices, setChoices] = useState<Record<string, string>>({});
  const [note, setNote] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const step = stepOf(type, stepKey);
  const consentMissing =
    type.consentStep !== undefined &&
    !detail.steps.some((s) => s.stepKey === type.consentStep && s.outcome === 'granted');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await casesApi.recordStep(detail.id, {
        stepKey,
        doneOn,
        outcome: outcome || null,
        hours: typeof hours === 'number' ? hours : null,
        choices: Object.fromEntries(Object.entries(choices).filter(([, v]) => v !== '')),
        note: note.trim() || null,
      });
      notify(words.stepSaved, 'success');
      setStepKey('');
      setOutcome('');
      setHours('');
      setChoices({});
      setNote('');
      onDone();
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="record-step-title">
      <Title order={2} size="h4" id="record-step-title" mb="sm">
        {words.recordStep}
      </Title>
      {consentMissing && (
        <Text size="sm" mb="sm">
          {words.consentFirst}
        </Text>
      )}
      {detail.availableSteps.length === 0 ? (
        <Text size="sm">{words.noStepPossible}</Text>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack>
            {error && <ErrorAlert error={error} />}
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NativeSelect
                label={words.step}
                value={stepKey}
                required
                onChange={(e) => {
                  setStepKey(e.currentTarget.value);
                  setOutcome('');
                  setChoices({});
                }}
                data={[
                  { value: '', label: words.chooseStep },
                  ...detail.availableSteps.map((key) => ({
                    value: key,
                    label: stepOf(type, key)?.labels[locale] ?? key,
                  })),
                ]}
              />
              <TextInput
                type="date"
                label={words.doneOn}
                value={doneOn}
                min={detail.openedOn}
                max={today}
                onChange={(e) => setDoneOn(e.currentTarget.value)}
                required
              />
              {step?.outcomes && (
                <NativeSelect
                  label={words.outcome}
                  value={outcome}
                  required
                  onChange={(e) => setOutcome(e.currentTarget.value)}
                  data={[
                    { value: '', label: words.chooseOutcome },
                    ...step.outcomes.map((o) => ({ value: o.key, label: o.labels[locale] })),
                  ]}
                />
              )}
              {step?.hours && detail.maxHours !== null && (
                <NumberInput
                  label={words.hours}
                  value={hours}
                  onChange={setHours}
                  min={0.5}
                  step={0.5}
                  max={detail.maxHours - detail.hoursUsed}
                  required
                  description={`${detail.hoursUsed} / ${detail.maxHours}`}
                />
              )}
              {step?.choices?.map((choice) => (
                <NativeSelect
                  key={choice.key}
                  label={choice.labels[locale]}
                  value={choices[choice.key] ?? ''}
                  required={choice.required ?? false}
                  onChange={(e) => setChoices((c) => ({ ...c, [choice.key]: e.currentTarget.value }))}
                  data={[
                    { value: '', label: '—' },
                    ...choice.options.map((o) => ({ value: o.key, label: o.labels[locale] })),
                  ]}
                />
              ))}
            </SimpleGrid>
            {step && (
              <Textarea
                label={words.note}
                value={note}
                onChange={(e) => setNote(e.currentTarget.value)}
                autosize
                minRows={2}
                maxLength={5000}
              />
            )}
            <Group>
              <Button type="submit" loading={busy} disabled={!step}>
                {words.save}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Paper>
  );
}

/** Closes the case with one of its type's outcomes. */
export function CaseCloseForm({
  detail,
  type,
  onDone,
}: {
  detail: CaseDetail;
  type: CaseTypeDefinition;
  onDone: () => void;
}) {
  const { t, locale } = useI18n();
  const today = useToday();
  const words = t.cases;
  const notify = useNotify();
  const [outcome, setOutcome] = useState('');
  const [closedOn, setClosedOn] = useState(today);
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await casesApi.close(detail.id, outcome, closedOn);
      notify(words.closedDone, 'success');
      onDone();
    } catch (caught) {
      setError(toApiError(caught));
    }
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="close-case-title">
      <Title order={2} size="h4" id="close-case-title" mb="sm">
        {words.close}
      </Title>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          {error && <ErrorAlert error={error} />}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={words.closeOutcome}
              value={outcome}
              required
              onChange={(e) => setOutcome(e.currentTarget.value)}
              data={[
                { value: '', label: words.chooseOutcome },
                ...type.closeOutcomes.map((o) => ({ value: o.key, label: o.labels[locale] })),
              ]}
            />
            <TextInput
              type="date"
              label={words.closedOn}
              value={closedOn}
              max={today}
              onChange={(e) => setClosedOn(e.currentTarget.value)}
              required
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" variant="outline" disabled={!outcome}>
              {words.closeSave}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

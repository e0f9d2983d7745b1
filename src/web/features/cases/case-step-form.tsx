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
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { CaseDetail } from '../../../shared/api/cases.schema.js';
import { type CaseTypeDefinition, stepOf } from '../../../shared/cases/case-types.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useSubmit } from '../../lib/use-submit.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { casesApi } from './cases.api.js';
import { useToday } from '../auth/session-context.js';
import { DateField } from '../../components/date-field.js';

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
  const [stepKey, setStepKey] = useState('');
  const [doneOn, setDoneOn] = useState(today);
  const [outcome, setOutcome] = useState('');
  const [hours, setHours] = useState<number | string>('');
  const [choices, setChoices] = useState<Record<string, string>>({});
  const [note, setNote] = useState('');
  const step = stepOf(type, stepKey);
  const consentMissing =
    type.consentStep !== undefined &&
    !detail.steps.some((s) => s.stepKey === type.consentStep && s.outcome === 'granted');

  const { run, busy, error } = useSubmit(async () => {
    await casesApi.recordStep(detail.id, {
      stepKey,
      doneOn,
      outcome: outcome || null,
      hours: typeof hours === 'number' ? hours : null,
      choices: Object.fromEntries(Object.entries(choices).filter(([, v]) => v !== '')),
      note: note.trim() || null,
    });
    setStepKey('');
    setOutcome('');
    setHours('');
    setChoices({});
    setNote('');
    onDone();
  }, words.stepSaved);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run();
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="record-step-title" data-print="hide">
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
              <DateField
                label={words.doneOn}
                value={doneOn}
                min={detail.openedOn}
                max={today}
                onChange={(day) => setDoneOn(day)}
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
  const [outcome, setOutcome] = useState('');
  const [closedOn, setClosedOn] = useState(today);
  const { run, busy, error } = useSubmit(async () => {
    await casesApi.close(detail.id, outcome, closedOn);
    onDone();
  }, words.closedDone);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run();
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="close-case-title" data-print="hide">
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
            <DateField
              label={words.closedOn}
              value={closedOn}
              max={today}
              onChange={(day) => setClosedOn(day)}
              required
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" variant="outline" disabled={!outcome} loading={busy}>
              {words.closeSave}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

import { NativeSelect, NumberInput, Text } from '@mantine/core';
import { useState } from 'react';
import type { CaseDetail } from '../../../shared/api/cases.schema.js';
import { type CaseTypeDefinition, stepOf } from '../../../shared/cases/case-types.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import { GridForm } from '../../components/grid-form.js';
import { useSubmit } from '../../lib/use-submit.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { casesApi } from './cases.api.js';
import { useToday } from '../auth/session-context.js';
import { CloseForm } from '../../components/close-form.js';
import { LongTextField } from '../../components/long-text-field.js';
import { PastDayField } from '../../components/past-day-field.js';
import { Panel } from '../../components/panel.js';

interface CaseFormProps {
  detail: CaseDetail;
  type: CaseTypeDefinition;
  onDone: () => void;
}

/** A select's choices: a blank "choose" first, then each keyed item in the reader's language. */
function choicesWithBlank(
  blank: string,
  items: readonly { key: string; labels: Record<Locale, string> }[],
  locale: Locale,
) {
  return [{ value: '', label: blank }, ...items.map((o) => ({ value: o.key, label: o.labels[locale] }))];
}

/** Records the next step: only the steps the rules allow now are offered (the server checks again). */
export function CaseStepForm({ detail, type, onDone }: CaseFormProps) {
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

  const { onSubmit, busy, error } = useSubmit(async () => {
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

  return (
    <Panel id="record-step" title={words.recordStep} print="hide">
      {consentMissing && (
        <Text size="sm" mb="sm">
          {words.consentFirst}
        </Text>
      )}
      {detail.availableSteps.length === 0 ? (
        <Text size="sm">{words.noStepPossible}</Text>
      ) : (
        <GridForm
          onSubmit={onSubmit}
          error={error}
          busy={busy}
          save={words.save}
          disabled={!step}
          below={step && <LongTextField label={words.note} value={note} onChange={setNote} maxLength={5000} />}
        >
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
          <PastDayField label={words.doneOn} value={doneOn} min={detail.openedOn} onChange={setDoneOn} />
          {step?.outcomes && (
            <NativeSelect
              label={words.outcome}
              value={outcome}
              required
              onChange={(e) => setOutcome(e.currentTarget.value)}
              data={choicesWithBlank(words.chooseOutcome, step.outcomes, locale)}
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
              data={choicesWithBlank('—', choice.options, locale)}
            />
          ))}
        </GridForm>
      )}
    </Panel>
  );
}

/** Closes the case with one of its type's outcomes. */
export function CaseCloseForm({ detail, type, onDone }: CaseFormProps) {
  const { t, locale } = useI18n();
  const words = t.cases;
  return (
    <CloseForm
      id="close-case"
      words={{
        title: words.close,
        outcome: words.closeOutcome,
        chooseOutcome: words.chooseOutcome,
        closedOn: words.closedOn,
        save: words.closeSave,
        saved: words.closedDone,
      }}
      outcomes={type.closeOutcomes.map((o) => ({ value: o.key, label: o.labels[locale] }))}
      close={(outcome, closedOn) => casesApi.close(detail.id, outcome, closedOn)}
      onDone={onDone}
    />
  );
}

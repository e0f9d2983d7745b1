import { NativeSelect, NumberInput, Text } from '@mantine/core';
import { useState } from 'react';
import type { FindingDetail, FindingStepBody } from '../../../shared/api/enforcement-procedure.schema.js';
import { stepOf } from '../../../shared/cases/case-types.js';
import { maximumFineCents } from '../../../shared/enforcement/catalogue.js';
import { gasProcedure } from '../../../shared/enforcement/procedure.js';
import { CloseForm } from '../../components/close-form.js';
import { GridForm } from '../../components/grid-form.js';
import { LongTextField } from '../../components/long-text-field.js';
import { Panel } from '../../components/panel.js';
import { PastDayField } from '../../components/past-day-field.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useSubmit } from '../../lib/use-submit.js';
import { useToday } from '../auth/session-context.js';
import { closeLabel, stepLabel } from '../cases/case-words.js';
import { procedureApi } from './procedure.api.js';

interface FindingFormProps {
  finding: FindingDetail;
  onDone: () => void;
}

/** A police court's judgment is recorded on the appeal recorded as pending (the same step gets its outcome). */
export function appealPending(finding: FindingDetail): boolean {
  return finding.steps.some((s) => s.stepKey === 'appealed' && s.outcome === 'pending');
}

/** The next step of one finding: only the steps the procedure allows now (the server checks again). */
export function FindingStepForm({ finding, onDone }: FindingFormProps) {
  const { t } = useI18n();
  const w = t.enforcementProcedure.step;
  const steps = finding.availableSteps.filter((key) => key !== 'appealed');
  return (
    <Panel id="record-step" title={w.title} print="hide">
      {steps.length === 0 ? (
        <Text size="sm">{w.none}</Text>
      ) : (
        <StepFields finding={finding} steps={steps} save={w.save} onDone={onDone} />
      )}
    </Panel>
  );
}

/** The appeal at the police court: lodged (pending, or judged at once), then the judgment on the pending one. */
export function FindingAppealForm({ finding, onDone }: FindingFormProps) {
  const { t } = useI18n();
  const w = t.enforcementProcedure.appeal;
  const pending = appealPending(finding);
  if (!pending && !finding.availableSteps.includes('appealed')) return null;
  return (
    <Panel id="appeal" title={w.title} print="hide">
      <Text size="sm" mb="sm">
        {pending ? w.judgment : w.intro}
      </Text>
      <StepFields
        finding={finding}
        steps={['appealed']}
        withoutOutcomes={pending ? ['pending'] : []}
        save={w.save}
        onDone={onDone}
      />
    </Panel>
  );
}

function StepFields({
  finding,
  steps,
  withoutOutcomes = [],
  save,
  onDone,
}: FindingFormProps & { steps: readonly string[]; withoutOutcomes?: readonly string[]; save: string }) {
  const { t, locale } = useI18n();
  const today = useToday();
  const w = t.enforcementProcedure.step;
  const only = steps.length === 1 ? steps[0] : undefined;
  const [stepKey, setStepKey] = useState(only ?? '');
  const [doneOn, setDoneOn] = useState(today);
  const [outcome, setOutcome] = useState('');
  const [euros, setEuros] = useState<number | string>('');
  const [note, setNote] = useState('');
  const step = stepOf(gasProcedure, stepKey);
  const outcomes = (step?.outcomes ?? []).filter(
    (o) => !withoutOutcomes.includes(o.key) && !(o.key === 'mediation' && !finding.mediationAllowed),
  );
  // A fine needs its amount only when the article has none (an ABP article: the officer sets it).
  const asksAmount = stepKey === 'decided' && outcome === 'fine' && finding.amountCents === null;

  const { onSubmit, busy, error } = useSubmit(async () => {
    const body: FindingStepBody = { stepKey, doneOn };
    if (outcome) body.outcome = outcome;
    if (asksAmount && typeof euros === 'number') body.amountCents = Math.round(euros * 100);
    if (note.trim()) body.note = note.trim();
    await procedureApi.recordStep(finding.id, body);
    setStepKey(only ?? '');
    setOutcome('');
    setEuros('');
    setNote('');
    onDone();
  }, w.saved);

  return (
    <GridForm
      onSubmit={onSubmit}
      error={error}
      busy={busy}
      save={save}
      disabled={!step || (outcomes.length > 0 && !outcome) || (asksAmount && typeof euros !== 'number')}
      below={step && <LongTextField label={w.note} value={note} onChange={setNote} maxLength={2000} />}
    >
      {!only && (
        <NativeSelect
          label={w.step}
          value={stepKey}
          required
          onChange={(e) => {
            setStepKey(e.currentTarget.value);
            setOutcome('');
          }}
          data={[
            { value: '', label: w.choose },
            ...steps.map((key) => ({ value: key, label: stepLabel(gasProcedure, key, locale) })),
          ]}
        />
      )}
      <PastDayField label={w.doneOn} value={doneOn} min={finding.observedOn} onChange={setDoneOn} />
      {outcomes.length > 0 && (
        <NativeSelect
          label={w.outcome}
          value={outcome}
          required
          onChange={(e) => setOutcome(e.currentTarget.value)}
          data={[
            { value: '', label: w.chooseOutcome },
            ...outcomes.map((o) => ({ value: o.key, label: o.labels[locale] })),
          ]}
        />
      )}
      {asksAmount && (
        <NumberInput
          label={w.amount}
          description={w.amountHint}
          required
          min={0.01}
          max={maximumFineCents / 100}
          decimalScale={2}
          decimalSeparator=","
          value={euros}
          onChange={setEuros}
        />
      )}
    </GridForm>
  );
}

/** Closes the finding with one of the outcomes the procedure allows now. */
export function FindingCloseForm({ finding, onDone }: FindingFormProps) {
  const { t, locale } = useI18n();
  const w = t.enforcementProcedure.close;
  return (
    <CloseForm
      id="close-finding"
      words={{ ...w, chooseOutcome: t.enforcementProcedure.step.chooseOutcome }}
      outcomes={finding.closeOutcomes.map((key) => ({ value: key, label: closeLabel(gasProcedure, key, locale) }))}
      min={finding.observedOn}
      close={(outcome, closedOn) => procedureApi.close(finding.id, { outcome, closedOn })}
      onDone={onDone}
    />
  );
}

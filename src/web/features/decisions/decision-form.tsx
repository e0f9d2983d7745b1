import { Button, FileInput, Group, NativeSelect, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { decisionPathSchema, type DecisionPath } from '../../../shared/api/decisions.schema.js';
import { decisionSteps, type DecisionStep } from '../../../shared/finance/decision-path.js';
import { apiClient } from '../../api/api-client.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { subjectsApi } from '../subjects/subjects.api.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { filesApi, readBase64 } from '../../lib/files.api.js';
import { useSubmit } from '../../lib/use-submit.js';
import { proposedStep } from '../finance/finance-forms-model.js';
import { DateField } from '../../components/date-field.js';
import { TitledForm } from '../../components/titled-form.js';

/** Which recorded step to correct: editing is its own explicit action, never what a new decision starts from. */
export interface DecisionEdit {
  subjectKey: string;
  step: DecisionStep;
}

/**
 * Records one dated step of a plan version's or a yearly report's path with its decision document, or — with
 * `editing` — corrects a recorded one. A new decision starts empty (only the next step is proposed), so it never
 * looks as if it were saved already. The server refuses a step out of order (DECISION_STEP_OUT_OF_ORDER).
 */
export function DecisionForm({
  paths,
  onSaved,
  editing = null,
}: {
  paths: DecisionPath[];
  onSaved: () => void;
  editing?: DecisionEdit | null;
}) {
  const { t, fill, date } = useI18n();
  const w = t.financeForms;
  const stepWord: Record<DecisionStep, string> = {
    college_referral: t.calendar.stageCollege,
    council_approval: t.calendar.stageCouncil,
    ministry_submission: t.calendar.stageMinistry,
  };
  const [subjectKey, setSubjectKey] = useState(editing?.subjectKey ?? paths[0]?.subjectKey ?? '');
  const path = paths.find((p) => p.subjectKey === subjectKey);
  const [step, setStep] = useState<DecisionStep>(editing?.step ?? (path ? proposedStep(path) : 'college_referral'));
  const recorded = path?.steps.find((s) => s.step === step && s.decidedOn !== null);
  // Only a correction starts from the recorded values; a new decision starts empty.
  const [decidedOn, setDecidedOn] = useState(editing ? (recorded?.decidedOn ?? '') : '');
  const [reference, setReference] = useState(editing ? (recorded?.reference ?? '') : '');
  const [file, setFile] = useState<File | null>(null);
  // What the step decides on, when an indicator counts it (e.g. the yearly action programmes); '' keeps the default.
  const decisionSubjects = useApiQuery(() => subjectsApi.list({ typeKey: 'decision' }), 'subjects:decision:active');
  const subjectOptions = decisionSubjects.status === 'success' ? decisionSubjects.data : [];
  const [decisionSubjectId, setDecisionSubjectId] = useState('');
  const [problems, setProblems] = useState<{ decidedOn?: string; reference?: string }>({});

  /** Choosing a subject or a step: a new decision stays empty; a correction shows what is recorded for the step. */
  const choose = (nextKey: string, nextStep: DecisionStep | null) => {
    const nextPath = paths.find((p) => p.subjectKey === nextKey);
    const chosenStep = nextStep ?? (nextPath ? proposedStep(nextPath) : 'college_referral');
    const existing = editing ? nextPath?.steps.find((s) => s.step === chosenStep) : undefined;
    setSubjectKey(nextKey);
    setStep(chosenStep);
    setDecidedOn(existing?.decidedOn ?? '');
    setReference(existing?.reference ?? '');
    setFile(null);
    setDecisionSubjectId('');
    setProblems({});
    save.setError(null);
  };

  // After a save (or another year) the paths change: a new decision proposes the next step of the same subject.
  // `choose` and `paths` are new on every render; the signature says when they really changed.
  const signature = paths
    .map((p) => `${p.subjectKey}:${p.stage ?? ''}:${p.steps.map((x) => x.decidedOn ?? '').join(',')}`)
    .join('|');
  useEffect(() => {
    if (editing) return;
    choose(paths.some((p) => p.subjectKey === subjectKey) ? subjectKey : (paths[0]?.subjectKey ?? ''), null);
  }, [signature]);

  const save = useSubmit(async () => {
    if (!path) return;
    const fileId = file ? (await filesApi.upload(file.name, await readBase64(file))).id : (recorded?.fileId ?? null);
    await apiClient.request('/api/decisions', {
      method: 'PUT',
      body: {
        subjectKind: path.subjectKind,
        subjectKey: path.subjectKey,
        step,
        decidedOn,
        reference: reference.trim(),
        fileId,
        ...(decisionSubjectId ? { subjectId: decisionSubjectId } : {}),
      },
      schema: decisionPathSchema,
    });
    setFile(null);
    onSaved();
  }, w.decisionSaved);

  const submit = async () => {
    const found = {
      ...(decidedOn ? {} : { decidedOn: t.partners.required }),
      ...(reference.trim() ? {} : { reference: t.partners.required }),
    };
    setProblems(found);
    if (!path || Object.keys(found).length > 0) return;
    await save.run();
  };

  if (paths.length === 0) return null;
  return (
    <TitledForm id="decision-form" title={editing ? w.decisionEditTitle : w.decisionTitle} maw={720} onSubmit={submit}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NativeSelect
          label={w.decisionSubject}
          value={subjectKey}
          onChange={(e) => choose(e.currentTarget.value, null)}
          data={paths.map((p) => ({ value: p.subjectKey, label: p.label }))}
        />
        <NativeSelect
          label={w.decisionStep}
          value={step}
          onChange={(e) => choose(subjectKey, e.currentTarget.value as DecisionStep)}
          data={decisionSteps.map((s) => ({ value: s, label: stepWord[s] }))}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <DateField
          label={w.decisionDate}
          withAsterisk
          value={decidedOn}
          error={problems.decidedOn}
          onChange={(day) => setDecidedOn(day)}
        />
        <TextInput
          label={w.decisionReference}
          description={w.decisionReferenceHint}
          withAsterisk
          maxLength={300}
          value={reference}
          error={problems.reference}
          onChange={(e) => setReference(e.currentTarget.value)}
        />
      </SimpleGrid>
      {subjectOptions.length > 0 && (
        <NativeSelect
          label={w.decisionCountsAs}
          value={decisionSubjectId}
          onChange={(e) => setDecisionSubjectId(e.currentTarget.value)}
          data={[
            { value: '', label: w.decisionCountsAsDefault },
            ...subjectOptions.map((s) => ({
              value: s.id,
              label: s.sectionNumber ? `${s.sectionNumber} · ${s.name}` : s.name,
            })),
          ]}
        />
      )}
      <FileInput
        label={w.decisionFile}
        description={recorded?.fileId ? w.decisionKeepsFile : undefined}
        value={file}
        onChange={setFile}
        clearable
        accept=".pdf,.docx,.odt,.png,.jpg,.jpeg,.txt"
      />
      {save.error && <ErrorAlert error={save.error} />}
      {path && (
        <Text size="sm">{`${path.label} — ${fill(w.decisionDue, { date: date(`${path.due}T12:00:00Z`) })}`}</Text>
      )}
      <Group>
        <Button type="submit" loading={save.busy}>
          {t.finance.save}
        </Button>
      </Group>
    </TitledForm>
  );
}

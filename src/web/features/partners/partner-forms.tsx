import { Button, Group, NativeSelect, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { partnerKinds, type Agreement, type Partner } from '../../../shared/api/partners.schema.js';
import { agreementRhythms, type AgreementRhythm } from '../../../shared/partners/review-schedule.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { subjectsApi } from '../subjects/subjects.api.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useSubmit } from '../../lib/use-submit.js';
import { AttachmentsField } from '../../components/attachments-field.js';
import { checkAgreement, openReview, type AgreementDraft, type AgreementProblem } from './agreement-model.js';
import { partnersApi, type PartnerKind } from './partners.api.js';
import { DateField } from '../../components/date-field.js';
import { TitledForm } from '../../components/titled-form.js';

/** A new partner organisation: its name and kind. */
export function PartnerForm({ onSaved }: { onSaved: () => void }) {
  const { t } = useI18n();
  const w = t.partners;
  const [name, setName] = useState('');
  const [kind, setKind] = useState<PartnerKind>('non_profit');
  const [nameError, setNameError] = useState<string | null>(null);

  const { run, busy, error } = useSubmit(async () => {
    await partnersApi.addPartner({ name: name.trim(), kind });
    setName('');
    onSaved();
  }, w.partnerSaved);
  const submit = async () => {
    const tooShort = name.trim().length < 2;
    setNameError(tooShort ? w.nameTooShort : null);
    if (tooShort) return;
    await run();
  };

  return (
    <TitledForm id="partner-form" title={w.addPartner} maw={640} onSubmit={submit}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={w.name}
          required
          maxLength={200}
          value={name}
          error={nameError}
          onChange={(e) => setName(e.currentTarget.value)}
        />
        <NativeSelect
          label={w.kind}
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as PartnerKind)}
          data={partnerKinds.map((k) => ({ value: k, label: w.kindNames[k] }))}
        />
      </SimpleGrid>
      {error && <ErrorAlert error={error} />}
      <Group>
        <Button type="submit" loading={busy}>
          {w.addPartner}
        </Button>
      </Group>
    </TitledForm>
  );
}

const emptyDraft = (partnerId: string, today: string): AgreementDraft => ({
  partnerId,
  title: '',
  objectivesText: '',
  rhythm: 'half_yearly',
  signedOn: today,
  endOn: '',
  objectiveLineageId: '',
  fileIds: [],
});

/**
 * A new cooperation agreement: partner, measurable objectives, monitoring rhythm, period, plan objective, documents.
 */
export function AgreementForm({
  partners,
  objectives,
  today,
  onSaved,
}: {
  partners: Partner[];
  objectives: { lineageId: string; label: string }[];
  today: string;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const w = t.partners;
  const [draft, setDraft] = useState<AgreementDraft>(() =>
    emptyDraft(partners.length === 1 ? (partners[0]?.id ?? '') : '', today),
  );
  const [problems, setProblems] = useState<Partial<Record<string, AgreementProblem>>>({});
  const set = <K extends keyof AgreementDraft>(key: K, value: AgreementDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  // The kinds of document the plan counts: an agreement that is one of them counts for its indicators.
  const documentSubjects = useApiQuery(() => subjectsApi.list({ typeKey: 'document' }), 'subjects:document:active');
  const subjectOptions =
    documentSubjects.status === 'success' ? documentSubjects.data.filter((s) => s.reportKind === null) : [];
  const problem = (field: string): string | undefined => {
    const p = problems[field];
    return p
      ? {
          required: w.required,
          tooShort: w.tooShort,
          objectiveTooShort: w.objectiveTooShort,
          tooMany: w.tooMany,
          endBeforeStart: w.endBeforeStart,
        }[p]
      : undefined;
  };

  const { run, busy, error } = useSubmit(async (body: NonNullable<ReturnType<typeof checkAgreement>['body']>) => {
    await partnersApi.addAgreement(body);
    setDraft(emptyDraft(draft.partnerId, today));
    onSaved();
  }, w.agreementSaved);
  const submit = async () => {
    const checked = checkAgreement(draft);
    setProblems(checked.problems);
    if (!checked.body) return;
    await run(checked.body);
  };

  return (
    <TitledForm id="agreement-form" title={w.addAgreement} maw={720} onSubmit={submit}>
      <NativeSelect
        label={w.partner}
        withAsterisk
        value={draft.partnerId}
        error={problem('partnerId')}
        onChange={(e) => set('partnerId', e.currentTarget.value)}
        data={[{ value: '', label: w.choosePartner }, ...partners.map((p) => ({ value: p.id, label: p.name }))]}
      />
      <TextInput
        label={w.agreementTitle}
        withAsterisk
        maxLength={300}
        value={draft.title}
        error={problem('title')}
        onChange={(e) => set('title', e.currentTarget.value)}
      />
      <Textarea
        label={w.objectives}
        description={w.objectivesHint}
        withAsterisk
        autosize
        minRows={3}
        value={draft.objectivesText}
        error={problem('objectivesText')}
        onChange={(e) => set('objectivesText', e.currentTarget.value)}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <NativeSelect
          label={w.rhythm}
          value={draft.rhythm}
          onChange={(e) => set('rhythm', e.currentTarget.value as AgreementRhythm)}
          data={agreementRhythms.map((r) => ({ value: r, label: w.rhythmNames[r] }))}
        />
        <DateField
          label={w.signedOn}
          withAsterisk
          value={draft.signedOn}
          error={problem('signedOn')}
          onChange={(day) => set('signedOn', day)}
        />
        <DateField label={w.endOn} value={draft.endOn} error={problem('endOn')} onChange={(day) => set('endOn', day)} />
      </SimpleGrid>
      <NativeSelect
        label={w.planObjective}
        value={draft.objectiveLineageId}
        onChange={(e) => set('objectiveLineageId', e.currentTarget.value)}
        data={[{ value: '', label: w.none }, ...objectives.map((o) => ({ value: o.lineageId, label: o.label }))]}
      />
      {subjectOptions.length > 0 && (
        <NativeSelect
          label={w.countsAs}
          value={draft.subjectId ?? ''}
          onChange={(e) => set('subjectId', e.currentTarget.value)}
          data={[
            { value: '', label: w.none },
            ...subjectOptions.map((s) => ({
              value: s.id,
              label: s.sectionNumber ? `${s.sectionNumber} · ${s.name}` : s.name,
            })),
          ]}
        />
      )}
      <AttachmentsField
        label={w.documents}
        required={false}
        ids={draft.fileIds}
        error={undefined}
        onChange={(ids) => set('fileIds', ids)}
        fieldKey="agreement-documents"
      />
      {error && <ErrorAlert error={error} />}
      <Group>
        <Button type="submit" loading={busy}>
          {w.save}
        </Button>
      </Group>
    </TitledForm>
  );
}

/** Records the review of an agreement for one of its review days (the open one by default). */
export function ReviewForm({
  agreement,
  today,
  onSaved,
  onCancel,
}: {
  agreement: Agreement;
  today: string;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t, fill, date } = useI18n();
  const w = t.partners;
  const [dueOn, setDueOn] = useState(openReview(agreement.reviews, today) ?? '');
  const [reviewedOn, setReviewedOn] = useState(today);
  const [notes, setNotes] = useState('');

  const { run, busy, error } = useSubmit(async () => {
    await partnersApi.review(agreement.id, { dueOn, reviewedOn, notes: notes.trim() });
    onSaved();
  }, w.reviewSaved);
  const submit = async () => {
    await run();
  };

  return (
    <TitledForm
      id={`review-form-${agreement.id}`}
      title={fill(w.reviewFor, { title: agreement.title })}
      order={4}
      onSubmit={submit}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NativeSelect
          label={w.reviewDay}
          required
          value={dueOn}
          onChange={(e) => setDueOn(e.currentTarget.value)}
          data={agreement.reviews.map((r) => ({
            value: r.dueOn,
            label: `${date(`${r.dueOn}T12:00:00Z`)}${r.reviewedOn ? ` ✓` : ''}`,
          }))}
        />
        <DateField
          label={w.reviewedOn}
          required
          value={reviewedOn}
          max={today}
          onChange={(day) => setReviewedOn(day)}
        />
      </SimpleGrid>
      <Textarea
        label={w.notes}
        autosize
        minRows={2}
        maxLength={2000}
        value={notes}
        onChange={(e) => setNotes(e.currentTarget.value)}
      />
      {error && <ErrorAlert error={error} />}
      <Group>
        <Button type="submit" loading={busy}>
          {w.save}
        </Button>
        <Button variant="default" onClick={onCancel}>
          {w.cancel}
        </Button>
      </Group>
    </TitledForm>
  );
}

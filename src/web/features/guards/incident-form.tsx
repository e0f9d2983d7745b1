import { Checkbox, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { IncidentInput } from '../../../shared/api/guards.schema.js';
import {
  incidentFollowUps,
  injuryLabels,
  injuryLevels,
  followUpLabels,
  playbook,
  violenceKindLabels,
  violenceKinds,
  type ViolenceKind,
} from '../../../shared/guards/violence.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { WijkList } from '../registrations/registrations.api.js';
import { type GuardPlace, GuardPlacePicker } from './guard-place-picker.js';
import type { OutboxError } from './outbox-store.js';
import { GuardForm } from './guard-form.js';

const pad = (n: number) => String(n).padStart(2, '0');
const localDateTime = (d: Date) =>
  `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;

/**
 * An incident of violence against a guard, with the playbook's steps for its kind as a checklist. The coordinator
 * also picks the guard concerned and the follow-up.
 */
export function IncidentForm({
  initial,
  error,
  wijken,
  guards,
  coordinator,
  onSave,
  onCancel,
}: {
  initial?: Partial<IncidentInput> | undefined;
  error?: OutboxError | null | undefined;
  wijken: WijkList | null;
  guards?: { userId: string; name: string }[] | undefined;
  coordinator: boolean;
  onSave: (input: Omit<IncidentInput, 'id'>) => Promise<void>;
  onCancel: () => void;
}) {
  const { t, locale } = useI18n();
  const [kind, setKind] = useState<ViolenceKind>(initial?.kind ?? 'verbal');
  const [when, setWhen] = useState(
    initial?.occurredAt ? localDateTime(new Date(initial.occurredAt)) : localDateTime(new Date()),
  );
  const [injuries, setInjuries] = useState(initial?.injuries ?? 'none');
  const [police, setPolice] = useState(initial?.policeReportNumber ?? '');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [place, setPlace] = useState<GuardPlace>(initial?.place ?? null);
  const [steps, setSteps] = useState<number[]>(initial?.stepsDone ?? []);
  const [guardUserId, setGuardUserId] = useState(initial?.guardUserId ?? guards?.[0]?.userId ?? '');
  const [followUp, setFollowUp] = useState(initial?.followUpStatus ?? 'open');
  const [followUpNotes, setFollowUpNotes] = useState(initial?.followUpNotes ?? '');
  const [missing, setMissing] = useState(false);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!description.trim()) {
      setMissing(true);
      return;
    }
    setSaving(true);
    try {
      await onSave({
        occurredAt: new Date(when).toISOString(),
        kind,
        injuries,
        description: description.trim(),
        place,
        policeReportNumber: police.trim() || null,
        stepsDone: steps,
        followUpStatus: followUp,
        followUpNotes: followUpNotes.trim() || null,
        ...(coordinator && guardUserId ? { guardUserId } : {}),
      });
    } finally {
      setSaving(false);
    }
  };

  return (
    <GuardForm
      id="incident-form"
      title={t.guards.incidentTitle}
      intro={t.guards.incidentIntro}
      correction={error}
      saving={saving}
      onSubmit={submit}
      onCancel={onCancel}
    >
      {coordinator && guards && (
        <NativeSelect
          label={t.guards.incidentGuard}
          value={guardUserId}
          onChange={(e) => setGuardUserId(e.currentTarget.value)}
          data={guards.map((g) => ({ value: g.userId, label: g.name }))}
        />
      )}
      <NativeSelect
        label={t.guards.incidentKind}
        value={kind}
        onChange={(e) => {
          setKind(e.currentTarget.value as ViolenceKind);
          setSteps([]);
        }}
        data={violenceKinds.map((k) => ({ value: k, label: violenceKindLabels[k][locale] }))}
      />
      <TextInput
        type="datetime-local"
        label={t.guards.incidentWhen}
        required
        value={when}
        onChange={(e) => setWhen(e.currentTarget.value)}
      />
      <NativeSelect
        label={t.guards.incidentInjuries}
        value={injuries}
        onChange={(e) => setInjuries(e.currentTarget.value as typeof injuries)}
        data={injuryLevels.map((level) => ({ value: level, label: injuryLabels[level][locale] }))}
      />
      <TextInput
        label={t.guards.incidentPoliceReport}
        value={police}
        onChange={(e) => setPolice(e.currentTarget.value)}
        maxLength={60}
      />
      <Textarea
        label={t.guards.incidentDescription}
        required
        autosize
        minRows={3}
        value={description}
        onChange={(e) => setDescription(e.currentTarget.value)}
        error={missing ? t.guards.required : undefined}
      />
      <GuardPlacePicker value={place} onChange={setPlace} wijken={wijken} />
      <Checkbox.Group
        label={t.guards.playbook}
        value={steps.map(String)}
        onChange={(next) => setSteps(next.map(Number))}
      >
        <Stack gap={6} mt={6}>
          {playbook[kind].map((step, index) => (
            <Checkbox key={step.nl} value={String(index)} label={`${index + 1}. ${step[locale]}`} />
          ))}
        </Stack>
      </Checkbox.Group>
      {coordinator && (
        <>
          <NativeSelect
            label={t.guards.incidentFollowUp}
            value={followUp}
            onChange={(e) => setFollowUp(e.currentTarget.value as typeof followUp)}
            data={incidentFollowUps.map((f) => ({ value: f, label: followUpLabels[f][locale] }))}
          />
          <Textarea
            label={t.guards.incidentFollowUpNotes}
            autosize
            minRows={2}
            value={followUpNotes}
            onChange={(e) => setFollowUpNotes(e.currentTarget.value)}
          />
        </>
      )}
    </GuardForm>
  );
}

import { Button, Checkbox, Group, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { RegistrationInput } from '../../../shared/api/registrations.schema.js';
import type { FieldDefinition, RegisterTypeDefinition } from '../../../shared/indicators/register-fields.js';
import type { Subject } from '../../../shared/subjects/subject.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { WijkList } from '../registrations/registrations.api.js';
import { type GuardPlace, GuardPlacePicker } from './guard-place-picker.js';
import type { OutboxItem, OutboxPhoto } from './outbox-store.js';
import { compressPhoto } from './photo.js';
import { timeOf } from '../../../shared/calendar/days.js';
import { DateField } from '../../components/date-field.js';
import { GuardForm } from './guard-form.js';

export interface RecordDraft {
  body: Omit<RegistrationInput, 'id'>;
  photo: OutboxPhoto | null;
  photoField: string | undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** The municipality's wall clock (not the phone's zone): the day and `HH:mm` a record is made, also offline. */
export function recordNow(now: Date, timeZone: string): { day: string; time: string } {
  const local = timeOf(now, timeZone);
  return { day: local.day, time: `${pad(local.hour)}:${pad(local.minute)}` };
}

/** A guard's task record, built from its register's fields; a record to correct opens with the server's message. */
export function GuardRecordForm({
  type,
  subjects = [],
  editing,
  wijken,
  timeZone,
  onSave,
  onCancel,
}: {
  type: RegisterTypeDefinition;
  /** The active subjects of this register, from the phone's cache: what the record counts for (toezicht inbraak …). */
  subjects?: Subject[];
  /** The municipality's time zone (from the profile kept on the phone). */
  timeZone: string;
  editing: OutboxItem | null;
  wijken: WijkList | null;
  onSave: (draft: RecordDraft) => Promise<void>;
  onCancel: () => void;
}) {
  const { t, locale, fill } = useI18n();
  const initial = editing?.body as Partial<RegistrationInput> | undefined;
  const now = recordNow(new Date(), timeZone);
  const [day, setDay] = useState(initial?.occurredOn ?? now.day);
  const [values, setValues] = useState<Record<string, unknown>>(() => ({ time: now.time, ...(initial?.values ?? {}) }));
  const [place, setPlace] = useState<GuardPlace>(initial?.place ?? null);
  const [photo, setPhoto] = useState<(OutboxPhoto & { bytes?: number }) | null>(editing?.photo ?? null);
  const [missing, setMissing] = useState<Set<string>>(new Set());
  const [saving, setSaving] = useState(false);
  // The only subject of the register is chosen from the start; a record to correct keeps its own.
  // A subject the phone no longer knows (stopped, merged) is dropped so the picker shows what is sent.
  const [subjectId, setSubjectId] = useState<string>(() => {
    if (initial?.subjectId) {
      return subjects.length === 0 || subjects.some((subject) => subject.id === initial.subjectId)
        ? initial.subjectId
        : '';
    }
    return !editing && subjects.length === 1 ? (subjects[0]?.id ?? '') : '';
  });
  const photoField = type.fields.find((f) => f.kind === 'attachments');
  const serverIssues = new Map(
    (editing?.error?.issues ?? []).map((issue) => [issue.path.replace(/^values\./, ''), issue.message]),
  );
  const fieldError = (key: string) => (missing.has(key) ? t.guards.required : serverIssues.get(key));
  const set = (key: string, value: unknown) => setValues((current) => ({ ...current, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const empty = new Set(
      type.fields
        .filter(
          (f) =>
            f.required &&
            f.kind !== 'attachments' &&
            (values[f.key] === undefined || values[f.key] === '' || values[f.key] === null),
        )
        .map((f) => f.key),
    );
    if (type.place === 'required' && !place) empty.add('place');
    setMissing(empty);
    if (empty.size > 0) return;
    const clean = Object.fromEntries(
      Object.entries(values).filter(([key, v]) => v !== '' && v !== undefined && v !== null && key !== photoField?.key),
    );
    setSaving(true);
    try {
      await onSave({
        body: { typeKey: type.key, occurredOn: day, place, values: clean, ...(subjectId ? { subjectId } : {}) },
        photo,
        photoField: photoField?.key,
      });
    } finally {
      setSaving(false);
    }
  };

  const field = (f: FieldDefinition) => {
    const label = f.labels[locale];
    const value = values[f.key];
    const common = { label, required: f.required, error: fieldError(f.key) };
    switch (f.kind) {
      case 'text':
        return f.key === 'time' ? (
          <TextInput
            key={f.key}
            type="time"
            {...common}
            label={t.guards.time}
            value={typeof value === 'string' ? value : ''}
            onChange={(e) => set(f.key, e.currentTarget.value)}
          />
        ) : (
          <TextInput
            key={f.key}
            {...common}
            value={typeof value === 'string' ? value : ''}
            onChange={(e) => set(f.key, e.currentTarget.value)}
          />
        );
      case 'longtext':
        return (
          <Textarea
            key={f.key}
            {...common}
            autosize
            minRows={2}
            value={typeof value === 'string' ? value : ''}
            onChange={(e) => set(f.key, e.currentTarget.value)}
          />
        );
      case 'count':
      case 'hours':
      case 'number':
        return (
          <TextInput
            key={f.key}
            {...common}
            type="number"
            inputMode={f.kind === 'count' ? 'numeric' : 'decimal'}
            step={f.kind === 'count' ? 1 : 0.25}
            min={0}
            value={typeof value === 'number' ? String(value) : ''}
            onChange={(e) => set(f.key, e.currentTarget.value === '' ? undefined : Number(e.currentTarget.value))}
          />
        );
      case 'category':
        return (
          <NativeSelect
            key={f.key}
            {...common}
            value={typeof value === 'string' ? value : ''}
            onChange={(e) => set(f.key, e.currentTarget.value || undefined)}
            data={[
              { value: '', label: t.guards.chooseOption },
              ...(f.options ?? []).map((o) => ({ value: o.value, label: o.labels[locale] })),
            ]}
          />
        );
      case 'multi_category':
        return (
          <Checkbox.Group
            key={f.key}
            label={label}
            error={fieldError(f.key)}
            value={Array.isArray(value) ? (value as string[]) : []}
            onChange={(next) => set(f.key, next)}
          >
            <Group gap="sm" mt={4}>
              {(f.options ?? []).map((o) => (
                <Checkbox key={o.value} value={o.value} label={o.labels[locale]} />
              ))}
            </Group>
          </Checkbox.Group>
        );
      case 'boolean':
        return (
          <Checkbox
            key={f.key}
            label={label}
            checked={value === true}
            onChange={(e) => set(f.key, e.currentTarget.checked)}
          />
        );
      case 'date':
        return (
          <DateField
            key={f.key}
            {...common}
            value={typeof value === 'string' ? value : ''}
            onChange={(day) => set(f.key, day)}
          />
        );
      case 'attachments':
        return (
          <Stack key={f.key} gap={4}>
            <Text fw={500} size="sm">
              {t.guards.photo}
            </Text>
            {photo ? (
              <Group gap="xs">
                <Text size="sm">
                  {fill(t.guards.photoSize, {
                    size: Math.round((photo.bytes ?? photo.contentBase64.length * 0.75) / 1024),
                  })}
                </Text>
                <Button size="xs" variant="subtle" onClick={() => setPhoto(null)}>
                  {t.guards.photoRemove}
                </Button>
              </Group>
            ) : (
              <label className="guard-photo-input">
                <span>{t.guards.photoAdd}</span>
                <input
                  type="file"
                  accept="image/*"
                  capture="environment"
                  onChange={(e) => {
                    const file = e.currentTarget.files?.[0];
                    if (file) void compressPhoto(file).then(setPhoto);
                  }}
                />
              </label>
            )}
            {fieldError(f.key) && (
              <Text c="red.8" size="sm">
                {fieldError(f.key)}
              </Text>
            )}
          </Stack>
        );
      case 'partners':
        return null;
    }
  };

  return (
    <GuardForm
      id="guard-form"
      title={editing ? fill(t.guards.editingTitle, { title: type.labels[locale] }) : type.labels[locale]}
      correction={editing?.error}
      saving={saving}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <Group grow>
        <DateField
          label={t.guards.date}
          required
          value={day}
          onChange={(day) => setDay(day)}
          error={serverIssues.get('occurredOn')}
        />
      </Group>
      {subjects.length > 0 && (
        <NativeSelect
          label={t.subjects.guard.label}
          name="subjectId"
          value={subjectId}
          onChange={(e) => setSubjectId(e.currentTarget.value)}
          data={[
            { value: '', label: t.subjects.guard.none },
            ...subjects.map((subject) => ({ value: subject.id, label: subject.name })),
          ]}
        />
      )}
      {type.fields.map(field)}
      {type.place !== 'none' && (
        <GuardPlacePicker
          value={place}
          onChange={setPlace}
          wijken={wijken}
          error={missing.has('place') ? t.guards.required : undefined}
        />
      )}
    </GuardForm>
  );
}

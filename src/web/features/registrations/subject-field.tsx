import { Alert, List, NativeSelect, Text } from '@mantine/core';
import type { CountsFor } from '../../../shared/api/registrations.schema.js';
import type { Subject } from '../../../shared/subjects/subject.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { Messages } from '../../i18n/messages.js';
import { interpolate } from '../../i18n/messages.js';

/** The subjects a form offers: the active ones of the register, and the one a stored registration already names. */
export function subjectChoices(subjects: Subject[], typeKey: string, current: string): Subject[] {
  return subjects.filter((subject) => subject.typeKey === typeKey && (subject.active || subject.id === current));
}

/** The subject to start with: the only active one of the register, else none. */
export function preselectedSubject(subjects: Subject[], typeKey: string): string {
  const active = subjects.filter((subject) => subject.typeKey === typeKey && subject.active);
  return active.length === 1 && active[0] ? active[0].id : '';
}

/** "CPR (sectie 1)"; a subject that is no longer active says so. */
export function subjectLabel(subject: Subject, t: Messages): string {
  const name = subject.sectionNumber
    ? interpolate(t.subjects.picker.option, { name: subject.name, section: subject.sectionNumber })
    : subject.name;
  return subject.active ? name : interpolate(t.subjects.picker.inactive, { name });
}

/**
 * The subject picker of a registration form: what the registration counts for. Shown only when the register has
 * subjects.
 */
export function SubjectField({
  choices,
  value,
  onChange,
  error,
  loading,
}: {
  choices: Subject[];
  value: string;
  onChange: (subjectId: string) => void;
  error?: string | undefined;
  loading: boolean;
}) {
  const { t } = useI18n();
  if (loading) {
    return (
      <Text size="sm" className="secondary-text">
        {t.subjects.picker.loading}
      </Text>
    );
  }
  if (choices.length === 0) return null;
  return (
    <NativeSelect
      label={t.subjects.picker.label}
      description={t.subjects.picker.description}
      name="subjectId"
      value={value}
      error={error}
      onChange={(event) => onChange(event.currentTarget.value)}
      data={[
        { value: '', label: t.subjects.picker.none },
        ...choices.map((subject) => ({ value: subject.id, label: subjectLabel(subject, t) })),
      ]}
    />
  );
}

/**
 * One line per indicator a saved registration counts for: "Telt mee voor 1.2.4.1 Aantal vergaderingen van de CPR: 2 van
 * 3".
 */
export function countsForLines(items: CountsFor[], t: Messages, number: (value: number) => string): string[] {
  return items.map((item) => {
    // "…minstens 3.: 2 van 3" reads badly: the indicator's closing full stop goes.
    const values = {
      number: item.number,
      text: item.text.replace(/[.\s]+$/, ''),
      value: item.value === null ? '–' : number(item.value),
    };
    return item.required === null
      ? interpolate(t.subjects.countsFor.itemNoTarget, values)
      : interpolate(t.subjects.countsFor.item, { ...values, required: number(item.required) });
  });
}

/** What the last saved registration counted for, shown under the form while it stays open. */
export function CountsForPanel({ items }: { items: CountsFor[] }) {
  const { t, number } = useI18n();
  const lines = countsForLines(items, t, (value) => number(value));
  return (
    <Alert variant="light" color="teal" title={t.subjects.countsFor.title} role="status" data-testid="counts-for">
      {lines.length === 0 ? (
        <Text size="sm">{t.subjects.countsFor.none}</Text>
      ) : (
        <List size="sm" spacing={2}>
          {lines.map((line, index) => (
            <List.Item key={index}>{line}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}

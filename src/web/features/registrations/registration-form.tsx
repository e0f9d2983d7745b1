import './registrations.css';
import { Alert, Button, Group, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import type {
  CountsFor,
  RegisterType,
  Registration,
  RegistrationInput,
} from '../../../shared/api/registrations.schema.js';
import { systemRegisterKeys } from '../../../shared/indicators/builtin-register-types.js';
import type { ApiError } from '../../api/api-client.js';
import { toApiError, useApiQuery } from '../../api/use-api-query.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useNotify } from '../../components/use-notify.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { newClientId } from './client-id.js';
import { lastPlaceMode, lastRegister } from './last-used.js';
import { PlaceField } from './place-field.js';
import {
  dateProblems,
  type FieldValue,
  labelOf,
  problemPathsFromServer,
  toApiValues,
  toPlaceInput,
} from './register-form-model.js';
import { RegistrationField } from './registration-field.js';
import { registrationsApi } from './registrations.api.js';
import type { WijkList } from '../../lib/wijken.js';
import { useToday } from '../auth/session-context.js';
import { subjectsApi } from '../subjects/subjects.api.js';
import { CountsForPanel, countsForLines, preselectedSubject, SubjectField, subjectChoices } from './subject-field.js';
import { DateField } from '../../components/date-field.js';
import {
  RegistrationDraft,
  fieldProblemMessage,
  newDraft,
  dateProblemMessage,
  placeProblemMessage,
} from './registration-draft.js';

type Errors = Record<string, string>;

interface RegistrationFormProps {
  types: RegisterType[];
  wijken: WijkList | null;
  initial: RegistrationDraft;
  /** Set when editing a stored registration: the register cannot change then. */
  existing?: Registration;
  onSaved: (registration: Registration, another: boolean) => void;
  onDelete?: () => void;
  /** Offer "save and register another" (new registrations only). */
  allowAnother: boolean;
  cancelTo: string;
}

/**
 * The form generated from a register's field definitions. Checks with the shared schemas before sending, keeps its
 * client id until a save succeeds (a double submit stores one registration), and maps the server's answer onto fields.
 */
export function RegistrationForm({
  types,
  wijken,
  initial,
  existing,
  onSaved,
  onDelete,
  allowAnother,
  cancelTo,
}: RegistrationFormProps) {
  const { t, locale, fill, number } = useI18n();
  const notify = useNotify();
  const today = useToday();
  const [draft, setDraft] = useState<RegistrationDraft>(initial);
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const savingRef = useRef(false);
  const clientId = useRef(newClientId());
  const formRef = useRef<HTMLFormElement>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const [counted, setCounted] = useState<CountsFor[] | null>(null);

  const selectable = useMemo(
    () =>
      types.filter((type) => (type.active && !systemRegisterKeys.includes(type.key)) || type.key === existing?.typeKey),
    [types, existing],
  );
  const type = types.find((candidate) => candidate.key === draft.typeKey);
  const definition = type?.definition;

  // The subjects of the register (a stored registration may name one that is no longer active).
  const subjects = useApiQuery(
    () => subjectsApi.list({ typeKey: draft.typeKey, includeInactive: existing !== undefined }),
    `subjects:${draft.typeKey}:${existing ? 'all' : 'active'}`,
  );
  const subjectList = subjects.status === 'success' ? subjects.data : [];
  const choices = subjectChoices(subjectList, draft.typeKey, draft.subjectId);
  const subjectTouched = useRef(false);
  // A register with only one subject: that one is chosen (a new registration, until the person picks another).
  useEffect(() => {
    if (existing || subjectTouched.current || subjects.status !== 'success') return;
    const only = preselectedSubject(subjects.data, draft.typeKey);
    if (only && draft.subjectId === '') {
      setDraft((current) =>
        current.typeKey === draft.typeKey && current.subjectId === '' ? { ...current, subjectId: only } : current,
      );
    }
  }, [subjects, draft.typeKey, draft.subjectId, existing]);

  // After a refused submit: the first invalid field (or the place) gets the focus.
  useEffect(() => {
    if (focusRequest === 0) return;
    const form = formRef.current;
    const target =
      form?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      form?.querySelector<HTMLElement>('[data-field="place"] input, [data-field="place"] [tabindex="0"]');
    target?.focus();
  }, [focusRequest]);

  // A field the user changes is no longer marked: its old error would only mislead.
  const clearError = (key: string) =>
    setErrors((current) => {
      if (!(key in current)) return current;
      const { [key]: _cleared, ...rest } = current;
      return rest;
    });

  const setValue = (key: string, value: FieldValue) => {
    clearError(`values.${key}`);
    setDraft((current) => ({ ...current, values: { ...current.values, [key]: value } }));
  };

  const changeType = (key: string) => {
    const next = types.find((candidate) => candidate.key === key);
    if (!next) return;
    setErrors({});
    setFailure(null);
    subjectTouched.current = false;
    setDraft((current) => newDraft(next, today, current));
  };

  const refuse = (next: Errors) => {
    setErrors(next);
    setFocusRequest((value) => value + 1);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!definition || savingRef.current) return;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const another = allowAnother && submitter?.getAttribute('name') === 'another';
    setFailure(null);

    const next: Errors = {};
    const { values, problems } = toApiValues(definition, draft.values);
    for (const [key, problem] of Object.entries(problems)) next[`values.${key}`] = fieldProblemMessage(problem, t);
    const dates = dateProblems(draft.occurredOn, draft.occurredUntil, definition.period, today);
    if (dates.occurredOn) next.occurredOn = dateProblemMessage(dates.occurredOn, t);
    if (dates.occurredUntil) next.occurredUntil = dateProblemMessage(dates.occurredUntil, t);
    const place = toPlaceInput(definition.place, draft.place);
    if (place.problem) next.place = placeProblemMessage(place.problem, t);
    if (Object.keys(next).length > 0) return refuse(next);
    setErrors({});

    const body: Omit<RegistrationInput, 'id' | 'typeKey'> = {
      occurredOn: draft.occurredOn,
      occurredUntil: definition.period ? draft.occurredUntil || null : null,
      place: place.place,
      values,
    };
    // A new registration names its subject; a correction sends it only when it changed.
    if (!existing) body.subjectId = draft.subjectId || null;
    else if ((existing.subjectId ?? '') !== draft.subjectId) body.subjectId = draft.subjectId || null;
    savingRef.current = true;
    setSaving(true);
    const request = existing
      ? registrationsApi.update(existing.id, body)
      : registrationsApi.create({ id: clientId.current, typeKey: draft.typeKey, ...body });
    request.then(
      (registration) => {
        savingRef.current = false;
        setSaving(false);
        lastRegister.set(draft.typeKey);
        lastPlaceMode.set(draft.place.mode);
        const done = existing
          ? t.registrations.updated
          : fill(t.registrations.created, { register: labelOf(definition.labels, locale) });
        const lines = countsForLines(registration.countsFor ?? [], t, (value) => number(value));
        if (lines.length === 0) notify(done, 'success');
        else {
          // Say what it counted for and where those indicators stand now.
          notifications.show({
            color: 'teal.9',
            autoClose: 10_000,
            closeButtonProps: { 'aria-label': t.app.close },
            message: (
              <Stack gap={2}>
                <Text size="sm">{done}</Text>
                {lines.map((line, index) => (
                  <Text key={index} size="sm">
                    {line}
                  </Text>
                ))}
              </Stack>
            ),
          });
        }
        setCounted(registration.countsFor ?? null);
        clientId.current = newClientId();
        if (another && type) {
          setDraft((current) => newDraft(type, today, current));
          formRef.current?.querySelector<HTMLElement>('[name^="values."]')?.focus();
        }
        onSaved(registration, another);
      },
      (reason: unknown) => {
        savingRef.current = false;
        setSaving(false);
        const error = toApiError(reason);
        switch (error.code) {
          case 'REGISTRATION_INVALID_VALUES': {
            const mapped: Errors = {};
            for (const key of problemPathsFromServer(error.details).fields) {
              mapped[`values.${key}`] = t.registrations.problems.invalid;
            }
            setFailure(error);
            return refuse(mapped);
          }
          case 'REGISTRATION_DATE_IMPOSSIBLE':
            return refuse(
              definition.period && draft.occurredUntil
                ? { occurredOn: error.message, occurredUntil: error.message }
                : { occurredOn: error.message },
            );
          case 'PLACE_REQUIRED':
          case 'PLACE_OUTSIDE_MUNICIPALITY':
          case 'PLACE_UNKNOWN_WIJK':
            return refuse({ place: error.message });
          case 'REGISTER_TYPE_UNKNOWN':
            return refuse({ typeKey: error.message });
          case 'SUBJECT_UNKNOWN':
          case 'SUBJECT_INACTIVE':
          case 'SUBJECT_WRONG_REGISTER':
            subjects.reload();
            return refuse({ subjectId: error.message });
          case 'VALIDATION_FAILED': {
            const { fields, other } = problemPathsFromServer(error.details);
            const mapped: Errors = {};
            for (const key of fields) mapped[`values.${key}`] = t.registrations.problems.invalid;
            for (const key of other) {
              if (key === 'occurredOn' || key === 'occurredUntil') mapped[key] = t.registrations.problems.date;
              else if (key === 'place') mapped.place = t.registrations.problems.point;
              else if (key === 'typeKey') mapped.typeKey = t.registrations.problems.invalid;
            }
            if (Object.keys(mapped).length > 0) return refuse(mapped);
            setFailure(error);
            return;
          }
          default:
            setFailure(error);
        }
      },
    );
  };

  const fieldErrorCount = Object.keys(errors).length;

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-busy={saving}>
      <Stack gap="md" maw={720}>
        {failure && <ErrorAlert error={failure} />}
        {counted && <CountsForPanel items={counted} />}
        {fieldErrorCount > 0 && !failure && (
          <Alert color="red" variant="light" role="alert">
            {fill(t.registrations.checkFields, { count: fieldErrorCount })}
          </Alert>
        )}
        <NativeSelect
          label={t.registrations.register}
          name="typeKey"
          required
          disabled={existing !== undefined}
          description={existing ? t.registrations.registerFixed : undefined}
          value={draft.typeKey}
          error={errors.typeKey}
          onChange={(event) => changeType(event.currentTarget.value)}
          data={selectable.map((candidate) => ({
            value: candidate.key,
            label: labelOf(candidate.definition.labels, locale),
          }))}
        />
        {definition && (
          <>
            <SimpleGrid
              cols={{ base: 1, xs: definition.period ? 2 : 1 }}
              spacing="md"
              maw={definition.period ? undefined : 280}
            >
              <DateField
                label={definition.period ? t.registrations.from : t.registrations.date}
                name="occurredOn"
                required
                max={today}
                min="2000-01-01"
                value={draft.occurredOn}
                error={errors.occurredOn}
                onChange={(day) => {
                  const value = day;
                  clearError('occurredOn');
                  setDraft((current) => ({ ...current, occurredOn: value }));
                }}
              />
              {definition.period && (
                <DateField
                  label={t.registrations.until}
                  name="occurredUntil"
                  max={today}
                  min={draft.occurredOn || '2000-01-01'}
                  value={draft.occurredUntil}
                  error={errors.occurredUntil}
                  onChange={(day) => {
                    const value = day;
                    clearError('occurredUntil');
                    setDraft((current) => ({ ...current, occurredUntil: value }));
                  }}
                />
              )}
            </SimpleGrid>
            <SubjectField
              choices={choices}
              value={draft.subjectId}
              loading={subjects.status === 'loading'}
              error={errors.subjectId}
              onChange={(subjectId) => {
                subjectTouched.current = true;
                clearError('subjectId');
                setDraft((current) => ({ ...current, subjectId }));
              }}
            />
            {definition.fields.map((field) => (
              <RegistrationField
                key={`${draft.typeKey}:${field.key}`}
                field={field}
                value={draft.values[field.key]}
                error={errors[`values.${field.key}`]}
                onChange={(value) => setValue(field.key, value)}
              />
            ))}
            <PlaceField
              place={definition.place}
              value={draft.place}
              onChange={(place) => {
                clearError('place');
                setDraft((current) => ({ ...current, place }));
              }}
              wijken={wijken}
              error={errors.place}
            />
          </>
        )}
        <Group justify="space-between" mt="sm" wrap="wrap" gap="sm">
          <Group gap="sm" wrap="wrap">
            <Button type="submit" loading={saving}>
              {t.registrations.save}
            </Button>
            {allowAnother && (
              <Button type="submit" name="another" variant="outline" disabled={saving}>
                {t.registrations.saveAndAnother}
              </Button>
            )}
            <Button component={Link} to={cancelTo} variant="default">
              {t.registrations.cancel}
            </Button>
          </Group>
          {onDelete && (
            <Button variant="outline" color="red.9" onClick={onDelete}>
              {t.registrations.delete}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

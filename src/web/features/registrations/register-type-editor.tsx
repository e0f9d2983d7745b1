import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { RegisterType } from '../../../shared/api/registrations.schema.js';
import { fieldKinds, fieldRoles, type RegisterTypeDefinition } from '../../../shared/indicators/register-fields.js';
import { toApiError } from '../../api/use-api-query.js';
import { useI18n } from '../../i18n/i18n-context.js';
import {
  categoryKinds,
  checkDraft,
  draftFromDefinition,
  emptyField,
  emptyOption,
  emptyTypeDraft,
  type FieldDraft,
  type FieldKind,
  keyFromLabel,
  type OptionDraft,
  rolesFor,
  type TypeDraft,
  type TypeProblem,
} from './register-type-model.js';
import { registrationsApi } from './registrations.api.js';
import { tone } from '../../lib/tones.js';
import { useSubmit } from '../../lib/use-submit.js';
import { ModalForm } from '../../components/form-modal.js';
import { FieldOptions, languages } from './register-type-options.js';
import { focusFirstInvalid } from '../../lib/focus-invalid.js';

interface EditorProps {
  /** null: closed; 'new': a new register; a register: edit it. */
  target: RegisterType | 'new' | null;
  onClose: () => void;
  onSaved: () => void;
}

/** Defines an own register: names in three languages, typed fields with roles, and the options of category fields. */
export function RegisterTypeEditor({ target, onClose, onSaved }: EditorProps) {
  const { t, fill, locale } = useI18n();
  const [draft, setDraft] = useState<TypeDraft>(emptyTypeDraft);
  const [keyTouched, setKeyTouched] = useState(false);
  const [problems, setProblems] = useState<Record<string, TypeProblem>>({});
  const formRef = useRef<HTMLFormElement>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  // After a refused save the marks follow the draft: each disappears as soon as its input is right.
  const [checking, setChecking] = useState(false);
  const editing = target !== null && target !== 'new' ? target : null;
  const save = useSubmit(
    async (definition: RegisterTypeDefinition) => {
      try {
        return await (editing
          ? registrationsApi.updateType(editing.key, { definition })
          : registrationsApi.createType(definition));
      } catch (caught) {
        // A taken key also marks the key field, beside the alert.
        if (toApiError(caught).code === 'REGISTER_TYPE_EXISTS') {
          setProblems({ key: 'duplicateKey' });
          setFocusRequest((value) => value + 1);
        }
        throw caught;
      }
    },
    (saved) =>
      fill(editing ? t.registrations.types.updated : t.registrations.types.created, {
        name: saved.definition.labels[locale],
      }),
  );
  const { setError } = save;

  useEffect(() => {
    if (target === null) return;
    setDraft(target === 'new' ? emptyTypeDraft() : draftFromDefinition(target.definition));
    setKeyTouched(target !== 'new');
    setProblems({});
    setError(null);
    setChecking(false);
  }, [target, setError]);

  useEffect(() => {
    if (checking) setProblems(checkDraft(draft).problems ?? {});
  }, [checking, draft]);

  useEffect(() => {
    if (focusRequest > 0) focusFirstInvalid(formRef.current);
  }, [focusRequest]);

  const message = (path: string): string | undefined => {
    const problem = problems[path];
    return problem ? t.registrations.types.problems[problem] : undefined;
  };

  const setField = (index: number, changes: Partial<FieldDraft>) =>
    setDraft((current) => ({
      ...current,
      fields: current.fields.map((field, i) => (i === index ? { ...field, ...changes } : field)),
    }));

  const setOption = (fieldIndex: number, optionIndex: number, changes: Partial<OptionDraft>) =>
    setDraft((current) => ({
      ...current,
      fields: current.fields.map((field, i) =>
        i === fieldIndex
          ? {
              ...field,
              options: field.options.map((option, j) => (j === optionIndex ? { ...option, ...changes } : option)),
            }
          : field,
      ),
    }));

  const moveField = (index: number, by: number) =>
    setDraft((current) => {
      const fields = [...current.fields];
      const [moved] = fields.splice(index, 1);
      if (!moved) return current;
      fields.splice(index + by, 0, moved);
      return { ...current, fields };
    });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.busy) return;
    setError(null);
    const checked = checkDraft(draft);
    if (checked.problems) {
      setProblems(checked.problems);
      setChecking(true);
      setFocusRequest((value) => value + 1);
      return;
    }
    setProblems({});
    void save.run(checked.definition).then((saved) => {
      if (saved) onSaved();
    });
  };

  /** ↑ or ↓: moves field `index` one place, where there is a place to go. */
  const moveButton = (index: number, by: -1 | 1) => {
    const number = index + 1;
    return (
      <Button
        size="compact-sm"
        variant="subtle"
        color={tone.blue}
        disabled={by < 0 ? index === 0 : index === draft.fields.length - 1}
        onClick={() => moveField(index, by)}
        aria-label={fill(by < 0 ? t.registrations.types.moveUp : t.registrations.types.moveDown, { number })}
      >
        {by < 0 ? '↑' : '↓'}
      </Button>
    );
  };

  const kindLabel = (kind: FieldKind) => t.registrations.types.kinds[kind];
  const problemCount = Object.keys(problems).length;

  return (
    <ModalForm
      opened={target !== null}
      onClose={onClose}
      title={
        editing
          ? fill(t.registrations.types.editTitle, { name: editing.definition.labels[locale] })
          : t.registrations.types.newTitle
      }
      size="xl"
      formRef={formRef}
      onSubmit={onSubmit}
      state={save}
      gap="md"
    >
      {problemCount > 0 && (
        <Alert color="red" variant="light" role="alert">
          {fill(t.registrations.checkFields, { count: problemCount })}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        {languages.map((language) => (
          <TextInput
            key={language}
            label={t.registrations.types.nameIn[language]}
            name={`labels.${language}`}
            required
            maxLength={200}
            lang={language === 'en' ? 'en' : `${language}-BE`}
            value={draft[language]}
            error={message(`labels.${language}`)}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setDraft((current) => ({
                ...current,
                [language]: value,
                ...(language === 'nl' && !keyTouched ? { key: keyFromLabel(value, 2) } : {}),
              }));
            }}
          />
        ))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput
          label={t.registrations.types.key}
          name="key"
          required
          disabled={editing !== null}
          description={t.registrations.types.keyHint}
          value={draft.key}
          error={message('key')}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setKeyTouched(true);
            setDraft((current) => ({ ...current, key: value }));
          }}
        />
        <NativeSelect
          label={t.registrations.types.place}
          name="place"
          value={draft.place}
          onChange={(event) => {
            const value = event.currentTarget.value as TypeDraft['place'];
            setDraft((current) => ({ ...current, place: value }));
          }}
          data={(['optional', 'required', 'none'] as const).map((place) => ({
            value: place,
            label: t.registrations.types.places[place],
          }))}
        />
        <Checkbox
          mt={{ base: 0, sm: 28 }}
          label={t.registrations.types.period}
          name="period"
          checked={draft.period}
          onChange={(event) => {
            const checked = event.currentTarget.checked;
            setDraft((current) => ({ ...current, period: checked }));
          }}
        />
      </SimpleGrid>

      <Title order={3} size="h4" mt="sm">
        {t.registrations.types.fields}
      </Title>
      {problems.fields && (
        <Text c="red.9" size="sm" role="alert">
          {message('fields')}
        </Text>
      )}
      {draft.fields.map((field, index) => {
        const number = index + 1;
        const path = `fields.${index}`;
        const roles = rolesFor(field.kind);
        return (
          <Paper
            key={field.uid}
            withBorder
            p="sm"
            radius="md"
            role="group"
            className="type-field"
            aria-labelledby={`${field.uid}-legend`}
          >
            <Group justify="space-between" wrap="wrap" gap="xs" mb="xs">
              <Text component="h4" id={`${field.uid}-legend`} fw={700} size="md">
                {fill(t.registrations.types.fieldNumber, { number })}
                {field[locale] ? ` — ${field[locale]}` : ''}
              </Text>
              <Group gap={4} wrap="nowrap">
                {moveButton(index, -1)}
                {moveButton(index, 1)}
                <Button
                  size="compact-sm"
                  variant="subtle"
                  color={tone.red}
                  disabled={draft.fields.length === 1}
                  onClick={() =>
                    setDraft((current) => ({ ...current, fields: current.fields.filter((_, i) => i !== index) }))
                  }
                >
                  {fill(t.registrations.types.removeField, { number })}
                </Button>
              </Group>
            </Group>
            <Stack gap="sm">
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                {languages.map((language) => (
                  <TextInput
                    key={language}
                    label={t.registrations.types.labelIn[language]}
                    name={`${path}.labels.${language}`}
                    required
                    maxLength={200}
                    lang={language === 'en' ? 'en' : `${language}-BE`}
                    value={field[language]}
                    error={message(`${path}.labels.${language}`)}
                    onChange={(event) => {
                      const value = event.currentTarget.value;
                      setDraft((current) => ({
                        ...current,
                        fields: current.fields.map((candidate, i) => {
                          if (i !== index) return candidate;
                          const autoKey =
                            language === 'nl' && (candidate.key === '' || candidate.key === keyFromLabel(candidate.nl));
                          return {
                            ...candidate,
                            [language]: value,
                            ...(autoKey ? { key: keyFromLabel(value) } : {}),
                          };
                        }),
                      }));
                    }}
                  />
                ))}
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                <TextInput
                  label={t.registrations.types.fieldKey}
                  name={`${path}.key`}
                  required
                  value={field.key}
                  error={message(`${path}.key`)}
                  onChange={(event) => setField(index, { key: event.currentTarget.value })}
                />
                <NativeSelect
                  label={t.registrations.types.kind}
                  name={`${path}.kind`}
                  value={field.kind}
                  onChange={(event) => {
                    const kind = event.currentTarget.value as FieldKind;
                    setField(index, {
                      kind,
                      role: field.role && rolesFor(kind).includes(field.role) ? field.role : '',
                      options: categoryKinds.has(kind) && field.options.length === 0 ? [emptyOption()] : field.options,
                    });
                  }}
                  data={fieldKinds.map((kind) => ({ value: kind, label: kindLabel(kind) }))}
                />
                <NativeSelect
                  label={t.registrations.types.role}
                  name={`${path}.role`}
                  value={field.role}
                  disabled={roles.length === 0}
                  error={message(`${path}.role`)}
                  onChange={(event) => setField(index, { role: event.currentTarget.value as FieldDraft['role'] })}
                  data={[
                    { value: '', label: t.registrations.types.noRole },
                    ...fieldRoles
                      .filter((role) => roles.includes(role))
                      .map((role) => ({ value: role, label: t.registrations.types.roles[role] })),
                  ]}
                />
              </SimpleGrid>
              <Checkbox
                label={t.registrations.types.required}
                name={`${path}.required`}
                checked={field.required}
                onChange={(event) => setField(index, { required: event.currentTarget.checked })}
              />
              {categoryKinds.has(field.kind) && (
                <FieldOptions
                  field={field}
                  path={path}
                  message={message}
                  onOption={(optionIndex, changes) => setOption(index, optionIndex, changes)}
                  onOptions={(options) => setField(index, { options })}
                />
              )}
            </Stack>
          </Paper>
        );
      })}
      <Button
        variant="light"
        onClick={() => setDraft((current) => ({ ...current, fields: [...current.fields, emptyField()] }))}
        style={{ alignSelf: 'flex-start' }}
      >
        {t.registrations.types.addField}
      </Button>
    </ModalForm>
  );
}

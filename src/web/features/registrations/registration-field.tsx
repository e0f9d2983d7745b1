import type { ChangeEvent } from 'react';
import { Checkbox, Group, NativeSelect, TagsInput, Textarea, TextInput } from '@mantine/core';
import type { FieldDefinition } from '../../../shared/indicators/register-fields.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { AttachmentsField } from '../../components/attachments-field.js';
import { type FieldValue, labelOf } from './register-form-model.js';
import { DateField } from '../../components/date-field.js';

interface RegistrationFieldProps {
  field: FieldDefinition;
  value: FieldValue | undefined;
  onChange: (value: FieldValue) => void;
  error: string | undefined;
}

/** One input for one field of a register, chosen by the field's kind; labelled in the user's language. */
export function RegistrationField({ field, value, onChange, error }: RegistrationFieldProps) {
  const { t, locale } = useI18n();
  const label = labelOf(field.labels, locale);
  const name = `values.${field.key}`;
  const text = typeof value === 'string' ? value : '';
  const list = Array.isArray(value) ? value : [];
  const common = { label, name, required: field.required, error, 'data-field': field.key };
  const typed = {
    ...common,
    value: text,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
      onChange(event.currentTarget.value),
  };
  const hints = t.registrations;
  const textInputOf = {
    text: { maxLength: 500 },
    number: { inputMode: 'decimal' },
    count: { inputMode: 'numeric', description: hints.countHint },
    hours: { inputMode: 'decimal', description: hints.hoursHint },
  } as const;

  switch (field.kind) {
    case 'text':
    case 'number':
    case 'count':
    case 'hours':
      return <TextInput {...typed} {...textInputOf[field.kind]} autoComplete="off" />;
    case 'longtext':
      return <Textarea {...typed} autosize minRows={2} maxRows={8} />;
    case 'date':
      return <DateField {...common} value={text} onChange={(day) => onChange(day)} />;
    case 'category':
      return (
        <NativeSelect
          {...typed}
          data={[
            { value: '', label: field.required ? t.registrations.choose : t.registrations.none },
            ...(field.options ?? []).map((option) => ({ value: option.value, label: labelOf(option.labels, locale) })),
          ]}
        />
      );
    case 'multi_category':
      return (
        <Checkbox.Group
          label={label}
          required={field.required}
          error={error}
          value={list}
          onChange={onChange}
          name={name}
          data-field={field.key}
        >
          <Group gap="md" mt={6} wrap="wrap">
            {(field.options ?? []).map((option) => (
              <Checkbox key={option.value} value={option.value} label={labelOf(option.labels, locale)} />
            ))}
          </Group>
        </Checkbox.Group>
      );
    case 'partners':
      return (
        <TagsInput
          label={label}
          required={field.required}
          error={error}
          value={list}
          onChange={onChange}
          splitChars={[',', ';']}
          description={t.registrations.partnersHint}
          clearable
          clearButtonProps={{ 'aria-label': t.registrations.clearPartners }}
          name={name}
          data-field={field.key}
        />
      );
    case 'boolean':
      return (
        <Checkbox
          label={label}
          name={name}
          checked={value === true}
          error={error}
          data-field={field.key}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
      );
    case 'attachments':
      return (
        <AttachmentsField
          label={label}
          required={field.required}
          ids={list}
          error={error}
          onChange={onChange}
          fieldKey={field.key}
        />
      );
  }
}

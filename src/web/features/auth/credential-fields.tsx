import { PasswordInput, Text, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context.js';

interface FieldProps {
  value: string;
  error?: string | undefined;
  onChange: (value: string) => void;
}

/** The e-mail address a user logs in with (the browser fills it in as the user name). */
export function LoginEmailField({ value, error, onChange }: FieldProps) {
  const { t } = useI18n();
  return (
    <TextInput
      label={t.login.email}
      type="email"
      name="email"
      autoComplete="username"
      required
      value={value}
      error={error}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
}

/**
 * A required password input: `current` for the password the user has (the browser offers the stored one), `new`
 * for one being chosen (the browser offers to generate one).
 */
export function PasswordField({
  label,
  name,
  purpose,
  description,
  value,
  error,
  onChange,
}: FieldProps & { label: string; name: string; purpose: 'current' | 'new'; description?: ReactNode }) {
  return (
    <PasswordInput
      label={label}
      name={name}
      autoComplete={`${purpose}-password`}
      required
      description={description}
      value={value}
      error={error}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
}

/** The new password, the rule it must meet, and the same password again. */
export function NewPasswordFields({
  password,
  confirm,
  errors,
  onPassword,
  onConfirm,
}: {
  password: string;
  confirm: string;
  errors: { password?: string | undefined; confirm?: string | undefined };
  onPassword: (value: string) => void;
  onConfirm: (value: string) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <PasswordField
        label={t.security.newPassword}
        name="newPassword"
        purpose="new"
        value={password}
        error={errors.password}
        onChange={onPassword}
      />
      <Text size="xs">{t.security.passwordRule}</Text>
      <PasswordField
        label={t.security.confirmPassword}
        name="confirmPassword"
        purpose="new"
        value={confirm}
        error={errors.confirm}
        onChange={onConfirm}
      />
    </>
  );
}

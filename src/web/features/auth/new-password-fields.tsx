import { PasswordInput, Text } from '@mantine/core';
import { useI18n } from '../../i18n/i18n-context.js';

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
      <PasswordInput
        label={t.security.newPassword}
        name="newPassword"
        autoComplete="new-password"
        required
        value={password}
        error={errors.password}
        onChange={(event) => onPassword(event.currentTarget.value)}
      />
      <Text size="xs">{t.security.passwordRule}</Text>
      <PasswordInput
        label={t.security.confirmPassword}
        name="confirmPassword"
        autoComplete="new-password"
        required
        value={confirm}
        error={errors.confirm}
        onChange={(event) => onConfirm(event.currentTarget.value)}
      />
    </>
  );
}

import { Button, Divider, Group, PasswordInput, Stack, Switch, Text, Title } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { Role } from '../../../shared/access/roles.js';
import {
  passwordSchema,
  type UpdateUserBody,
  updateUserBodySchema,
  type User,
} from '../../../shared/api/users.schema.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import type { ApiError } from '../../api/api-client.js';
import { toApiError } from '../../api/use-api-query.js';
import { invalidFields, invalidFieldsOf } from '../../api/validation-issues.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { FormActions, FormModal } from '../../components/form-modal.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { usersApi } from './users.api.js';
import { UserProfileFields } from './user-field-inputs.js';
import { focusFirstInvalid } from '../../lib/focus-invalid.js';
import { type UserFieldErrors, userFieldErrors } from './user-fields.js';
import { useNotify } from '../../components/use-notify.js';

interface Values {
  displayName: string;
  role: Role;
  locale: Locale;
  active: boolean;
}

function valuesOf(user: User): Values {
  return { displayName: user.displayName, role: user.role, locale: user.locale, active: user.active };
}

/** Only what changed goes to the server (and into the audit log). */
function changesBetween(user: User, values: Values): UpdateUserBody {
  const changes: UpdateUserBody = {};
  if (values.displayName.trim() !== user.displayName) changes.displayName = values.displayName;
  if (values.role !== user.role) changes.role = values.role;
  if (values.locale !== user.locale) changes.locale = values.locale;
  if (values.active !== user.active) changes.active = values.active;
  return changes;
}

/** Changes a user's name, role, language and activity, and resets their password. */
export function EditUserModal({
  user,
  onClose,
  onSaved,
}: {
  user: User | null;
  onClose: () => void;
  onSaved: (user: User) => void;
}) {
  const { t, fill } = useI18n();
  const notify = useNotify();
  const [values, setValues] = useState<Values | null>(null);
  const [errors, setErrors] = useState<UserFieldErrors>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const [password, setPassword] = useState('');
  const [passwordError, setPasswordError] = useState<string | undefined>();
  const [settingPassword, setSettingPassword] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    setValues(user ? valuesOf(user) : null);
    setErrors({});
    setFailure(null);
    setPassword('');
    setPasswordError(undefined);
  }, [user]);

  useEffect(() => focusFirstInvalid(formRef.current), [errors]);

  const fail = (reason: unknown) => {
    const error = toApiError(reason);
    const fields = invalidFields(error);
    if (fields.length > 0) setErrors(userFieldErrors(fields, t));
    else setFailure(error);
  };

  const onSave = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!user || !values) return;
    setFailure(null);
    const changes = changesBetween(user, values);
    if (Object.keys(changes).length === 0) {
      notify(t.users.noChanges);
      onClose();
      return;
    }
    const checked = updateUserBodySchema.safeParse(changes);
    if (!checked.success) {
      setErrors(userFieldErrors(invalidFieldsOf(checked.error), t));
      return;
    }
    setErrors({});
    setSaving(true);
    usersApi.update(user.id, changes).then(
      (saved) => {
        setSaving(false);
        notify(fill(t.users.updated, { name: saved.displayName }), 'success');
        onSaved(saved);
      },
      (reason: unknown) => {
        setSaving(false);
        fail(reason);
      },
    );
  };

  const onResetPassword = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!user) return;
    setFailure(null);
    if (!passwordSchema.safeParse(password).success) {
      setPasswordError(t.users.invalidPassword);
      return;
    }
    setPasswordError(undefined);
    setSettingPassword(true);
    usersApi.update(user.id, { password }).then(
      (saved) => {
        setSettingPassword(false);
        setPassword('');
        notify(fill(t.users.passwordReset, { name: saved.displayName }), 'success');
      },
      (reason: unknown) => {
        setSettingPassword(false);
        const error = toApiError(reason);
        if (error.code === 'PASSWORD_TOO_WEAK') setPasswordError(error.message);
        else if (invalidFields(error).includes('password')) setPasswordError(t.users.invalidPassword);
        else setFailure(error);
      },
    );
  };

  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((current) => (current ? { ...current, [key]: value } : current));

  return (
    <FormModal
      opened={user !== null}
      onClose={onClose}
      title={user ? fill(t.users.editTitle, { name: user.displayName }) : ''}
    >
      {user && values && (
        <Stack gap="md">
          {failure && <ErrorAlert error={failure} />}
          <Text size="sm">{user.email}</Text>
          <form ref={formRef} onSubmit={onSave} noValidate>
            <Stack gap="sm">
              <UserProfileFields
                values={values}
                errors={errors}
                onChange={(change) => setValues((current) => (current ? { ...current, ...change } : current))}
              />
              <Switch
                label={t.users.activeLabel}
                name="active"
                checked={values.active}
                onChange={(event) => set('active', event.currentTarget.checked)}
                mt="xs"
              />
              <FormActions onCancel={onClose} cancel={t.users.cancel} save={t.users.save} busy={saving} mt="sm" />
            </Stack>
          </form>
          <Divider />
          <form onSubmit={onResetPassword} noValidate>
            <Stack gap="sm">
              <Title order={3} size="h4">
                {t.users.resetPasswordTitle}
              </Title>
              <PasswordInput
                label={t.users.newPassword}
                name="newPassword"
                autoComplete="new-password"
                description={t.users.passwordHint}
                value={password}
                error={passwordError}
                onChange={(event) => setPassword(event.currentTarget.value)}
              />
              <Group justify="flex-end">
                <Button type="submit" variant="outline" loading={settingPassword}>
                  {t.users.resetPassword}
                </Button>
              </Group>
            </Stack>
          </form>
        </Stack>
      )}
    </FormModal>
  );
}

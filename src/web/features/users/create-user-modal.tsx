import { Stack, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { Role } from '../../../shared/access/roles.js';
import { createUserBodySchema, type User } from '../../../shared/api/users.schema.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import type { ApiError } from '../../api/api-client.js';
import { toApiError } from '../../api/use-api-query.js';
import { invalidFields, invalidFieldsOf } from '../../api/validation-issues.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { FormActions, FormModal } from '../../components/form-modal.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { PasswordField } from '../auth/credential-fields.js';
import { usersApi } from './users.api.js';
import { UserProfileFields } from './user-field-inputs.js';
import { focusFirstInvalid, type UserFieldErrors, userFieldErrors } from './user-fields.js';
import { useNotify } from '../../components/use-notify.js';

interface Values {
  email: string;
  displayName: string;
  role: Role;
  locale: Locale;
  password: string;
}

const emptyValues: Values = { email: '', displayName: '', role: 'staff', locale: 'nl', password: '' };

/** Creates a user; checks with the same shared schema as the server, then maps the server's answer onto the fields. */
export function CreateUserModal({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  onCreated: (user: User) => void;
}) {
  const { t, fill } = useI18n();
  const notify = useNotify();
  const [values, setValues] = useState<Values>(emptyValues);
  const [errors, setErrors] = useState<UserFieldErrors>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (opened) {
      setValues(emptyValues);
      setErrors({});
      setFailure(null);
    }
  }, [opened]);

  useEffect(() => focusFirstInvalid(formRef.current), [errors]);

  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    const checked = createUserBodySchema.safeParse(values);
    if (!checked.success) {
      setErrors(userFieldErrors(invalidFieldsOf(checked.error), t));
      return;
    }
    setErrors({});
    setSaving(true);
    usersApi.create(values).then(
      (user) => {
        setSaving(false);
        notify(fill(t.users.created, { name: user.displayName }), 'success');
        onCreated(user);
      },
      (reason: unknown) => {
        setSaving(false);
        const error = toApiError(reason);
        if (error.code === 'USER_EMAIL_TAKEN') return setErrors({ email: error.message });
        if (error.code === 'PASSWORD_TOO_WEAK') return setErrors({ password: error.message });
        const fields = invalidFields(error);
        if (fields.length > 0) return setErrors(userFieldErrors(fields, t));
        setFailure(error);
      },
    );
  };

  return (
    <FormModal opened={opened} onClose={onClose} title={t.users.createTitle}>
      <form ref={formRef} onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          {failure && <ErrorAlert error={failure} />}
          <TextInput
            label={t.users.email}
            type="email"
            name="email"
            autoComplete="off"
            required
            value={values.email}
            error={errors.email}
            onChange={(event) => set('email', event.currentTarget.value)}
          />
          <UserProfileFields
            values={values}
            errors={errors}
            onChange={(change) => setValues((current) => ({ ...current, ...change }))}
            autoComplete="off"
          />
          <PasswordField
            label={t.users.password}
            name="password"
            purpose="new"
            description={t.users.passwordHint}
            value={values.password}
            error={errors.password}
            onChange={(value) => set('password', value)}
          />
          <FormActions onCancel={onClose} cancel={t.users.cancel} save={t.users.save} busy={saving} mt="sm" />
        </Stack>
      </form>
    </FormModal>
  );
}

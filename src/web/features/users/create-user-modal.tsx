import { TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { Role } from '../../../shared/access/roles.js';
import { createUserBodySchema, type User } from '../../../shared/api/users.schema.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import { invalidFields, invalidFieldsOf } from '../../api/validation-issues.js';
import { ModalForm } from '../../components/form-modal.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { PasswordField } from '../auth/credential-fields.js';
import { usersApi } from './users.api.js';
import { UserProfileFields } from './user-field-inputs.js';
import { focusFirstInvalid } from '../../lib/focus-invalid.js';
import { userFieldErrors } from './user-fields.js';
import { useSubmit } from '../../lib/use-submit.js';

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
  const [values, setValues] = useState<Values>(emptyValues);
  const save = useSubmit(
    async () => {
      const user = await usersApi.create(values);
      onCreated(user);
      return user;
    },
    (user) => fill(t.users.created, { name: user.displayName }),
    {
      codes: { USER_EMAIL_TAKEN: 'email', PASSWORD_TOO_WEAK: 'password' },
      fromError: (error) => {
        const fields = invalidFields(error);
        return fields.length > 0 ? userFieldErrors(fields, t) : undefined;
      },
    },
  );
  const { setError, fieldErrors: errors, setFieldErrors: setErrors } = save;
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (opened) {
      setValues(emptyValues);
      setErrors({});
      setError(null);
    }
  }, [opened, setErrors, setError]);

  useEffect(() => focusFirstInvalid(formRef.current), [errors]);

  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    const checked = createUserBodySchema.safeParse(values);
    if (!checked.success) {
      setErrors(userFieldErrors(invalidFieldsOf(checked.error), t));
      return;
    }
    setErrors({});
    void save.run();
  };

  return (
    <ModalForm
      opened={opened}
      onClose={onClose}
      title={t.users.createTitle}
      formRef={formRef}
      onSubmit={onSubmit}
      state={save}
    >
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
    </ModalForm>
  );
}

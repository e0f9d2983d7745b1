import { Stack } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { passwordPatternWeakness } from '../../../shared/auth/password-rule.js';
import type { ApiError } from '../../api/api-client.js';
import { toApiError } from '../../api/use-api-query.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { FormActions, FormModal } from '../../components/form-modal.js';
import { useNotify } from '../../components/use-notify.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useMe } from './session-context.js';
import { NewPasswordFields, PasswordField } from './credential-fields.js';
import { securityApi } from './security.api.js';

type Field = 'currentPassword' | 'newPassword' | 'confirm';

/** The signed-in user changes their own password: the current one, the new one twice; the rule is checked as they submit. */
export function ChangePasswordModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const me = useMe();
  const notify = useNotify();
  const [values, setValues] = useState<Record<Field, string>>({ currentPassword: '', newPassword: '', confirm: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (opened) {
      setValues({ currentPassword: '', newPassword: '', confirm: '' });
      setErrors({});
      setFailure(null);
    }
  }, [opened]);

  const set = (field: Field, value: string) => setValues((current) => ({ ...current, [field]: value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    const found: Partial<Record<Field, string>> = {};
    if (!values.currentPassword) found.currentPassword = t.security.required;
    if (passwordPatternWeakness(values.newPassword, me.user.email)) found.newPassword = t.security.passwordRule;
    if (values.confirm !== values.newPassword) found.confirm = t.security.mismatch;
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    securityApi.changeOwnPassword({ currentPassword: values.currentPassword, newPassword: values.newPassword }).then(
      () => {
        setSaving(false);
        notify(t.security.changed, 'success');
        onClose();
      },
      (reason: unknown) => {
        setSaving(false);
        const error = toApiError(reason);
        if (error.code === 'AUTH_CURRENT_PASSWORD_WRONG') return setErrors({ currentPassword: error.message });
        if (error.code === 'PASSWORD_TOO_WEAK') return setErrors({ newPassword: error.message });
        setFailure(error);
      },
    );
  };

  return (
    <FormModal opened={opened} onClose={onClose} title={t.security.changePasswordTitle}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          {failure && <ErrorAlert error={failure} />}
          <PasswordField
            label={t.security.currentPassword}
            name="currentPassword"
            purpose="current"
            value={values.currentPassword}
            error={errors.currentPassword}
            onChange={(value) => set('currentPassword', value)}
          />
          <NewPasswordFields
            password={values.newPassword}
            confirm={values.confirm}
            errors={{ password: errors.newPassword, confirm: errors.confirm }}
            onPassword={(value) => set('newPassword', value)}
            onConfirm={(value) => set('confirm', value)}
          />
          <FormActions onCancel={onClose} cancel={t.security.cancel} save={t.security.save} busy={saving} mt="sm" />
        </Stack>
      </form>
    </FormModal>
  );
}

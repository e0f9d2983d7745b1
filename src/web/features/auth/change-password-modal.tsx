import { type FormEvent, useEffect, useState } from 'react';
import { passwordPatternWeakness } from '../../../shared/auth/password-rule.js';
import { ModalForm } from '../../components/form-modal.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { type FieldRefusals, useSubmit } from '../../lib/use-submit.js';
import { useMe } from './session-context.js';
import { NewPasswordFields, PasswordField } from './credential-fields.js';
import { securityApi } from './security.api.js';

type Field = 'currentPassword' | 'newPassword' | 'confirm';

const refusedOn: FieldRefusals<Field> = {
  codes: { AUTH_CURRENT_PASSWORD_WRONG: 'currentPassword', PASSWORD_TOO_WEAK: 'newPassword' },
};

/**
 * The signed-in user changes their own password: the current one, the new one twice; the rule is checked as they
 * submit.
 */
export function ChangePasswordModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const me = useMe();
  const [values, setValues] = useState<Record<Field, string>>({ currentPassword: '', newPassword: '', confirm: '' });
  const save = useSubmit(
    () => securityApi.changeOwnPassword({ currentPassword: values.currentPassword, newPassword: values.newPassword }),
    t.security.changed,
    refusedOn,
  );
  const { setError, fieldErrors: errors, setFieldErrors: setErrors } = save;

  useEffect(() => {
    if (opened) {
      setValues({ currentPassword: '', newPassword: '', confirm: '' });
      setErrors({});
      setError(null);
    }
  }, [opened, setErrors, setError]);

  const set = (field: Field, value: string) => setValues((current) => ({ ...current, [field]: value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    const found: Partial<Record<Field, string>> = {};
    if (!values.currentPassword) found.currentPassword = t.security.required;
    if (passwordPatternWeakness(values.newPassword, me.user.email)) found.newPassword = t.security.passwordRule;
    if (values.confirm !== values.newPassword) found.confirm = t.security.mismatch;
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    void save.run().then((saved) => {
      if (saved) onClose();
    });
  };

  return (
    <ModalForm
      opened={opened}
      onClose={onClose}
      title={t.security.changePasswordTitle}
      onSubmit={onSubmit}
      state={save}
      save={t.security.save}
    >
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
    </ModalForm>
  );
}

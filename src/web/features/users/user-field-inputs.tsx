import { NativeSelect, TextInput } from '@mantine/core';
import { type Role, roles } from '../../../shared/access/roles.js';
import { type Locale, locales } from '../../../shared/i18n/locale.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { localeNames } from '../../i18n/locale-preference.js';
import { textBinder } from '../../lib/bind-field.js';
import { roleLabel, type UserFieldErrors } from './user-fields.js';

interface UserFieldValues {
  displayName: string;
  role: Role;
  locale: Locale;
}

/** The name, role and language of a user: the fields the create and the edit form share. */
export function UserProfileFields({
  values,
  errors,
  onChange,
  autoComplete,
}: {
  values: UserFieldValues;
  errors: UserFieldErrors;
  onChange: (change: Partial<UserFieldValues>) => void;
  /** `off` on the create form, so the browser does not offer the admin's own name. */
  autoComplete?: string;
}) {
  const { t } = useI18n();
  const bind = textBinder(values, (key, value) => onChange({ [key]: value }), errors);
  return (
    <>
      <TextInput label={t.users.displayName} autoComplete={autoComplete} required {...bind('displayName')} />
      <NativeSelect
        label={t.users.role}
        {...bind('role')}
        data={roles.map((role) => ({ value: role, label: roleLabel(role, t) }))}
      />
      <NativeSelect
        label={t.users.locale}
        {...bind('locale')}
        data={locales.map((locale) => ({ value: locale, label: localeNames[locale] }))}
      />
    </>
  );
}

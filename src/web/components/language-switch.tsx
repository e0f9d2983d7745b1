import { NativeSelect } from '@mantine/core';
import { isLocale, locales } from '../../shared/i18n/locale.js';
import { toApiError } from '../api/use-api-query.js';
import { useSession } from '../features/auth/session-context.js';
import { useI18n } from '../i18n/i18n-context.js';
import { localeNames } from '../i18n/locale-preference.js';
import { useNotify } from './use-notify.js';

/** Nederlands / Français / English; each name in its own language. */
export function LanguageSwitch() {
  const { locale, t } = useI18n();
  const notify = useNotify();
  const { changeLocale } = useSession();

  const onChange = (value: string) => {
    if (!isLocale(value)) return;
    changeLocale(value).catch((error: unknown) => {
      const apiError = toApiError(error);
      notify(apiError.message || t.errors.unexpected, 'error');
    });
  };

  return (
    <NativeSelect
      id="language-switch"
      aria-label={t.language.label}
      value={locale}
      onChange={(event) => onChange(event.currentTarget.value)}
      size="sm"
      // As wide as its longest name ("Nederlands"), never cut on a phone.
      className="language-switch"
    >
      {locales.map((value) => (
        <option key={value} value={value} lang={value}>
          {localeNames[value]}
        </option>
      ))}
    </NativeSelect>
  );
}

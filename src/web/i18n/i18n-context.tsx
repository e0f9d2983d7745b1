import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { formatDate, formatDateTime, formatNumber } from '../../shared/i18n/format.js';
import type { Locale } from '../../shared/i18n/locale.js';
import { apiClient } from '../api/api-client.js';
import { htmlLang, initialLocale, storeLocale } from './locale-preference.js';
import { catalogs, interpolate, type Messages } from './messages.js';

export interface I18n {
  locale: Locale;
  /** The messages of the current language. */
  t: Messages;
  setLocale: (locale: Locale) => void;
  /** `template` with its `{placeholders}` filled in. */
  fill: (template: string, values: Record<string, string | number>) => string;
  date: (value: string | Date) => string;
  dateTime: (value: string | Date) => string;
  number: (value: number, fractionDigits?: number) => string;
}

const I18nContext = createContext<I18n | null>(null);

/** Holds the current language; keeps `<html lang>`, storage, the locale cookie and the API client in step. */
// `initial` fixes the starting language (tests); otherwise storage, cookie and browser decide.
export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => initial ?? initialLocale());

  useEffect(() => {
    document.documentElement.lang = htmlLang[locale];
    apiClient.setLocale(locale);
    storeLocale(locale);
  }, [locale]);

  const setLocale = useCallback((next: Locale) => setLocaleState(next), []);

  const value = useMemo<I18n>(
    () => ({
      locale,
      t: catalogs[locale],
      setLocale,
      fill: interpolate,
      date: (value) => formatDate(value, locale),
      dateTime: (value) => formatDateTime(value, locale),
      number: (value, fractionDigits) => formatNumber(value, locale, fractionDigits),
    }),
    [locale, setLocale],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n must be used inside <I18nProvider>');
  return context;
}

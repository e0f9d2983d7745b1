import { defaultLocale, isLocale, type Locale, localeFromAcceptLanguage } from '../../shared/i18n/locale.js';

const storageKey = 'svpp.locale';
/** The server reads this cookie to localise its error messages (see src/server/http/request-context.ts). */
const cookieName = 'svpp_locale';

/** The `<html lang>` value per language. */
export const htmlLang: Record<Locale, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en' };

/** Each language named in itself, for the language switch. */
export const localeNames: Record<Locale, string> = { nl: 'Nederlands', fr: 'Français', en: 'English' };

function readCookie(name: string): string | undefined {
  const entry = document.cookie.split('; ').find((part) => part.startsWith(`${name}=`));
  return entry?.slice(name.length + 1);
}

function readStorage(): string | null {
  try {
    return window.localStorage.getItem(storageKey);
  } catch {
    return null; // storage can be disabled; the cookie still remembers the choice
  }
}

/** The language to start with: the stored choice, else the cookie, else the browser's languages, else Dutch. */
export function initialLocale(): Locale {
  const stored = readStorage();
  if (isLocale(stored)) return stored;
  const cookie = readCookie(cookieName);
  if (isLocale(cookie)) return cookie;
  const browser = typeof navigator === 'undefined' ? '' : navigator.languages.join(',');
  return browser ? localeFromAcceptLanguage(browser) : defaultLocale;
}

/** Remembers the language in localStorage and in the cookie the server localises errors with. */
export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(storageKey, locale);
  } catch {
    // ignored: see readStorage
  }
  document.cookie = `${cookieName}=${locale}; path=/; max-age=${365 * 24 * 3600}; samesite=strict`;
}

import { type Locale, localeTags } from './locale.js';
import { DEFAULT_TIME_ZONE } from '../calendar/days.js';

/**
 * 31/03/2020 — the Belgian day-first date, in every language. A moment is shown on the clock of `timeZone` (the
 * municipality's, default Brussels); a bare `YYYY-MM-DD` is a calendar day and never shifts.
 */
export function formatDate(value: string | Date, locale: Locale, timeZone: string = DEFAULT_TIME_ZONE): string {
  const plainDay = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = typeof value === 'string' ? new Date(plainDay ? `${value}T12:00:00Z` : value) : value;
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(localeTags[locale], {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: plainDay ? 'UTC' : timeZone,
  }).format(date);
}

/** 31/03/2020 14:05 on the clock of `timeZone` (default Brussels). */
export function formatDateTime(value: string | Date, locale: Locale, timeZone: string = DEFAULT_TIME_ZONE): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  // Composed by hand: engines disagree on the separator between date and time ("31/03/2020, 14:05").
  const time = new Intl.DateTimeFormat(localeTags[locale], {
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone,
  }).format(date);
  return `${formatDate(date, locale, timeZone)} ${time}`;
}

/**
 * 810.553,07 in nl and fr (fr-BE groups with a narrow space in some engines; both are Belgian usage), 810,553.07 in en.
 */
export function formatNumber(value: number, locale: Locale, fractionDigits?: number): string {
  const options: Intl.NumberFormatOptions =
    fractionDigits === undefined
      ? {}
      : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits };
  return new Intl.NumberFormat(localeTags[locale], options).format(value);
}

/** € 810.553,07 from an amount in euro cents (money is never a float in svpp). */
export function formatEuroCents(cents: number, locale: Locale): string {
  return new Intl.NumberFormat(localeTags[locale], { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

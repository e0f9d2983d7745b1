import type { Locale } from '../i18n/locale.js';
import catalog from './error-catalog.json';

type Entry = { status: number; message: Record<Locale, string> };

/**
 * Every error a user can meet: a stable code, an HTTP status and a message per language, kept as data in
 * `error-catalog.json` (translators read it as it is; the enforcement codes of issue 18 stand at its end).
 * Codes are part of the public contract: add, never rename. A code without a status or without a message in one
 * of the three languages does not compile.
 */
export const errorCatalog = catalog satisfies Record<string, Entry>;

export type ErrorCode = keyof typeof errorCatalog;

export function errorStatus(code: ErrorCode): number {
  return errorCatalog[code].status;
}

export function errorMessage(code: ErrorCode, locale: Locale): string {
  return errorCatalog[code].message[locale];
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(errorCatalog, value);
}

import { describe, expect, it } from 'vitest';
import { locales } from '../i18n/locale.js';
import { errorCatalog, errorMessage, isErrorCode } from './error-catalog.js';

describe('error catalog', () => {
  it('gives every code an HTTP error status and a distinct, non-empty message per language', () => {
    for (const [code, entry] of Object.entries(errorCatalog)) {
      expect(code).toMatch(/^[A-Z][A-Z0-9_]+$/);
      expect(entry.status).toBeGreaterThanOrEqual(400);
      expect(entry.status).toBeLessThan(600);
      for (const locale of locales) expect(entry.message[locale].trim().length, `${code}/${locale}`).toBeGreaterThan(0);
      expect(entry.message.nl).not.toBe(entry.message.fr);
    }
  });

  it('only INTERNAL and the database being away are 5xx: bad input is never a server error', () => {
    const serverErrors = Object.entries(errorCatalog)
      .filter(([, e]) => e.status >= 500)
      .map(([code]) => code);
    expect(serverErrors.sort()).toEqual(['DATABASE_BUSY', 'DATABASE_UNAVAILABLE', 'INTERNAL']);
    expect(errorCatalog.DATABASE_UNAVAILABLE.status).toBe(503);
  });

  it('recognises its own codes only', () => {
    expect(isErrorCode('NOT_FOUND')).toBe(true);
    expect(isErrorCode('toString')).toBe(false);
    expect(errorMessage('NOT_FOUND', 'fr')).toBe('Introuvable.');
  });
});

import { describe, expect, it } from 'vitest';
import { locales } from '../../shared/i18n/locale.js';
import { catalogs, interpolate } from './messages.js';

/** Every leaf of a catalog as "path → text". */
function leaves(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      for (const [path, text] of leaves(child, prefix ? `${prefix}.${key}` : key)) out.set(path, text);
    }
  } else {
    out.set(prefix, value);
  }
  return out;
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();

describe('message catalogs', () => {
  const reference = leaves(catalogs.nl);

  it.each(locales)('%s has exactly the keys of nl', (locale) => {
    expect([...leaves(catalogs[locale]).keys()].sort()).toEqual([...reference.keys()].sort());
  });

  it.each(locales)('%s has no empty or non-string message', (locale) => {
    for (const [path, text] of leaves(catalogs[locale])) {
      expect(typeof text, path).toBe('string');
      expect((text as string).trim(), path).not.toBe('');
    }
  });

  it.each(locales)('%s uses the same placeholders as nl', (locale) => {
    for (const [path, text] of leaves(catalogs[locale])) {
      expect(placeholders(text as string), path).toEqual(placeholders(reference.get(path) as string));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('Welkom, {name}', { name: 'An' })).toBe('Welkom, An');
    expect(interpolate('{count} gebruikers', { count: 3 })).toBe('3 gebruikers');
    expect(interpolate('Hallo {who}', {})).toBe('Hallo {who}');
  });
});

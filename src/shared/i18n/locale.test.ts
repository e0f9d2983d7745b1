import { describe, expect, it } from 'vitest';
import { localeFromAcceptLanguage } from './locale.js';
import { formatDate, formatDateTime, formatEuroCents, formatNumber } from './format.js';

describe('localeFromAcceptLanguage', () => {
  it.each([
    [undefined, 'nl'],
    ['', 'nl'],
    ['fr-BE,fr;q=0.9,en;q=0.8', 'fr'],
    ['de-DE,en;q=0.5,fr;q=0.7', 'fr'],
    ['en-GB', 'en'],
    ['de, it', 'nl'],
    ['fr;q=abc, en;q=0.1', 'en'],
  ])('%s → %s', (header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });
});

describe('Belgian formats', () => {
  it('writes dates day first in Brussels time', () => {
    expect(formatDate('2020-03-31T22:30:00Z', 'nl')).toBe('01/04/2020');
    expect(formatDate('2020-03-31T10:00:00Z', 'fr')).toBe('31/03/2020');
    expect(formatDate('2020-03-31T10:00:00Z', 'en')).toBe('31/03/2020');
    expect(formatDate('not a date', 'nl')).toBe('');
    expect(formatDateTime('2020-03-31T12:05:00Z', 'nl')).toBe('31/03/2020 14:05');
  });

  it('writes numbers and euros the Belgian way', () => {
    expect(formatNumber(810553.07, 'nl', 2)).toBe('810.553,07');
    expect(formatNumber(810553.07, 'fr', 2).replace(/\s/g, ' ')).toBe('810 553,07');
    expect(formatEuroCents(81055307, 'nl').replace(/\s/g, ' ')).toBe('€ 810.553,07');
  });

  it('writes English numbers on English pages, with the day-first date', () => {
    expect(formatNumber(810553.07, 'en', 2)).toBe('810,553.07');
    expect(formatEuroCents(81055307, 'en')).toBe('€810,553.07');
    expect(formatDateTime('2020-03-31T12:05:00Z', 'en')).toBe('31/03/2020 14:05');
  });
});

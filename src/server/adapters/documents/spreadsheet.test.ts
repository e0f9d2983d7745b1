import { describe, expect, it } from 'vitest';
import { renderCsv } from './csv-renderer.js';
import { excelValue, sheetNames } from './xlsx-renderer.js';

describe('sheetNames', () => {
  it('makes names Excel accepts, unique regardless of case', () => {
    expect(sheetNames(['Uitgaven: 2026/Q1', 'uitgaven 2026 q1', "'Budget'", '', 'Een heel lange naam voor een werkblad van het plan'])).toEqual([
      'Uitgaven 2026 Q1',
      'uitgaven 2026 q1 (2)',
      'Budget',
      'Sheet4',
      'Een heel lange naam voor een we',
    ]);
  });
});

describe('excelValue', () => {
  it('stores euros from cents, real dates at midnight UTC and status words', () => {
    expect(excelValue({ key: 'a', label: 'A', kind: 'euro-cents' }, 123_456, 'nl')).toBe(1234.56);
    expect(excelValue({ key: 'a', label: 'A', kind: 'date' }, '2026-02-28', 'nl')).toEqual(new Date(Date.UTC(2026, 1, 28)));
    expect(excelValue({ key: 'a', label: 'A', kind: 'status' }, 'missed', 'fr')).toBe('Non atteint');
    expect(excelValue({ key: 'a', label: 'A' }, null, 'nl')).toBeNull();
  });
});

describe('renderCsv', () => {
  const sheet = {
    name: 'x',
    columns: [
      { key: 'text', label: 'Tekst' },
      { key: 'cents', label: 'Bedrag', kind: 'euro-cents' as const },
      { key: 'n', label: 'Aantal', kind: 'number' as const, decimals: 2 },
    ],
    rows: [
      { text: ' spatie', cents: 5, n: 1.5 },
      { text: 'regel\neen', cents: -1, n: null },
      { text: '+32 15 29 76 54', cents: 100_000_001, n: 3 },
    ],
  };

  it('quotes, pads cents and neutralises formulas', () => {
    const lines = renderCsv(sheet, { locale: 'nl' }).toString('utf8').slice(1).split('\r\n');
    expect(lines).toEqual(['Tekst;Bedrag;Aantal', '" spatie";0,05;1,50', '"regel\neen";-0,01;', "'+32 15 29 76 54;1000000,01;3,00", '']);
  });

  it('takes another separator when asked', () => {
    expect(renderCsv(sheet, { locale: 'en', separator: ',', decimalSeparator: '.' }).toString('utf8').split('\r\n')[1]).toBe('" spatie",0.05,1.50');
  });
});

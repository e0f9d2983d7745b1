import { describe, expect, it } from 'vitest';
import { builtinRegisterType } from './builtin-register-types.js';
import { CellError, parseBelgianNumber, parseCell, parseDate } from './cell-values.js';

const meeting = builtinRegisterType('meeting');
const kind = meeting?.fields.find((f) => f.key === 'kind');

describe('spreadsheet cells', () => {
  it('reads Belgian numbers and dates', () => {
    expect(parseBelgianNumber('1.234,5')).toBe(1234.5);
    expect(parseBelgianNumber('12')).toBe(12);
    expect(parseBelgianNumber('2.5')).toBe(2.5);
    expect(parseBelgianNumber('1.200')).toBe(1200);
    expect(parseBelgianNumber('-1.234.567')).toBe(-1234567);
    expect(() => parseBelgianNumber('twelve')).toThrow(CellError);
    expect(parseDate('31/03/2020')).toBe('2020-03-31');
    expect(parseDate('1-7-2020')).toBe('2020-07-01');
    expect(parseDate('2020-03-31')).toBe('2020-03-31');
    expect(() => parseDate('31/02/2020')).toThrow(CellError);
  });

  it('matches category options by value or by label in any language', () => {
    if (!kind) throw new Error('no field');
    expect(parseCell(kind, 'cpr')).toBe('cpr');
    expect(parseCell(kind, 'Stuurgroep')).toBe('steering_group');
    expect(parseCell(kind, 'comité de pilotage')).toBe('steering_group');
    expect(parseCell(kind, '  ')).toBeUndefined();
    expect(() => parseCell(kind, 'feestje')).toThrow('unknown value "feestje"');
  });
});

import { describe, expect, it } from 'vitest';
import { euroTextToCents } from './finance.api.js';

describe('euro amounts typed by people', () => {
  it('reads Belgian and English notations into cents', () => {
    expect(euroTextToCents('125,50')).toBe(12_550);
    expect(euroTextToCents('125.5')).toBe(12_550);
    expect(euroTextToCents('1.250,00')).toBe(125_000);
    expect(euroTextToCents('1.250')).toBe(125_000);
    expect(euroTextToCents('€ 1 250')).toBe(125_000);
    expect(euroTextToCents('0,07')).toBe(7);
  });
  it('refuses what is not an amount', () => {
    for (const text of ['', 'abc', '-5', '0', '1,2,3', '12,345,6']) expect(euroTextToCents(text)).toBeNull();
  });
});

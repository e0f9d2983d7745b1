import { describe, expect, it } from 'vitest';
import { formatCounts } from './format-counts.js';

describe('formatCounts', () => {
  it('writes each named figure, and only those', () => {
    const result = { total: 1234, rejected: 5, lines: ['a'] };
    expect(formatCounts(result, ['total', 'rejected'], (n) => `<${n}>`)).toEqual({ total: '<1234>', rejected: '<5>' });
  });
});

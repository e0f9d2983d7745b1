import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countFor, suppressCount, suppressedLabel } from './suppression.js';

describe('suppressCount', () => {
  it('never shows a count between 1 and 4, and shows every other count as it is (property)', () => {
    fc.assert(
      fc.property(fc.nat(1_000_000), (n) => {
        const shown = suppressCount(n);
        return n >= 1 && n <= 4 ? shown === suppressedLabel : shown === n;
      }),
    );
  });
  it('keeps zero and five', () => {
    expect([0, 1, 4, 5].map(suppressCount)).toEqual([0, '<5', '<5', 5]);
  });
  it('suppresses only for audiences outside the department', () => {
    expect(countFor(3, false)).toBe(3);
    expect(countFor(3, true)).toBe('<5');
  });
});

import { describe, expect, it } from 'vitest';
import { findInvalidText, hasInvalidText } from './text-hygiene.js';

describe('text hygiene', () => {
  it('finds NUL bytes and lone surrogates, and lets whole surrogate pairs through', () => {
    expect(hasInvalidText('a\u0000b')).toBe(true);
    expect(hasInvalidText('x\ud800')).toBe(true);
    expect(hasInvalidText('\udc00x')).toBe(true);
    expect(hasInvalidText('\udc00\ud800')).toBe(true); // reversed pair: two lone halves
    expect(hasInvalidText('émoji 😀 ok, Ünïcode, \t\n')).toBe(false);
  });

  it('names where it is: nested values, array items and object keys', () => {
    expect(findInvalidText({ a: { b: ['ok', 'x\u0000'] } })).toBe('a.b.1');
    expect(findInvalidText({ ['k\ud800']: 1 })).toBe('k\ud800');
    expect(findInvalidText('\u0000')).toBe('');
    expect(findInvalidText({ a: 1, b: null, c: [true, 'fine'] })).toBeUndefined();
    expect(findInvalidText(Buffer.from([0, 0]))).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import {
  checkDigits,
  communicationBase,
  formatCommunication,
  parseCommunication,
  structuredCommunication,
} from './structured-communication.js';

describe('structured communication', () => {
  it('computes the mod-97 check, 97 for a remainder of 0', () => {
    // 1234567890 mod 97 = 2
    expect(checkDigits('1234567890')).toBe('02');
    expect(structuredCommunication('1234567890')).toBe('123456789002');
    // 0000000097 mod 97 = 0 → 97
    expect(checkDigits('0000000097')).toBe('97');
    expect(checkDigits('0000000001')).toBe('01');
  });

  it('formats and reads back the bank forms', () => {
    const digits = structuredCommunication(communicationBase(2026, 123));
    expect(digits).toBe('260000012395');
    expect(formatCommunication(digits)).toBe('+++260/0000/12395+++');
    for (const written of ['+++260/0000/12395+++', '***260/0000/12395***', '260000012395', ' 260 0000 12395 ']) {
      expect(parseCommunication(written)).toEqual({ ok: true, digits });
    }
  });

  it('tells a wrong check digit from text that is not a communication', () => {
    expect(parseCommunication('+++260/0000/12396+++')).toEqual({ ok: false, reason: 'check_digits' });
    expect(parseCommunication('invoice 2026/123')).toEqual({ ok: false, reason: 'format' });
    expect(parseCommunication('+++260/0000/1230+++')).toEqual({ ok: false, reason: 'format' });
  });

  it('refuses bases it cannot write', () => {
    expect(() => communicationBase(2026, 0)).toThrow();
    expect(() => communicationBase(2026, 100_000_000)).toThrow();
    expect(() => checkDigits('12345')).toThrow();
  });
});

import { describe, expect, it } from 'vitest';
import { readPlate } from './plate.js';

describe('licence plates', () => {
  it('reads the Belgian formats into one canonical form', () => {
    expect(readPlate('1-abc-123')).toEqual({ ok: true, plate: '1-ABC-123', country: 'BE' });
    expect(readPlate('1ABC123', 'be')).toEqual({ ok: true, plate: '1-ABC-123', country: 'BE' });
    expect(readPlate(' 2 XYZ 789 ')).toEqual({ ok: true, plate: '2-XYZ-789', country: 'BE' });
    expect(readPlate('ABC-123')).toEqual({ ok: true, plate: 'ABC-123', country: 'BE' });
    expect(readPlate('123-ABC')).toEqual({ ok: true, plate: '123-ABC', country: 'BE' });
    expect(readPlate('M-ABC-12')).toEqual({ ok: true, plate: 'M-ABC-12', country: 'BE' });
  });

  it('refuses Belgian plates DIV never issues', () => {
    for (const impossible of ['0-ABC-123', '1-AB-123', '1-ABC-1234', 'ABCDEF', '123456', '1-ÄBC-123', '']) {
      expect(readPlate(impossible)).toEqual({ ok: false, reason: 'format' });
    }
  });

  it('checks foreign plates for plausible characters only', () => {
    expect(readPlate('ab-12-cd', 'NL')).toEqual({ ok: true, plate: 'AB12CD', country: 'NL' });
    expect(readPlate('HH AB 1234', 'de')).toEqual({ ok: true, plate: 'HHAB1234', country: 'DE' });
    expect(readPlate('ABCDEF', 'FR')).toEqual({ ok: false, reason: 'format' });
    expect(readPlate('AB-12', 'Netherlands')).toEqual({ ok: false, reason: 'country' });
  });
});

import { describe, expect, it } from 'vitest';
import { passwordCore, passwordPatternWeakness } from './password-rule.js';

describe('the password rule’s patterns', () => {
  it('refuses short, repeated and sequential passwords and the e-mail name', () => {
    expect(passwordPatternWeakness('short-one')).toBe('too_short');
    for (const p of ['aaaaaaaaaaaa', 'abababababab', '121212121212', 'abcabcabcabc', 'passwordpassword']) {
      expect(passwordPatternWeakness(p)).toBe('repeated');
    }
    for (const p of ['123456789012', 'abcdefghijkl', 'qwertyuiopqw', '987654321098', 'azertyuiopaz']) {
      expect(passwordPatternWeakness(p)).toBe('sequence');
    }
    expect(passwordPatternWeakness('jan.peeters-2024', 'jan.peeters@mechelen.be')).toBe('personal');
  });

  it('accepts passphrases and ordinary long passwords', () => {
    for (const p of ['correct horse battery', 'a-long-password-1', 'mechelen-demo-2020', 'Zomer in de Dijle 7!']) {
      expect(passwordPatternWeakness(p, 'someone@x.be')).toBeNull();
    }
  });

  it('takes the core word out of digits and signs around it', () => {
    expect(passwordCore('Welkom2024!')).toBe('welkom');
    expect(passwordCore('!!Password123')).toBe('password');
  });
});

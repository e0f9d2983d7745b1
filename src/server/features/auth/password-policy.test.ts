import { describe, expect, it } from 'vitest';
import { passwordWeakness } from './password-policy.js';

describe('the password policy', () => {
  it('refuses common passwords from the shipped list, as typed and with digits around them', () => {
    for (const p of ['123456789012', 'iloveyou1234', 'Password1234!', 'qwerty123456', 'football2020!']) {
      expect(passwordWeakness(p)).not.toBeNull();
    }
    expect(passwordWeakness('Password1234!')).toBe('common');
    expect(passwordWeakness('aaaaaaaaaaaa')).toBe('repeated');
  });

  it('accepts the passwords people should choose', () => {
    for (const p of ['test-password-0001', 'a-long-password-1', 'Dijle kade zeven bomen', 'mechelen-demo-2020']) {
      expect(passwordWeakness(p)).toBeNull();
    }
  });
});

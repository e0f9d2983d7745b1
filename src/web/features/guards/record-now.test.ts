import { describe, expect, it } from 'vitest';
import { todayInBrussels } from '../registrations/register-form-model.js';
import { recordNow } from './guard-record-form.js';

describe('the web’s today is the municipality’s, not the phone’s', () => {
  it('prefills a guard record made at 00:30 in Brussels with the Belgian day and time, whatever the phone’s zone', () => {
    expect(recordNow(new Date('2026-01-15T23:30:00Z'), 'Europe/Brussels')).toEqual({
      day: '2026-01-16',
      time: '00:30',
    });
    expect(recordNow(new Date('2026-07-15T22:30:00Z'), 'Europe/Brussels')).toEqual({
      day: '2026-07-16',
      time: '00:30',
    });
    expect(recordNow(new Date('2026-03-29T01:00:00Z'), 'Europe/Brussels')).toEqual({
      day: '2026-03-29',
      time: '03:00',
    });
    expect(recordNow(new Date('2026-01-15T23:30:00Z'), 'America/New_York')).toEqual({
      day: '2026-01-15',
      time: '18:30',
    });
  });

  it('dates a registration form on the municipality’s today', () => {
    expect(todayInBrussels(new Date('2026-07-15T22:30:00Z'))).toBe('2026-07-16');
    expect(todayInBrussels(new Date('2026-07-15T22:30:00Z'), 'UTC')).toBe('2026-07-15');
  });
});

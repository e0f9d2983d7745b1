import { describe, expect, it } from 'vitest';
import { todayInBrussels } from '../registrations/register-form-model.js';
import { recordNow } from './guard-record-form.js';

describe('the web’s today is the municipality’s, not the phone’s', () => {
  it.each([
    ['2026-01-15T23:30:00Z', 'Europe/Brussels', '2026-01-16', '00:30'],
    ['2026-07-15T22:30:00Z', 'Europe/Brussels', '2026-07-16', '00:30'],
    ['2026-03-29T01:00:00Z', 'Europe/Brussels', '2026-03-29', '03:00'],
    ['2026-01-15T23:30:00Z', 'America/New_York', '2026-01-15', '18:30'],
  ])(
    'prefills a guard record made at %s with the municipality’s day and time (%s), whatever the phone’s zone',
    (moment, timeZone, day, time) => {
      expect(recordNow(new Date(moment), timeZone)).toEqual({ day, time });
    },
  );

  it('dates a registration form on the municipality’s today', () => {
    expect(todayInBrussels(new Date('2026-07-15T22:30:00Z'))).toBe('2026-07-16');
    expect(todayInBrussels(new Date('2026-07-15T22:30:00Z'), 'UTC')).toBe('2026-07-15');
  });
});

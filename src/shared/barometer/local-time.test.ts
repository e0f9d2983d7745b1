import { describe, expect, it } from 'vitest';
import { isoWeekday, localSlot } from './local-time.js';

describe('localSlot', () => {
  it('converts UTC to Brussels time across summer and winter time', () => {
    expect(localSlot('2020-07-03T22:30:00Z')).toEqual({ day: '2020-07-04', hour: 0, weekday: 6 });
    expect(localSlot('2020-01-03T22:30:00.000Z')).toEqual({ day: '2020-01-03', hour: 23, weekday: 5 });
    expect(localSlot('2020-01-03T22:30:00+01:00')).toEqual({ day: '2020-01-03', hour: 22, weekday: 5 });
  });
  it('reads local timestamps and bare dates literally', () => {
    expect(localSlot('2020-05-01T22:30')).toEqual({ day: '2020-05-01', hour: 22, weekday: 5 });
    expect(localSlot('2020-05-03')).toEqual({ day: '2020-05-03', hour: 0, weekday: 7 });
  });
  it('refuses impossible moments', () => {
    expect(localSlot('2020-02-30T10:00')).toBeNull();
    expect(localSlot('2020-02-10T24:00')).toBeNull();
    expect(localSlot('yesterday')).toBeNull();
  });
  it('numbers weekdays the ISO way', () => {
    expect(isoWeekday('2020-06-01')).toBe(1);
    expect(isoWeekday('2020-06-07')).toBe(7);
  });
});

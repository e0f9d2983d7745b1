import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_TIME_ZONE,
  addDays,
  addMonths,
  addYears,
  dayOf,
  dayStart,
  daysBetween,
  isIsoDay,
  isTimeZone,
  isoWeek,
  isoWeekday,
  monthEnd,
  monthOf,
  timeOf,
  todayIn,
  weekOf,
  weekStart,
  yearOf,
} from './days.js';

const brussels = DEFAULT_TIME_ZONE;
const day = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('today and the day of a moment in Brussels', () => {
  it('is the next Belgian day at 23:30 UTC in winter and 22:30 UTC in summer', () => {
    expect(brussels).toBe('Europe/Brussels');
    expect(todayIn(brussels, new Date('2026-01-15T23:30:00Z'))).toBe('2026-01-16');
    expect(todayIn(brussels, new Date('2026-01-15T22:59:59Z'))).toBe('2026-01-15');
    expect(todayIn(brussels, new Date('2026-07-15T22:30:00Z'))).toBe('2026-07-16');
    expect(todayIn(brussels, new Date('2026-07-15T21:59:59Z'))).toBe('2026-07-15');
    expect(todayIn('UTC', new Date('2026-01-15T23:30:00Z'))).toBe('2026-01-15');
    expect(dayOf('2026-01-15T23:30:00Z', brussels)).toBe('2026-01-16');
    expect(dayOf('2026-07-15T22:30:00.000Z')).toBe('2026-07-16');
    expect(dayOf('2026-07-16T00:30:00+02:00')).toBe('2026-07-16');
  });

  it('keeps the date of a bare day or a wall-clock time without an offset', () => {
    expect(dayOf('2026-07-16')).toBe('2026-07-16');
    expect(dayOf('2026-07-16T00:30')).toBe('2026-07-16');
    expect(dayOf('2026-07-16 23:59:00', 'America/New_York')).toBe('2026-07-16');
  });

  it('holds across the change to summer time (last Sunday of March, 02:00 → 03:00)', () => {
    // 2026-03-29: 00:30 Brussels is 23:30 UTC the day before (still +01:00).
    expect(dayOf('2026-03-28T23:30:00Z')).toBe('2026-03-29');
    expect(timeOf('2026-03-28T23:30:00Z')).toMatchObject({ day: '2026-03-29', hour: 0, minute: 30, weekday: 7 });
    expect(timeOf('2026-03-29T00:59:00Z')).toMatchObject({ day: '2026-03-29', hour: 1, minute: 59 });
    expect(timeOf('2026-03-29T01:00:00Z')).toMatchObject({ day: '2026-03-29', hour: 3, minute: 0 });
    // The day ends at 22:00 UTC (+02:00 from now on).
    expect(dayOf('2026-03-29T21:59:59Z')).toBe('2026-03-29');
    expect(dayOf('2026-03-29T22:00:00Z')).toBe('2026-03-30');
    expect(dayStart('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(dayStart('2026-03-30').toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });

  it('holds across the change to winter time (last Sunday of October, 03:00 → 02:00)', () => {
    // 2026-10-25: 00:30 Brussels is 22:30 UTC the day before (still +02:00).
    expect(dayOf('2026-10-24T22:30:00Z')).toBe('2026-10-25');
    expect(dayOf('2026-10-24T21:59:59Z')).toBe('2026-10-24');
    expect(timeOf('2026-10-25T00:30:00Z')).toMatchObject({ hour: 2, minute: 30 });
    expect(timeOf('2026-10-25T01:30:00Z')).toMatchObject({ day: '2026-10-25', hour: 2, minute: 30 });
    expect(timeOf('2026-10-25T02:00:00Z')).toMatchObject({ hour: 3, minute: 0 });
    // A 25-hour day, ending at 23:00 UTC.
    expect(dayOf('2026-10-25T22:59:59Z')).toBe('2026-10-25');
    expect(dayOf('2026-10-25T23:00:00Z')).toBe('2026-10-26');
    expect(dayStart('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(dayStart('2026-10-26').toISOString()).toBe('2026-10-25T23:00:00.000Z');
    // Day arithmetic never sees the change.
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });

  it('finds the start of a day in other zones too', () => {
    expect(dayStart('2026-01-16', 'UTC').toISOString()).toBe('2026-01-16T00:00:00.000Z');
    expect(dayStart('2026-01-16', 'America/New_York').toISOString()).toBe('2026-01-16T05:00:00.000Z');
    expect(dayStart('2026-01-16', 'Asia/Kolkata').toISOString()).toBe('2026-01-15T18:30:00.000Z');
  });

  it('every moment of a local day lies in [dayStart(d), dayStart(d + 1))', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2060-01-01T00:00:00Z'), noInvalidDate: true }),
        fc.constantFrom(brussels, 'UTC', 'America/New_York', 'Australia/Lord_Howe'),
        (moment, zone) => {
          const d = dayOf(moment, zone);
          expect(dayStart(d, zone).getTime()).toBeLessThanOrEqual(moment.getTime());
          expect(dayStart(addDays(d, 1), zone).getTime()).toBeGreaterThan(moment.getTime());
        },
      ),
    );
  });

  it('knows a time zone from a typo', () => {
    expect(isTimeZone('Europe/Brussels')).toBe(true);
    expect(isTimeZone('Europe/Bruxelles')).toBe(false);
  });
});

describe('day arithmetic', () => {
  it('adds days and months, clamping to the end of the month', () => {
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2021-01-01', -1)).toBe('2020-12-31');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-01-15', -13)).toBe('2024-12-15');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(monthEnd('2024-02')).toBe('2024-02-29');
    expect(monthEnd('2026-12-05')).toBe('2026-12-31');
  });

  it('addDays and daysBetween are inverse', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -20_000, max: 20_000 }), (d, n) => {
        expect(daysBetween(d, addDays(d, n))).toBe(n);
        expect(addDays(d, daysBetween(d, '2026-01-16'))).toBe('2026-01-16');
        expect(isIsoDay(addDays(d, n))).toBe(true);
      }),
    );
  });

  it('addMonths lands on a real day of the right month, never later than the same day', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -600, max: 600 }), (d, n) => {
        const moved = addMonths(d, n);
        expect(isIsoDay(moved)).toBe(true);
        const months = (yearOf(moved) - yearOf(d)) * 12 + Number(moved.slice(5, 7)) - Number(d.slice(5, 7));
        expect(months).toBe(n);
        expect(Number(moved.slice(8, 10))).toBeLessThanOrEqual(Number(d.slice(8, 10)));
      }),
    );
  });

  it('knows the ISO week, weekday, month and year of a day', () => {
    expect(isoWeekday('2026-01-16')).toBe(5);
    expect(isoWeekday('2026-03-29')).toBe(7);
    expect(isoWeek('2026-01-01')).toEqual({ year: 2026, week: 1 });
    expect(isoWeek('2021-01-03')).toEqual({ year: 2020, week: 53 });
    expect(isoWeek('2024-12-30')).toEqual({ year: 2025, week: 1 });
    expect(weekOf('2026-01-16')).toBe('2026-W03');
    expect(weekStart('2026-01-18')).toBe('2026-01-12');
    expect(monthOf('2026-07-16')).toBe('2026-07');
    expect(yearOf('2026-07-16')).toBe(2026);
    expect(isIsoDay('2021-02-29')).toBe(false);
    expect(isIsoDay('2024-02-29')).toBe(true);
  });
});

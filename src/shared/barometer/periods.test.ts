import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  isCalendarDay,
  monthsOf,
  periodDays,
  previousPeriod,
  sameLastYear,
  splitAtMonths,
} from './periods.js';

describe('barometer periods', () => {
  it('counts days with both ends included and finds the previous period of the same length', () => {
    expect(periodDays({ from: '2020-01-01', to: '2020-12-31' })).toBe(366);
    expect(previousPeriod({ from: '2020-03-10', to: '2020-03-19' })).toEqual({ from: '2020-02-29', to: '2020-03-09' });
    expect(previousPeriod({ from: '2020-03-05', to: '2020-04-04' })).toEqual({ from: '2020-02-03', to: '2020-03-04' });
  });
  it('takes whole months before a period of whole months (month, quarter, year)', () => {
    expect(previousPeriod({ from: '2020-03-01', to: '2020-03-31' })).toEqual({ from: '2020-02-01', to: '2020-02-29' });
    expect(previousPeriod({ from: '2020-04-01', to: '2020-06-30' })).toEqual({ from: '2020-01-01', to: '2020-03-31' });
    expect(previousPeriod({ from: '2020-01-01', to: '2020-12-31' })).toEqual({ from: '2019-01-01', to: '2019-12-31' });
  });
  it('goes back one year, 29 February included', () => {
    expect(sameLastYear({ from: '2020-02-01', to: '2020-02-29' })).toEqual({ from: '2019-02-01', to: '2019-02-28' });
  });
  it('lists the months a period touches and knows real days', () => {
    expect(monthsOf({ from: '2019-11-15', to: '2020-02-01' })).toEqual(['2019-11', '2019-12', '2020-01', '2020-02']);
    expect(isCalendarDay('2020-02-29')).toBe(true);
    expect(isCalendarDay('2019-02-29')).toBe(false);
  });
  it('splits a period into whole months and the partly covered days at its ends', () => {
    expect(splitAtMonths({ from: '2020-01-01', to: '2020-12-31' })).toEqual({
      months: { from: '2020-01', to: '2020-12' },
      days: [],
    });
    expect(splitAtMonths({ from: '2019-11-15', to: '2020-02-10' })).toEqual({
      months: { from: '2019-12', to: '2020-01' },
      days: [
        { from: '2019-11-15', to: '2019-11-30' },
        { from: '2020-02-01', to: '2020-02-10' },
      ],
    });
    expect(splitAtMonths({ from: '2020-02-01', to: '2020-02-29' })).toEqual({
      months: { from: '2020-02', to: '2020-02' },
      days: [],
    });
    expect(splitAtMonths({ from: '2020-03-05', to: '2020-04-10' })).toEqual({
      months: null,
      days: [{ from: '2020-03-05', to: '2020-04-10' }],
    });
    expect(splitAtMonths({ from: '2020-12-31', to: '2021-01-31' })).toEqual({
      months: { from: '2021-01', to: '2021-01' },
      days: [{ from: '2020-12-31', to: '2020-12-31' }],
    });
  });
  it('covers every day of the period exactly once, whatever the period', () => {
    const day = fc.integer({ min: 0, max: 4 * 366 }).map((k) => addDays('2018-01-01', k));
    const daysIn = (p: { from: string; to: string }) => {
      const out: string[] = [];
      for (let d = p.from; d <= p.to; d = addDays(d, 1)) out.push(d);
      return out;
    };
    fc.assert(
      fc.property(day, day, (a, b) => {
        const period = a <= b ? { from: a, to: b } : { from: b, to: a };
        const split = splitAtMonths(period);
        const months = split.months ? [{ from: `${split.months.from}-01`, to: lastDayOf(split.months.to) }] : [];
        const covered = [...months, ...split.days].flatMap(daysIn).sort();
        expect(covered).toEqual(daysIn(period));
      }),
    );
  });
});

/** The last day of a month YYYY-MM. */
function lastDayOf(month: string): string {
  const next = addDays(`${month}-28`, 4).slice(0, 7);
  return addDays(`${next}-01`, -1);
}

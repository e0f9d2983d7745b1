import { describe, expect, it } from 'vitest';
import { planYearOptions } from './plan-years.js';

describe('planYearOptions', () => {
  const periods = [
    { periodStart: '2020-01-01', periodEnd: '2022-12-31' },
    { periodStart: null, periodEnd: null },
  ];

  it('offers the years of the plan periods and the year shown, newest first', () => {
    expect(planYearOptions(periods, 2020)).toEqual([2022, 2021, 2020]);
    expect(planYearOptions([], 2025)).toEqual([2025]);
    expect(planYearOptions([{ periodStart: '2021-01-01', periodEnd: null }], 2025)).toEqual([2025, 2021]);
  });

  it('offers, with the year before, the years from the one before the plan to its end', () => {
    const one = [{ periodStart: '2020-01-01', periodEnd: '2020-12-31' }];
    expect(planYearOptions(one, 2020, { yearBefore: true })).toEqual([2020, 2019]);
    expect(planYearOptions(periods, 2021, { yearBefore: true })).toEqual([2022, 2021, 2020, 2019]);
    expect(planYearOptions([], 2024, { yearBefore: true })).toEqual([2024]);
  });
});

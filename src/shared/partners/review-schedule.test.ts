import { describe, expect, it } from 'vitest';
import { addMonths, reviewDays } from './review-schedule.js';

describe('agreement reviews', () => {
  it('falls every half year after the signature, up to the end', () => {
    expect(reviewDays('2020-01-15', '2021-06-30', 'half_yearly', '2030-01-01')).toEqual(['2020-07-15', '2021-01-15']);
    expect(reviewDays('2020-01-15', null, 'yearly', '2022-01-15')).toEqual(['2021-01-15', '2022-01-15']);
    expect(reviewDays('2020-01-15', null, 'quarterly', '2020-04-14')).toEqual([]);
  });

  it('keeps the day or takes the month’s last', () => {
    expect(addMonths('2019-08-31', 6)).toBe('2020-02-29');
    expect(addMonths('2020-11-30', 3)).toBe('2021-02-28');
    expect(addMonths('2020-12-01', 1)).toBe('2021-01-01');
  });
});

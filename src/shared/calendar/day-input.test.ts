import { describe, expect, it } from 'vitest';
import { dayInputProblem, dayInputValue, formatDayInput, parseDayInput } from './day-input.js';

describe('parseDayInput', () => {
  it('reads the day first, with or without leading zeros and with /, - or . between the parts', () => {
    for (const text of [
      '3/2/2026',
      '03/02/2026',
      '03-02-2026',
      '03.02.2026',
      ' 3 / 2 / 2026 ',
      '3 2 2026',
      '03022026',
    ]) {
      expect(parseDayInput(text), text).toEqual({ status: 'day', day: '2026-02-03' });
    }
  });

  it('never reads the month first: 12/01/2026 is the twelfth of January', () => {
    expect(parseDayInput('12/01/2026')).toEqual({ status: 'day', day: '2026-01-12' });
    expect(parseDayInput('01/12/2026')).toEqual({ status: 'day', day: '2026-12-01' });
  });

  it('takes a pasted ISO day as it is', () => {
    expect(parseDayInput('2026-02-03')).toEqual({ status: 'day', day: '2026-02-03' });
    expect(parseDayInput('2026-2-3')).toEqual({ status: 'day', day: '2026-02-03' });
  });

  it('refuses days that do not exist', () => {
    for (const text of [
      '31/02/2026',
      '29/02/2026',
      '00/01/2026',
      '32/01/2026',
      '15/13/2026',
      '01/00/2026',
      '2026-02-30',
    ]) {
      expect(parseDayInput(text), text).toEqual({ status: 'invalid', reason: 'impossible' });
    }
    expect(parseDayInput('29/02/2024')).toEqual({ status: 'day', day: '2024-02-29' });
    expect(parseDayInput('01/01/0999')).toEqual({ status: 'invalid', reason: 'impossible' });
  });

  it('refuses what is not written as a day, including two-digit years', () => {
    for (const text of ['3/2/26', 'morgen', '3/2', '2026', '03/02/2026x', '3//2/2026', '123/4/2026', '1/2/20266']) {
      expect(parseDayInput(text), text).toEqual({ status: 'invalid', reason: 'format' });
    }
    expect(parseDayInput('   ')).toEqual({ status: 'empty' });
  });
});

describe('formatDayInput', () => {
  it('writes dd/mm/yyyy and round-trips through parseDayInput', () => {
    expect(formatDayInput('2026-02-03')).toBe('03/02/2026');
    expect(formatDayInput('2020-12-31')).toBe('31/12/2020');
    expect(dayInputValue(formatDayInput('2024-02-29'))).toBe('2024-02-29');
  });

  it('leaves an empty or foreign value alone', () => {
    expect(formatDayInput('')).toBe('');
    expect(formatDayInput('2026-02-30')).toBe('2026-02-30');
  });
});

describe('dayInputProblem', () => {
  it('names the problem, bounds included', () => {
    expect(dayInputProblem('')).toBeNull();
    expect(dayInputProblem('3/2/2026')).toBeNull();
    expect(dayInputProblem('31/02/2026')).toBe('impossible');
    expect(dayInputProblem('31-2')).toBe('format');
    expect(dayInputProblem('01/01/2020', { min: '2020-01-01', max: '2020-12-31' })).toBeNull();
    expect(dayInputProblem('31/12/2019', { min: '2020-01-01' })).toBe('before-min');
    expect(dayInputProblem('01/01/2021', { max: '2020-12-31' })).toBe('after-max');
    expect(dayInputProblem('01/01/2021', { max: '' })).toBeNull();
  });

  it('gives the ISO value or nothing', () => {
    expect(dayInputValue('3.2.2026')).toBe('2026-02-03');
    expect(dayInputValue('31/02/2026')).toBe('');
    expect(dayInputValue('')).toBe('');
  });
});

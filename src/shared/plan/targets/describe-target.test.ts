import { describe, expect, it } from 'vitest';
import type { ParsedTarget } from '../plan-parse.types.js';
import { describeTarget, formatDueDate } from './describe-target.js';
import { parseTargets } from './parse-targets.js';
import describeCases from './describe-target.cases.json';

describe('describeTarget', () => {
  // Each target of the grammar with its description in the three languages.
  const cases = describeCases as Array<{ target: ParsedTarget; en: string; nl: string; fr: string }>;
  it.each(cases)('$en', ({ target, en, nl, fr }) => {
    expect(describeTarget(target, 'en')).toBe(en);
    expect(describeTarget(target, 'nl')).toBe(nl);
    expect(describeTarget(target, 'fr')).toBe(fr);
  });

  it('writes a date as dd/mm/yyyy', () => {
    expect(formatDueDate('2021-12-31')).toBe('31/12/2021');
    expect(formatDueDate('not a date')).toBe('not a date');
  });

  it('describes what the grammar reads, end to end', () => {
    const [first, second] = parseTargets('≥ 3 voor 2014 en ≥ 6 vanaf 2015', 'nl');
    expect(first && describeTarget(first, 'en')).toBe('at least 3 in 2014');
    expect(second && describeTarget(second, 'en')).toBe('at least 6 per year from 2015');
  });
});

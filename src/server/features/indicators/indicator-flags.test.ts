import { describe, expect, it } from 'vitest';
import type { IndicatorState } from '../../../shared/api/indicators.schema.js';
import { flagIndicators, readsRegistration } from './indicator-flags.js';

const state = (
  id: string,
  query: NonNullable<IndicatorState['link']>['query'],
  value: number | null,
  target = 4,
): IndicatorState => ({
  id,
  lineageId: `l-${id}`,
  text: `indicator ${id}`,
  targets: [{ kind: 'count', op: '>=', value: target, per: 'year' }],
  link: { mode: 'query', query, state: 'confirmed', reason: null, updatedAt: '2020-01-01T00:00:00Z' },
  proposal: null,
  status: 'achieved',
  reason: { rule: 'met' },
  window: { start: '2020-01-01', end: '2020-12-31' },
  value,
  history: [],
  months: [],
  flags: [],
});

describe('flags against overcounting', () => {
  it('flags a computation shared by two indicators, and a value five times its target, until accepted for that situation', () => {
    const meetings = { typeKey: 'meeting', measure: 'count' as const };
    const a = state('a', meetings, 72);
    const b = state('b', meetings, 72, 100);
    const c = state('c', { ...meetings, subjectId: '00000000-0000-4000-8000-000000000001' }, 3, 3);
    flagIndicators(
      [a, b, c],
      new Map([
        ['a', '5.2.1.1'],
        ['b', '1.2.4.1'],
      ]),
      2020,
      new Map([
        ['l-b|shared_computation', { fingerprint: 'l-a', comment: 'Zelfde overleg', accepted_at: '2020-06-01' }],
      ]),
    );
    expect(a.flags).toEqual([
      expect.objectContaining({ kind: 'shared_computation', others: ['1.2.4.1 indicator b'], accepted: null }),
      expect.objectContaining({ kind: 'far_above_target', value: 72, required: 4, accepted: null }),
    ]);
    expect(b.flags).toEqual([
      expect.objectContaining({
        kind: 'shared_computation',
        accepted: { comment: 'Zelfde overleg', at: '2020-06-01' },
      }),
    ]);
    expect(c.flags).toEqual([]);
  });

  it('knows which links read a registration: register, subject, category and status', () => {
    const subject = '00000000-0000-4000-8000-000000000001';
    const row = { type_key: 'meeting', subject_id: subject, category: 'cpr', status: null };
    expect(
      readsRegistration({ mode: 'query', query: { typeKey: 'meeting', subjectId: subject, measure: 'count' } }, row),
    ).toBe(true);
    expect(
      readsRegistration(
        {
          mode: 'query',
          query: { typeKey: 'meeting', subjectId: '00000000-0000-4000-8000-000000000002', measure: 'count' },
        },
        row,
      ),
    ).toBe(false);
    expect(
      readsRegistration(
        { mode: 'query', query: { typeKey: 'meeting', categories: ['steering_group'], measure: 'count' } },
        row,
      ),
    ).toBe(false);
    expect(
      readsRegistration(
        {
          mode: 'ratio',
          ratio: {
            numerator: { typeKey: 'activity', measure: 'count' },
            denominator: { typeKey: 'meeting', subjectId: subject, measure: 'latest' },
            scale: 100,
          },
        },
        row,
      ),
    ).toBe(true);
    expect(readsRegistration({ mode: 'manual' }, row)).toBe(false);
  });
});

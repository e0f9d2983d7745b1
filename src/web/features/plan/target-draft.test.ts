import { describe, expect, it } from 'vitest';
import type { Target } from '../../../shared/api/plan.schema.js';
import { describeTarget } from '../../../shared/plan/targets/describe-target.js';
import {
  draftFromTarget,
  emptyTargetDraft,
  fieldsForKind,
  parseDay,
  parseDecimal,
  sameTargets,
  targetFromDraft,
  withKind,
} from './target-draft.js';

describe('target drafts', () => {
  it.each<Target>([
    { kind: 'count', op: '>=', value: 3, per: 'year', from: 2014 },
    { kind: 'percentage', op: '=', value: 100, due: '2014-07-01' },
    { kind: 'growth', op: '>=', value: 10, unit: 'percent', per: 'year' },
    { kind: 'growth', op: '<=', value: -5, unit: 'percent' },
    { kind: 'exists', due: '2016-03-31' },
    { kind: 'monitor', per: 'year' },
    { kind: 'qualitative' },
    { kind: 'hours', op: '>=', value: 500, per: 'year', year: 2020 },
  ])('round-trips %j through the editor', (target) => {
    expect(targetFromDraft(draftFromTarget(target))).toEqual({ target });
  });

  it('reads and shows due dates the Belgian way', () => {
    expect(draftFromTarget({ kind: 'exists', due: '2016-03-31' }).due).toBe('31/03/2016');
    expect(parseDay('31/03/2016')).toBe('2016-03-31');
    expect(parseDay('1-7-2014')).toBe('2014-07-01');
    expect(parseDay('2014-07-01')).toBe('2014-07-01');
    expect(parseDay('31/04/2016')).toBeNull();
    expect(targetFromDraft({ ...emptyTargetDraft('exists'), per: '', due: '31.12.2021' })).toEqual({
      target: { kind: 'exists', due: '2021-12-31' },
    });
  });

  it('reads Belgian decimals and builds a target the words describe', () => {
    expect(parseDecimal('2,5')).toBe(2.5);
    expect(parseDecimal(' 12 ')).toBe(12);
    expect(parseDecimal('')).toBeUndefined();
    expect(parseDecimal('drie')).toBeNaN();
    const built = targetFromDraft({ ...emptyTargetDraft('count'), value: '6', from: '2015' });
    expect(built.target).toEqual({ kind: 'count', op: '>=', value: 6, per: 'year', from: 2015 });
    expect(describeTarget(built.target!, 'nl')).toBe('minstens 6 per jaar vanaf 2015');
    expect(describeTarget(built.target!, 'en')).toBe('at least 6 per year from 2015');
  });

  it('names each wrong field', () => {
    expect(targetFromDraft({ ...emptyTargetDraft('count'), value: '' }).errors).toEqual({ value: 'valueRequired' });
    expect(targetFromDraft({ ...emptyTargetDraft('count'), value: '-2' }).errors).toEqual({ value: 'valueInvalid' });
    expect(
      targetFromDraft({ ...emptyTargetDraft('count'), value: '3', year: '20', from: '2020', until: '2018' }).errors,
    ).toEqual({ year: 'yearInvalid', until: 'fromAfterUntil' });
    expect(targetFromDraft({ ...emptyTargetDraft('exists'), due: '30/02/2021' }).errors).toEqual({ due: 'dueInvalid' });
    expect(targetFromDraft({ ...emptyTargetDraft('exists'), due: 'morgen' }).errors).toEqual({ due: 'dueInvalid' });
  });

  it('keeps only the fields of the kind, and a kind that needs a number starts with an operator', () => {
    expect(fieldsForKind('exists')).toEqual(['per', 'year', 'from', 'until', 'due']);
    expect(fieldsForKind('growth')).toContain('unit');
    const monitor = withKind({ ...emptyTargetDraft('count'), value: '3' }, 'monitor');
    expect(targetFromDraft(monitor)).toEqual({ target: { kind: 'monitor', per: 'year' } });
    const counted = withKind(draftFromTarget({ kind: 'monitor' }), 'count');
    expect(counted.op).toBe('>=');
    expect(withKind(counted, 'growth').unit).toBe('percent');
  });

  it('compares target lists regardless of key order', () => {
    expect(sameTargets([{ kind: 'count', value: 3, op: '>=' }], [{ op: '>=', kind: 'count', value: 3 }])).toBe(true);
    expect(sameTargets([{ kind: 'count', value: 3 }], [{ kind: 'count', value: 4 }])).toBe(false);
  });
});

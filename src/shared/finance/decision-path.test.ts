import { describe, expect, it } from 'vitest';
import { nextStep, parseReportKey, pathDue, stepFits } from './decision-path.js';

describe('the decision path', () => {
  const college = { step: 'college_referral', decidedOn: '2020-03-16' } as const;
  const council = { step: 'council_approval', decidedOn: '2020-04-27' } as const;

  it('goes college → council → ministry, in that order and date', () => {
    expect(nextStep([])).toBe('college_referral');
    expect(nextStep([college])).toBe('council_approval');
    expect(nextStep([college, council, { step: 'ministry_submission', decidedOn: '2020-04-30' }])).toBeNull();
    expect(stepFits([], 'council_approval', '2020-04-27')).toBe(false);
    expect(stepFits([college], 'council_approval', '2020-03-01')).toBe(false);
    expect(stepFits([college], 'council_approval', '2020-04-27')).toBe(true);
    expect(stepFits([college, council], 'college_referral', '2020-05-01')).toBe(false);
    expect(stepFits([college, council], 'college_referral', '2020-03-10')).toBe(true);
  });

  it('knows when each path is due and reads report keys', () => {
    expect(pathDue({ kind: 'plan_version', firstYear: 2020 })).toEqual({
      step: 'ministry_submission',
      due: '2020-03-31',
    });
    expect(pathDue({ kind: 'evaluation', year: 2020 })).toEqual({ step: 'college_referral', due: '2021-03-31' });
    expect(parseReportKey('finance:2020')).toEqual({ kind: 'finance', year: 2020 });
    expect(parseReportKey('plan:2020')).toBeNull();
    expect(parseReportKey('finance:20')).toBeNull();
  });
});

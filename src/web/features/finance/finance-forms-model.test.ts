import { describe, expect, it } from 'vitest';
import type { DecisionPath } from '../../../shared/api/decisions.schema.js';
import {
  centsToEuroText,
  checkBudgetLine,
  normaliseRegime,
  pathsForYear,
  proposedStep,
} from './finance-forms-model.js';

const path = (over: Partial<DecisionPath>): DecisionPath => ({
  subjectKind: 'report',
  subjectKey: 'finance:2020',
  label: 'Financieel verslag 2020',
  year: 2020,
  steps: [],
  stage: null,
  next: 'college_referral',
  due: '2021-03-31',
  dueStep: 'ministry_submission',
  ...over,
});

describe('finance form models', () => {
  it('normalises a work regime and refuses what is not a fraction of at most one', () => {
    expect(normaliseRegime(' 4 / 5 ')).toBe('4/5');
    expect(normaliseRegime('1/1')).toBe('1/1');
    expect(normaliseRegime('5/4')).toBeNull();
    expect(normaliseRegime('0/5')).toBeNull();
    expect(normaliseRegime('80%')).toBeNull();
  });

  it('checks a multi-year plan line in cents', () => {
    expect(
      checkBudgetLine(
        {
          code: ' mjp003608 ',
          label: 'Gemeenschapswachten',
          budget: '59.833',
          councilEstimate: '58 934',
          schemeNames: ['Gemeenschapswachten 346'],
        },
        2020,
      ),
    ).toEqual({
      body: {
        year: 2020,
        code: 'MJP003608',
        label: 'Gemeenschapswachten',
        budgetCents: 5_983_300,
        councilEstimateCents: 5_893_400,
        schemeNames: ['Gemeenschapswachten 346'],
      },
      problems: [],
    });
    expect(
      checkBudgetLine({ code: 'X1', label: ' ', budget: 'veel', councilEstimate: 'x', schemeNames: [] }, 2020),
    ).toEqual({ body: null, problems: ['code', 'label', 'budget', 'councilEstimate', 'schemeNames'] });
    expect(
      checkBudgetLine(
        { code: 'MJP1234', label: 'Nul', budget: '0', councilEstimate: '', schemeNames: ['ACTIVA'] },
        2021,
      ).body?.budgetCents,
    ).toBe(0);
  });

  it('writes cents back as euro text that parses to the same cents', () => {
    expect(centsToEuroText(5_983_300)).toBe('59833,00');
    expect(centsToEuroText(1_622_058)).toBe('16220,58');
    expect(centsToEuroText(null)).toBe('');
  });

  it('proposes the next step, or the last one when the path is complete', () => {
    expect(proposedStep(path({}))).toBe('college_referral');
    expect(proposedStep(path({ stage: 'college_referral', next: 'council_approval' }))).toBe('council_approval');
    expect(proposedStep(path({ stage: 'ministry_submission', next: null }))).toBe('ministry_submission');
  });

  it('offers the plan version and the reports of the year', () => {
    const paths = [
      path({ subjectKind: 'plan_version', subjectKey: 'v1', year: 2020 }),
      path({}),
      path({ subjectKey: 'finance:2021', year: 2021 }),
    ];
    expect(pathsForYear(paths, 'v1', 2020).map((p) => p.subjectKey)).toEqual(['v1', 'finance:2020']);
  });
});

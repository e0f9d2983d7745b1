import { describe, expect, it } from 'vitest';
import { checkAgreement, objectiveLines, openReview, type AgreementDraft } from './agreement-model.js';

const draft: AgreementDraft = {
  partnerId: '00000000-0000-4000-8000-000000000001',
  title: ' Buurtbemiddeling ',
  objectivesText: '- 40 bemiddelingen per jaar\n\n2) 80% akkoord\n',
  rhythm: 'half_yearly',
  signedOn: '2020-03-01',
  endOn: '',
  objectiveLineageId: '',
  fileIds: [],
};

describe('agreement form model', () => {
  it('takes one objective per line without bullets or blank lines', () => {
    expect(objectiveLines(draft.objectivesText)).toEqual(['40 bemiddelingen per jaar', '80% akkoord']);
  });

  it('builds the body with nulls for the empty optional fields', () => {
    expect(checkAgreement(draft)).toEqual({
      body: {
        partnerId: draft.partnerId,
        title: 'Buurtbemiddeling',
        objectives: ['40 bemiddelingen per jaar', '80% akkoord'],
        rhythm: 'half_yearly',
        signedOn: '2020-03-01',
        endOn: null,
        objectiveLineageId: null,
        fileIds: [],
      },
      problems: {},
    });
  });

  it('reports every problem at once', () => {
    const { body, problems } = checkAgreement({
      ...draft,
      partnerId: '',
      title: 'x',
      objectivesText: ' \n',
      endOn: '2019-12-31',
    });
    expect(body).toBeNull();
    expect(problems).toEqual({
      partnerId: 'required',
      title: 'tooShort',
      objectivesText: 'required',
      endOn: 'endBeforeStart',
    });
    expect(checkAgreement({ ...draft, objectivesText: 'ok\nx' }).problems.objectivesText).toBe('objectiveTooShort');
    expect(
      checkAgreement({ ...draft, objectivesText: Array.from({ length: 31 }, (_, i) => `doel ${i}`).join('\n') })
        .problems.objectivesText,
    ).toBe('tooMany');
  });

  it('proposes the earliest open review day that has passed, else the next one', () => {
    const reviews = [
      { dueOn: '2020-09-01', reviewedOn: '2020-09-03' },
      { dueOn: '2021-03-01', reviewedOn: null },
      { dueOn: '2021-09-01', reviewedOn: null },
    ];
    expect(openReview(reviews, '2021-05-01')).toBe('2021-03-01');
    expect(openReview(reviews, '2020-10-01')).toBe('2021-03-01');
    expect(openReview([{ dueOn: '2020-09-01', reviewedOn: '2020-09-03' }], '2021-01-01')).toBeNull();
  });
});

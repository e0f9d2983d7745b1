import { describe, expect, it } from 'vitest';
import { fillStandardAnswer } from './standard-answers.js';

describe('fillStandardAnswer', () => {
  const facts = { reference: 'OV-2020-7KQ4M', category: 'noise' as const, receivedOn: '2020-03-05' };

  it('fills reference, category and the day received (dd/mm/yyyy) in the citizen’s language', () => {
    const template = 'Uw melding {reference} over {category} van {date} werd behandeld.';
    expect(fillStandardAnswer(template, { ...facts, locale: 'nl' })).toBe(
      'Uw melding OV-2020-7KQ4M over geluidsoverlast van 05/03/2020 werd behandeld.',
    );
    expect(fillStandardAnswer('{category} {date}', { ...facts, locale: 'fr' })).toBe('nuisances sonores 05/03/2020');
  });

  it('fills every occurrence and leaves unknown placeholders visible', () => {
    expect(fillStandardAnswer('{reference}/{reference} {refrence}', { ...facts, locale: 'en' })).toBe(
      'OV-2020-7KQ4M/OV-2020-7KQ4M {refrence}',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { matchLineage, similarity } from './plan-lineage.js';

describe('plan lineage', () => {
  const previous = [
    { lineageId: 'a', number: '1.2.1.1', text: 'Aantal vergaderingen van de CPR is minstens 3' },
    { lineageId: 'b', number: '1.2.1.1', text: 'Bestaan van een draaiboek' },
    { lineageId: 'c', number: '2.2.1.1', text: 'Aantal toezichtmomenten per jaar' },
  ];

  it('continues identical texts, even after renumbering, and lightly reworded ones under the same number', () => {
    const next = [
      { number: '1.2.1.1', text: 'Aantal vergaderingen van de CPR is minstens 3.' },
      { number: '3.2.1.1', text: 'Aantal  toezichtmomenten per jaar' },
      { number: '1.2.1.1', text: 'Bestaan van een geactualiseerd draaiboek' },
      { number: '4.2.1.1', text: 'Aantal fietsgraveeracties' },
    ];
    expect(matchLineage(previous, next)).toEqual(['a', 'c', 'b', undefined]);
  });

  it('continues each previous element at most once', () => {
    const next = [
      { number: '1.2.1.1', text: 'Bestaan van een draaiboek' },
      { number: '1.2.1.1', text: 'Bestaan van een draaiboek' },
    ];
    expect(matchLineage(previous, next)).toEqual(['b', undefined]);
  });

  it('ignores accents, case and punctuation in similarity', () => {
    expect(similarity('Évaluation annuelle!', 'evaluation ANNUELLE')).toBe(1);
    expect(similarity('abc def', 'ghi jkl')).toBe(0);
  });
});

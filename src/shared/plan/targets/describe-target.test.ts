import { describe, expect, it } from 'vitest';
import type { ParsedTarget } from '../plan-parse.types.js';
import { describeTarget, formatDueDate } from './describe-target.js';
import { parseTargets } from './parse-targets.js';

describe('describeTarget', () => {
  const cases: Array<[ParsedTarget, string, string, string]> = [
    [
      { kind: 'count', op: '>=', value: 3, per: 'year', from: 2014 },
      'at least 3 per year from 2014',
      'minstens 3 per jaar vanaf 2014',
      'au moins 3 par an à partir de 2014',
    ],
    [
      { kind: 'count', op: '>=', value: 13, year: 2014 },
      'at least 13 in 2014',
      'minstens 13 in 2014',
      'au moins 13 en 2014',
    ],
    [
      { kind: 'count', op: '>=', value: 4, per: 'school_year' },
      'at least 4 per school year',
      'minstens 4 per schooljaar',
      'au moins 4 par année scolaire',
    ],
    [
      { kind: 'count', op: '<=', value: 2, per: 'month' },
      'at most 2 per month',
      'hoogstens 2 per maand',
      'au plus 2 par mois',
    ],
    [
      { kind: 'count', op: '>=', value: 1, per: 'two_years' },
      'at least 1 every two years',
      'minstens 1 om de twee jaar',
      'au moins 1 tous les deux ans',
    ],
    [
      { kind: 'count', op: '>=', value: 4, year: 2014, due: '2014-09-01' },
      'at least 4 in 2014 by 01/09/2014',
      'minstens 4 in 2014 tegen 01/09/2014',
      'au moins 4 en 2014 au plus tard le 01/09/2014',
    ],
    [
      { kind: 'hours', op: '>=', value: 500, per: 'year' },
      'at least 500 hours per year',
      'minstens 500 uur per jaar',
      'au moins 500 heures par an',
    ],
    [
      { kind: 'percentage', op: '>=', value: 100, due: '2014-07-01' },
      'at least 100% by 01/07/2014',
      'minstens 100% tegen 01/07/2014',
      'au moins 100 % au plus tard le 01/07/2014',
    ],
    [{ kind: 'percentage', op: '=', value: 12.5 }, 'exactly 12.5%', 'precies 12,5%', 'exactement 12,5 %'],
    [
      { kind: 'growth', op: '>=', value: 10, unit: 'percent', per: 'year' },
      'growth of at least 10% per year',
      'groei van minstens 10% per jaar',
      "hausse d'au moins 10 % par an",
    ],
    [
      { kind: 'growth', op: '<=', value: -5, unit: 'percent' },
      'fall of at least 5%',
      'daling van minstens 5%',
      "baisse d'au moins 5 %",
    ],
    [
      { kind: 'growth', op: '>=', value: 1, unit: 'absolute', per: 'year', from: 2016 },
      'growth of at least 1 per year from 2016',
      'groei van minstens 1 per jaar vanaf 2016',
      "hausse d'au moins 1 par an à partir de 2016",
    ],
    [{ kind: 'exists' }, 'exists', 'bestaat', 'existe'],
    [
      { kind: 'exists', due: '2016-03-31' },
      'exists by 31/03/2016',
      'bestaat tegen 31/03/2016',
      'existe au plus tard le 31/03/2016',
    ],
    [
      { kind: 'qualitative' },
      'qualitative: a described case',
      'kwalitatief: een beschreven case',
      'qualitatif : un cas décrit',
    ],
    [{ kind: 'monitor' }, 'monitored, no target', 'opgevolgd, geen streefwaarde', 'suivi, sans valeur cible'],
    [
      { kind: 'monitor', per: 'year' },
      'monitored per year, no target',
      'opgevolgd per jaar, geen streefwaarde',
      'suivi par an, sans valeur cible',
    ],
    [
      { kind: 'count', op: '>=', value: 4, per: 'year', from: 2020, until: 2022 },
      'at least 4 per year from 2020 until 2022',
      'minstens 4 per jaar vanaf 2020 tot en met 2022',
      "au moins 4 par an à partir de 2020 jusqu'en 2022",
    ],
  ];
  it.each(cases)('%j', (target, en, nl, fr) => {
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

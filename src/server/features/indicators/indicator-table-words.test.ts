import { describe, expect, it } from 'vitest';
import { builtinRegisterTypes } from '../../../shared/indicators/builtin-register-types.js';
import type { RegisterTypeDefinition } from '../../../shared/indicators/register-fields.js';
import { flagInWords, linkInWords, manualReasonInWords, type WordsContext } from './indicator-table-words.js';

const cpr = '00000000-0000-4000-8000-000000000c01';
const staff = '00000000-0000-4000-8000-000000000c02';
const own: RegisterTypeDefinition = {
  ...builtinRegisterTypes[0],
  key: 'buurtfeest',
  labels: { nl: 'Buurtfeest', fr: 'Fête de quartier', en: 'Street party' },
} as RegisterTypeDefinition;
const context = (locale: WordsContext['locale']): WordsContext => ({
  locale,
  types: new Map([...builtinRegisterTypes, own].map((t) => [t.key, t])),
  subjects: new Map([
    [cpr, 'CPR'],
    [staff, 'Medewerkers'],
  ]),
});

describe('the indicator table in words', () => {
  it('says a query, a ratio and a manual link in nl, fr and en', () => {
    const query = { mode: 'query' as const, query: { typeKey: 'meeting', subjectId: cpr, measure: 'count' as const } };
    expect(linkInWords(query, context('nl'))).toBe('aantal vergaderingen van ‘CPR’');
    expect(linkInWords(query, context('fr'))).toBe('nombre de réunions de « CPR »');
    expect(linkInWords(query, context('en'))).toBe('number of meetings of ‘CPR’');
    const ratio = {
      mode: 'ratio' as const,
      ratio: {
        numerator: { typeKey: 'activity', categories: ['training'], measure: 'hours' as const },
        denominator: { typeKey: 'headcount', subjectId: staff, measure: 'latest' as const },
        scale: 100 as const,
      },
    };
    expect(linkInWords(ratio, context('nl'))).toBe(
      'uren activiteiten (soort activiteit: opleiding of vorming) / laatste telling van ‘Medewerkers’ × 100',
    );
    expect(
      linkInWords(
        { mode: 'ratio', ratio: { ...ratio.ratio, denominator: { constant: 2.5 }, scale: 1 } },
        context('fr'),
      ),
    ).toBe('heures (activités) (type d’activité : formation) / 2,5');
    expect(linkInWords({ mode: 'manual', manualReason: 'external' }, context('en'))).toBe(
      'manual values: data from outside svpp (e.g. web statistics), entered by hand',
    );
    expect(manualReasonInWords(undefined, 'nl')).toBe('manueel ingevoerd');
  });

  it('names an own register and a subject that is gone, and keeps acronyms', () => {
    expect(
      linkInWords(
        {
          mode: 'query',
          query: { typeKey: 'buurtfeest', subjectId: '00000000-0000-4000-8000-000000000fff', measure: 'count' },
        },
        context('nl'),
      ),
    ).toBe('aantal registraties ‘Buurtfeest’ van ‘een onbekend onderwerp’');
    expect(linkInWords({ mode: 'query', query: { typeKey: 'gas_report', measure: 'count' } }, context('nl'))).toBe(
      'aantal GAS-vaststellingen',
    );
  });

  it('says why a flag is raised, with the accepting comment', () => {
    expect(
      flagInWords({ kind: 'far_above_target', value: 15, required: 3, fingerprint: 'x', accepted: null }, 'nl'),
    ).toBe('Waarde 15 is minstens vijf keer de streefwaarde 3: nakijken of niet te veel meetelt.');
    expect(
      flagInWords(
        {
          kind: 'shared_computation',
          others: ['1.2 A'],
          fingerprint: 'x',
          accepted: { comment: 'Bewust.', at: '2020-01-01' },
        },
        'en',
      ),
    ).toBe('Same computation as ‘1.2 A’: it may count something else too. Accepted: Bewust.');
  });
});

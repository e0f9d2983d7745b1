import { describe, expect, it } from 'vitest';
import type { RegisterType } from '../../../shared/api/registrations.schema.js';
import { formatNumber } from '../../../shared/i18n/format.js';
import { builtinRegisterTypes } from '../../../shared/indicators/builtin-register-types.js';
import { catalogs } from '../../i18n/messages.js';
import { flagInWords, linkInWords, sourcesInWords, type Words } from './link-words.js';

const types: RegisterType[] = builtinRegisterTypes.map((definition) => ({
  key: definition.key,
  builtin: true,
  active: true,
  definition,
}));
const words = (locale: 'nl' | 'fr' | 'en'): Words => ({
  t: catalogs[locale],
  locale,
  number: (value) => formatNumber(value, locale),
  date: (value) => value,
});
const cpr = '00000000-0000-4000-8000-0000000000c1';
const pleintjes = '00000000-0000-4000-8000-0000000000c2';
const names = new Map([
  [cpr, 'CPR'],
  [pleintjes, 'Mobiele pleintjeswerker'],
]);

describe('links in words', () => {
  it('names the subject a query counts, in each language', () => {
    const link = { mode: 'query' as const, query: { typeKey: 'meeting', subjectId: cpr, measure: 'count' as const } };
    expect(linkInWords(link, types, names, words('nl'))).toBe('Vergadering · aantal registraties · onderwerp: CPR');
    expect(linkInWords(link, types, names, words('fr'))).toMatch(/sujet : CPR$/);
    expect(linkInWords(link, types, names, words('en'))).toMatch(/subject: CPR$/);
    // An unknown subject id is left out rather than shown as an id.
    expect(linkInWords(link, types, new Map(), words('nl'))).toBe('Vergadering · aantal registraties');
  });

  it('says a ratio as numerator per denominator, the last count, a percentage and a fixed number', () => {
    const ratio = {
      mode: 'ratio' as const,
      ratio: {
        numerator: { typeKey: 'activity', measure: 'hours' as const },
        denominator: { typeKey: 'headcount', subjectId: pleintjes, measure: 'latest' as const },
        scale: 1 as const,
      },
    };
    expect(linkInWords(ratio, types, names, words('nl'))).toBe(
      'Activiteit · som van de uren (Uren) per Bezetting · laatste telling (Aantal personen) · onderwerp: Mobiele pleintjeswerker',
    );
    const percent = {
      mode: 'ratio' as const,
      ratio: {
        numerator: { typeKey: 'headcount', measure: 'latest' as const },
        denominator: { constant: 12 },
        scale: 100 as const,
      },
    };
    expect(linkInWords(percent, types, names, words('nl'))).toBe(
      'Bezetting · laatste telling (Aantal personen), in % van het vaste getal 12',
    );
  });

  it('gives the reason a manual indicator stays manual', () => {
    expect(linkInWords({ mode: 'manual', manualReason: 'external' }, types, names, words('nl'))).toBe(
      'manueel: gegevens van buiten svpp (bijvoorbeeld websitestatistieken)',
    );
    expect(linkInWords({ mode: 'manual', manualReason: 'qualitative' }, types, names, words('fr'))).toBe(
      'manuel : appréciation qualitative',
    );
    expect(linkInWords({ mode: 'manual' }, types, names, words('en'))).toBe('manual: no reason given');
  });

  it('says what a flag asks to check, and how many registrations are behind a value', () => {
    expect(
      flagInWords(
        { kind: 'shared_computation', others: ['1.2.2.2', '3.1.1.1'], fingerprint: 'x', accepted: null },
        words('nl'),
      ),
    ).toBe('Gedeelde berekening met 1.2.2.2; 3.1.1.1: kijk na of deze indicatoren over hetzelfde gaan.');
    expect(
      flagInWords({ kind: 'far_above_target', value: 72, required: 4, fingerprint: 'y', accepted: null }, words('en')),
    ).toBe('Value 72 is more than five times the target 4: check that this does not count too broadly.');
    expect(sourcesInWords(1234, words('nl'))).toBe('1.234 registraties achter deze waarde');
    expect(sourcesInWords(1, words('nl'))).toBe('1 registratie achter deze waarde');
    expect(sourcesInWords(null, words('nl'))).toBeNull();
  });
});

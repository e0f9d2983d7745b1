import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../plan/plan-parser.js';
import { proposeLink } from './propose-link.js';

describe('proposeLink', () => {
  it.each([
    ['Aantal vergaderingen van de CPR is minstens 3', { typeKey: 'meeting', categories: ['cpr'], measure: 'count' }],
    ['Er worden minstens 12 fietsgraveeracties georganiseerd', { typeKey: 'bike_engraving', measure: 'count' }],
    ['Aantal gegraveerde fietsen', { typeKey: 'bike_engraving', measure: 'quantity' }],
    ['Aantal toezichtmomenten per jaar', { typeKey: 'supervision', measure: 'count' }],
    ['Aantal uren inzet gemeenschapswachten als gemachtigd opzichter', { typeKey: 'school_crossing', measure: 'hours' }],
    ['Aantal uren ondersteuning in het verkeerspark', { typeKey: 'traffic_park', measure: 'hours' }],
    ['Nombre d’heures de soutien au parc de circulation', { typeKey: 'traffic_park', measure: 'hours' }],
    ['Aantal bereikte personen via infosessies', { typeKey: 'activity', categories: ['information_session'], measure: 'quantity' }],
    ['Bestaan van een draaiboek', { typeKey: 'document', categories: ['playbook'], statuses: ['approved'], measure: 'count' }],
    ['Ten laatste op 31 maart 2016 is er een evaluatierapport', { typeKey: 'document', categories: ['evaluation_report'], statuses: ['approved'], measure: 'count' }],
    ['Nombre de réunions du conseil consultatif de prévention', { typeKey: 'meeting', categories: ['cpr'], measure: 'count' }],
    ['Aantal doorverwijzingen / toeleidingen naar specifieke drughulpverlening.', { typeKey: 'case_work', categories: ['street_corner'], statuses: ['referral'], measure: 'count' }],
    ['Aantal contacten i.k.v. vroegdetectie - vroeginterventie.', { typeKey: 'case_work', categories: ['street_corner'], statuses: ['early_detection'], measure: 'count' }],
    ['Aantal adviezen (inclusief in het kader van HERCOSI)', { typeKey: 'advice_visit', statuses: ['done', 'reported'], measure: 'count' }],
    ['Aantal adviezen technopreventie', { typeKey: 'advice_visit', statuses: ['done', 'reported'], measure: 'count' }],
  ])('%s', (text, query) => {
    expect(proposeLink(text)?.link).toEqual({ mode: 'query', query });
  });

  it('proposes nothing where the text is not clear, and a document where the text names one', () => {
    expect(proposeLink('Evaluatieverslag van de samenwerking met de lagere scholen in verband met de vrijwillige gemachtigd opzichters')?.link).toEqual({ mode: 'query', query: { typeKey: 'document', categories: ['evaluation_report'], statuses: ['approved'], measure: 'count' } });
    expect(proposeLink('Kwalitatieve indicator: case')).toBeUndefined();
  });

  it('finds a proposal for a good share of the Mechelen indicators, and says why', () => {
    const plan = parsePlan(readFileSync('samples/plans/mechelen-svpp-2020.txt', 'utf8'));
    const indicators = plan.sections.flatMap((s) => s.strategic_objectives.flatMap((st) => st.operational_objectives.flatMap((o) => o.indicators)));
    const proposals = indicators.map((i) => proposeLink(i.text)).filter((p) => p !== undefined);
    expect(proposals.length).toBeGreaterThan(indicators.length * 0.2);
    expect(proposals.every((p) => p.because.length > 0)).toBe(true);
  });
});

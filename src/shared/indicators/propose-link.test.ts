import { describe, expect, it } from 'vitest';
import {
  computationKeyOf as keyOf,
  mechelenIndicators as all,
  proposalFor as read,
} from '../../../test/support/mechelen-proposals.js';
import { proposeLink } from './propose-link.js';

const subjectOf = (text: string) => read(text).subjects[0];

describe('proposeLink: what an indicator counts', () => {
  it('reads the body that meets, not every meeting of the city', () => {
    expect(subjectOf('Aantal vergaderingen van de CPR')).toMatchObject({
      typeKey: 'meeting',
      kind: 'body',
      name: 'CPR',
      category: 'cpr',
    });
    expect(subjectOf('Vier verslagen van de vergaderingen van het overlegplatform')).toMatchObject({
      typeKey: 'meeting',
      name: 'Overlegplatform probleemgedrag school',
    });
    expect(subjectOf('Aantal verslagen van de Stuurgroep PrOS')).toMatchObject({
      typeKey: 'meeting',
      name: 'Stuurgroep PrOS',
      category: 'steering_group',
    });
    expect(subjectOf('Aantal deelnames Mechelen aan werkgroep VVSG')?.name).toBe('Werkgroep VVSG');
  });

  it('tells the four supervision tasks apart by phenomenon, and training for companies, retail and staff apart', () => {
    const supervision = all
      .filter((x) => /^Aantal toezichtmomenten/.test(x.i.text))
      .map((x) =>
        keyOf(proposeLink({ text: x.i.text, sectionNumber: x.section.number, sectionTitle: x.section.title })),
      );
    expect(supervision).toHaveLength(4);
    expect(new Set(supervision).size).toBe(4);
    const trainings = [
      'Aantal interne vormingsmomenten',
      'Aantal vormingsmomenten voor de lokale retailsector',
      'Aantal vormingsmomenten voor Mechelse bedrijven',
    ].map((t) => keyOf(read(t)));
    expect(new Set(trainings).size).toBe(3);
  });

  it('gives each evaluation report its own document subject', () => {
    const evaluations = all
      .filter((x) => /evaluatierapport|evaluatieverslag|evaluatie van/i.test(x.i.text))
      .map((x) =>
        keyOf(proposeLink({ text: x.i.text, sectionNumber: x.section.number, sectionTitle: x.section.title })),
      );
    expect(evaluations.length).toBeGreaterThanOrEqual(9);
    expect(new Set(evaluations).size).toBe(evaluations.length);
  });

  it('reads ratios with a numerator and a denominator, and the reports svpp writes itself', () => {
    expect(read('Aantal planningsgesprekken in verhouding tot').link(new Map())).toMatchObject({
      mode: 'ratio',
      ratio: {
        scale: 100,
        numerator: { typeKey: 'activity' },
        denominator: { typeKey: 'headcount', measure: 'latest' },
      },
    });
    expect(read('aantal uren vorming per mobiele pleintjeswerker').link(new Map())).toMatchObject({
      mode: 'ratio',
      ratio: { scale: 1, numerator: { typeKey: 'activity', measure: 'hours' } },
    });
    expect(read('Aantal vrijwilligers en verhouding').link(new Map())).toMatchObject({
      mode: 'ratio',
      ratio: { numerator: { categories: ['new'] }, denominator: { categories: ['long_term'] } },
    });
    expect(subjectOf('4 activiteitenrapporten')).toMatchObject({ kind: 'report', reportKind: 'activity' });
    expect(subjectOf('Jaarrapport NERO-project')).toMatchObject({ kind: 'report', reportKind: 'nero' });
    expect(read('Aantal geregistreerde geweldsfeiten').link(new Map())).toEqual({
      mode: 'query',
      query: { typeKey: 'violence_incident', measure: 'count' },
    });
    expect(read('Aantal collegeverslagen').link(new Map())).toMatchObject({
      mode: 'query',
      query: { typeKey: 'decision' },
    });
  });

  it('keeps a person’s judgment and outside data manual, with the reason', () => {
    expect(read('Kwalitatieve indicator: case.').link(new Map())).toEqual({
      mode: 'manual',
      manualReason: 'qualitative',
    });
    expect(read('Aantal bezoekers per webpagina').link(new Map())).toEqual({
      mode: 'manual',
      manualReason: 'external',
    });
  });

  it('proposes a computation for every Mechelen indicator that counts work, and shares one only within a subject', () => {
    const proposals = all.map((x) => ({
      x,
      p: proposeLink({
        text: x.i.text,
        sectionNumber: x.section.number,
        sectionTitle: x.section.title,
        siblings: x.op.indicators.filter((o) => o !== x.i).map((o) => o.text),
        municipalityName: 'Mechelen',
      }),
    }));
    const computed = proposals.filter(({ p }) => p.reading.mode !== 'manual');
    expect(all).toHaveLength(141);
    expect(computed.length).toBeGreaterThanOrEqual(133);
    const byKey = new Map<string, string[]>();
    for (const { x, p } of computed) byKey.set(keyOf(p) ?? '', [...(byKey.get(keyOf(p) ?? '') ?? []), x.i.text]);
    const shared = [...byKey.values()].filter((texts) => texts.length > 1);
    // Only the same thing said twice: the four action programmes, the consultation's minutes, the guards' annual
    // report.
    expect(shared.map((texts) => texts.length).sort()).toEqual([2, 3, 3]);
    expect(proposals.every(({ p }) => p.reading.because.length > 0)).toBe(true);
  });

  it('reads French indicators too', () => {
    expect(
      proposeLink({ text: 'Nombre de réunions du conseil consultatif de prévention', sectionNumber: '1' }).subjects[0],
    ).toMatchObject({ typeKey: 'meeting' });
    expect(proposeLink('Nombre d’heures de soutien au parc de circulation').link(new Map())).toEqual({
      mode: 'query',
      query: { typeKey: 'traffic_park', measure: 'hours' },
    });
  });
});

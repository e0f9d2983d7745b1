import { describe, expect, it } from 'vitest';
import { mechelenText, oo, operationals, planFixture, targetsOf } from '../../../test/support/parsed-plan.js';
import type { ParsedPlan } from './plan-parse.types.js';
import { parsePlan } from './plan-parser.js';

const mechelen = parsePlan(mechelenText);
const french = parsePlan(planFixture('pssp-exemple-fr.txt'));

const TARGET_KEYS = new Set(['kind', 'op', 'value', 'unit', 'per', 'year', 'from', 'until', 'due']);
const KINDS = new Set(['count', 'hours', 'percentage', 'exists', 'growth', 'qualitative', 'monitor']);
const PERIODS = new Set(['year', 'school_year', 'quarter', 'month', 'half_year', 'two_years', 'plan']);

/** The shape of plan-parse.schema.json: required fields, enums, dates, integer years. */
function expectSchemaShape(plan: ParsedPlan): void {
  expect(['nl', 'fr']).toContain(plan.language);
  expect(Array.isArray(plan.warnings)).toBe(true);
  for (const w of plan.warnings) {
    expect(Number.isInteger(w.line) && w.line >= 1).toBe(true);
    expect(typeof w.message).toBe('string');
  }
  if (plan.period) {
    expect(plan.period.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(plan.period.end).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
  for (const f of plan.funding ?? []) {
    expect(typeof f.scheme).toBe('string');
    expect(Number.isFinite(f.amount_eur)).toBe(true);
  }
  for (const section of plan.sections) {
    expect(section.number).toMatch(/^\d+$/);
    expect(['coordination', 'phenomenon']).toContain(section.kind);
    for (const g of section.general_objectives) expect(g.number).toMatch(new RegExp(`^${section.number}\\.1\\.\\d+$`));
    for (const so of section.strategic_objectives) {
      expect(so.number).toMatch(new RegExp(`^${section.number}\\.2\\.\\d+$`));
      so.operational_objectives.forEach((o, index) => {
        expect(o.number).toBe(`${so.number}.${index + 1}`);
        for (const indicator of o.indicators) {
          expect(indicator.targets.length).toBeGreaterThan(0);
          for (const t of indicator.targets) {
            expect(Object.keys(t).every((k) => TARGET_KEYS.has(k))).toBe(true);
            expect(KINDS.has(t.kind)).toBe(true);
            if (t.per !== undefined) expect(PERIODS.has(t.per)).toBe(true);
            if (t.op !== undefined) expect(['>=', '<=', '=']).toContain(t.op);
            for (const y of [t.year, t.from, t.until]) if (y !== undefined) expect(Number.isInteger(y)).toBe(true);
            if (t.due !== undefined) expect(t.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
            if (t.unit !== undefined) expect(t.kind).toBe('growth');
          }
        }
      });
    }
  }
}

describe('parsePlan — Mechelen 2020', () => {
  it('is Dutch, for MECHELEN, for 2020', () => {
    expect(mechelen.language).toBe('nl');
    expect(mechelen.municipality).toBe('MECHELEN');
    expect(mechelen.period).toEqual({ start: '2020-01-01', end: '2020-12-31' });
  });

  it('reads the funding of the general provisions in Belgian number format', () => {
    expect(mechelen.funding).toEqual([
      { scheme: 'SVPP', amount_eur: 810553.07, fte: null },
      { scheme: 'Gemeenschapswachten 346', amount_eur: 42714.57, fte: 8 },
      { scheme: 'ACTIVA', amount_eur: 16220.58, fte: 3 },
    ]);
  });

  it('finds 16 sections: the coordination and 15 phenomena', () => {
    expect(mechelen.sections).toHaveLength(16);
    expect(mechelen.sections.map((s) => s.number)).toEqual(Array.from({ length: 16 }, (_, i) => String(i + 1)));
    expect(mechelen.sections[0]).toMatchObject({ number: '1', title: 'DISPOSITIEF COÖRDINATIE', kind: 'coordination' });
    expect(mechelen.sections.filter((s) => s.kind === 'phenomenon')).toHaveLength(15);
    expect(mechelen.sections[10]?.title).toBe('INBRAAK');
    expect(mechelen.sections[15]?.title).toBe('DRUGGERELATEERDE MAATSCHAPPELIJKE OVERLAST');
  });

  it('counts 17 general, 31 strategic and 54 operational objectives', () => {
    const general = mechelen.sections.flatMap((s) => s.general_objectives);
    const strategic = mechelen.sections.flatMap((s) => s.strategic_objectives);
    expect(general).toHaveLength(17);
    expect(strategic).toHaveLength(31);
    expect(operationals(mechelen)).toHaveLength(54);
    expect(general[1]).toEqual({
      number: '1.1.2',
      title: 'Tot stand brengen, bevorderen en besturen van een lokaal geïntegreerd en integraal preventiebeleid',
    });
    expect(strategic.find((s) => s.number === '2.2.1')?.title).toBe('Een geïntegreerde en integrale aanpak bevorderen');
  });

  it('gives every operational objective at least one result and one indicator, numbered strategic number + position', () => {
    for (const o of operationals(mechelen)) {
      expect(o.title, o.number).not.toBe('');
      expect(o.results.length, o.number).toBeGreaterThan(0);
      expect(o.indicators.length, o.number).toBeGreaterThan(0);
    }
    expect(oo(mechelen, '2.2.1.3').title).toBe('Op actuele tendensen en klachten wordt een efficiënt antwoord geboden');
    expect(operationals(mechelen).filter((o) => o.number.startsWith('2.2.2.'))).toHaveLength(3);
  });

  it('moves a title printed as the last bullet of the previous indicator list to its own objective', () => {
    const previous = oo(mechelen, '1.2.1.1');
    expect(previous.indicators.map((i) => i.text)).toEqual([
      'Aantal planningsgesprekken in verhouding tot het aantal medewerkers is 100% op 01/07/2014.',
      'Aantal interne vormingsmomenten is vanaf 01/01/2014 minstens 3 per jaar.',
    ]);
    expect(oo(mechelen, '1.2.1.2').title).toBe(
      'Zorgen voor een efficiënte interne werking van de dienst preventie en veiligheid',
    );
    expect(oo(mechelen, '1.2.1.3').title).toBe('De communicatie met de subsidiërende overheid verzekeren');
    expect(oo(mechelen, '2.2.1.3').indicators).toHaveLength(2);
  });

  it('joins wrapped lines and drops stray asterisks', () => {
    expect(oo(mechelen, '4.2.2.2').title).toBe(
      'De afdeling preventie en veiligheid neemt deel aan de werkgroep Zichtbaar in het Verkeer',
    );
    expect(oo(mechelen, '11.2.1.3').title).toBe(
      'Het ontwikkelen van hulpmiddelen om het slachtofferschap van vermogensdelicten te voorkomen',
    );
    expect(oo(mechelen, '9.2.1.1').title).toBe(
      'Mechelen investeert in het voorkomen van slachtofferschap en onveiligheidsgevoel m.b.t. het fenomeen familiaal geweld.',
    );
    expect(oo(mechelen, '16.2.2.1').results).toContain(
      'Een samenwerkingsverband met vzw Regionaal Open Jeugdcentrum Mechelen aangaan om één voltijdse vroegdetectie medewerker op het grondgebied van de stad Mechelen in te zetten',
    );
    expect(oo(mechelen, '1.2.3.2').results).toContain(
      'Informatie in verband met drugs wordt online aangeboden via de website dealermee.be',
    );
    const texts = operationals(mechelen).flatMap((o) => [o.title, ...o.results, ...o.indicators.map((i) => i.text)]);
    expect(texts.filter((t) => t.includes('*'))).toEqual([]);
    expect(texts.filter((t) => /^[-–•o]\s/u.test(t))).toEqual([]);
  });

  it('keeps the signatures after the last section out of the last indicator list', () => {
    expect(oo(mechelen, '16.2.3.1').indicators.map((i) => i.text)).toEqual([
      'Bestaan van een bestuurlijk handavingsplan ten aanzien van dealen van drugs.',
      'Aantal deelnames Mechelen aan werkgroep VVSG.',
    ]);
  });

  it('reads the four action programmes with their phenomena', () => {
    expect(mechelen.action_programmes).toEqual([
      { name: 'diefstal en inbraak', sections: ['11', '12', '13', '14', '15'] },
      { name: 'netheid en leefbaarheid', sections: ['2', '3', '4', '6'] },
      { name: 'drugpreventie', sections: ['16'] },
      { name: 'geweld en onveiligheidsgevoelens', sections: ['5', '7', '8', '9', '10'] },
    ]);
  });

  it('reads the targets of concrete indicators', () => {
    expect(targetsOf(mechelen, 'Aantal vergaderingen van de CPR is minstens 3')).toEqual([
      { kind: 'count', op: '>=', value: 3, per: 'year' },
    ]);
    expect(targetsOf(mechelen, 'Aantal interne vormingsmomenten')).toEqual([
      { kind: 'count', op: '>=', value: 3, per: 'year', from: 2014 },
    ]);
    expect(targetsOf(mechelen, 'Aantal planningsgesprekken')).toEqual([
      { kind: 'percentage', op: '>=', value: 100, due: '2014-07-01' },
    ]);
    expect(targetsOf(mechelen, 'Aantal verslagen van de stuurgroep bestuurlijk handhaven')).toEqual([
      { kind: 'count', op: '>=', value: 3, year: 2014 },
      { kind: 'count', op: '>=', value: 6, per: 'year', from: 2015 },
    ]);
    expect(targetsOf(mechelen, 'Minstens 500u aanwezigheid')).toEqual([
      { kind: 'hours', op: '>=', value: 500, per: 'year' },
    ]);
    expect(targetsOf(mechelen, 'Aantal bezoekers aan het huis')).toEqual([
      { kind: 'growth', op: '>=', value: 10, unit: 'percent', per: 'year' },
    ]);
    expect(targetsOf(mechelen, 'Aantal buurten waarvoor een buurtcharter')).toEqual([
      { kind: 'growth', op: '>=', value: 1, unit: 'absolute', per: 'year', from: 2016 },
    ]);
    expect(targetsOf(mechelen, 'Bestaan van een draaiboek')).toEqual([{ kind: 'exists' }]);
    expect(targetsOf(mechelen, 'Ten laatste op 31 maart 2016')).toEqual([{ kind: 'exists', due: '2016-03-31' }]);
    expect(targetsOf(mechelen, 'Vier verslagen')).toEqual([{ kind: 'count', op: '>=', value: 4, per: 'school_year' }]);
    expect(targetsOf(mechelen, 'Maandelijkse intervisiemomenten')).toEqual([
      { kind: 'count', op: '>=', value: 1, per: 'month' },
    ]);
    expect(targetsOf(mechelen, 'Jaarrapport NERO-project')).toEqual([
      { kind: 'count', op: '>=', value: 1, per: 'year' },
    ]);
    expect(targetsOf(mechelen, 'Kwalitatieve indicator: case.')).toEqual([{ kind: 'qualitative' }]);
    expect(targetsOf(mechelen, 'Aantal vrijwilligers')).toEqual([{ kind: 'monitor' }]);
    expect(targetsOf(mechelen, 'Aantal toezichtmomenten per jaar')).toEqual([{ kind: 'monitor', per: 'year' }]);
  });

  it('turns what it is unsure of into warnings with line numbers', () => {
    const lineCount = mechelenText.split('\n').length;
    expect(mechelen.warnings.length).toBeGreaterThan(0);
    expect(mechelen.warnings.every((w) => w.line >= 1 && w.line <= lineCount)).toBe(true);
    const at = (line: number) =>
      mechelen.warnings
        .filter((w) => w.line === line)
        .map((w) => w.message)
        .join(' | ');
    expect(at(317)).toMatch(/no period in the text; read as per year/);
    expect(at(239)).toMatch(/31 maart/);
    expect(at(253)).toMatch(/repeats a result/);
    expect(at(497)).toMatch(/section 3 says it belongs to action programme "sociale overlast"/);
    expect(at(714)).toMatch(/section 6/);
  });

  it('produces the schema shape', () => {
    expectSchemaShape(mechelen);
    expect(JSON.parse(JSON.stringify(mechelen))).toEqual(mechelen);
  });

  it('is deterministic', () => {
    expect(parsePlan(mechelenText)).toEqual(mechelen);
  });
});

describe('parsePlan — French PSSP', () => {
  it('reads language, municipality, period and funding', () => {
    expect(french.language).toBe('fr');
    expect(french.municipality).toBe('BELREGARD');
    expect(french.period).toEqual({ start: '2020-01-01', end: '2021-12-31' });
    expect(french.funding).toEqual([
      { scheme: 'PSSP', amount_eur: 254300.5, fte: null },
      { scheme: 'Gardiens de la paix 346', amount_eur: 21357.29, fte: 4 },
    ]);
  });

  it('reads sections, objectives and the moved titles', () => {
    expect(french.sections.map((s) => [s.number, s.kind, s.title])).toEqual([
      ['1', 'coordination', 'DISPOSITIF DE COORDINATION'],
      ['2', 'phenomenon', 'NUISANCES SOCIALES'],
      ['3', 'phenomenon', 'CAMBRIOLAGES DANS LES HABITATIONS'],
      ['4', 'phenomenon', 'VOLS DE VÉLOS'],
    ]);
    expect(operationals(french).map((o) => o.number)).toEqual([
      '1.2.1.1',
      '1.2.1.2',
      '2.2.1.1',
      '2.2.1.2',
      '2.2.2.1',
      '3.2.1.1',
      '4.2.1.1',
    ]);
    expect(oo(french, '1.2.1.2').title).toBe("Regrouper les phénomènes en programmes d'action");
    expect(oo(french, '2.2.1.2').title).toBe('Développer le guichet nuisances');
    expect(oo(french, '2.2.1.1').title).toBe(
      'Organiser une concertation structurée entre les services de la Ville, la police locale et les partenaires externes dans les quartiers prioritaires',
    );
    expect(oo(french, '2.2.1.1').results).toEqual([
      'Une concertation est organisée au moins tous les six mois ; sont invités :',
      'Le service jeunesse',
      'La police locale',
      'Le CPAS',
    ]);
    expect(oo(french, '4.2.1.1').indicators.map((i) => i.text)).toEqual([
      '≥ 10 actions de gravure en 2020 et ≥ 12 à partir de 2021',
      'Nombre de vélos gravés',
    ]);
  });

  it('reads French targets', () => {
    expect(targetsOf(french, "Existence d'un plan d'action")).toEqual([{ kind: 'exists', due: '2021-12-31' }]);
    expect(targetsOf(french, 'Nombre de réunions du comité')).toEqual([
      { kind: 'count', op: '>=', value: 3, per: 'year', from: 2020 },
    ]);
    expect(targetsOf(french, 'Le nombre de plaintes pour nuisances diminue')).toEqual([
      { kind: 'growth', op: '<=', value: -5, unit: 'percent', per: 'year' },
    ]);
    expect(targetsOf(french, 'Réunions trimestrielles')).toEqual([
      { kind: 'count', op: '>=', value: 1, per: 'quarter' },
    ]);
    expect(targetsOf(french, 'Deux séances')).toEqual([{ kind: 'count', op: '>=', value: 2, per: 'school_year' }]);
    expect(targetsOf(french, '≥ 10 actions')).toEqual([
      { kind: 'count', op: '>=', value: 10, year: 2020 },
      { kind: 'count', op: '>=', value: 12, per: 'year', from: 2021 },
    ]);
    expect(targetsOf(french, 'Indicateur qualitatif')).toEqual([{ kind: 'qualitative' }]);
  });

  it('reads the action programmes and the schema shape', () => {
    expect(french.action_programmes).toEqual([
      { name: 'nuisances', sections: ['2'] },
      { name: 'vols et cambriolages', sections: ['3', '4'] },
    ]);
    expectSchemaShape(french);
  });
});

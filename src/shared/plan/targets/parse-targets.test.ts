import { describe, expect, it } from 'vitest';
import type { ParsedTarget } from '../plan-parse.types.js';
import { parseTargets, parseTargetsDetailed } from './parse-targets.js';

const count = (value: number, extra: Partial<ParsedTarget> = {}): ParsedTarget => ({
  kind: 'count',
  op: '>=',
  value,
  ...extra,
});
const perYear = (value: number, extra: Partial<ParsedTarget> = {}) => count(value, { per: 'year', ...extra });

describe('parseTargets — Dutch indicators of the Mechelen plan', () => {
  const cases: Array<[string, ParsedTarget[]]> = [
    ['Aantal vergaderingen van de CPR is minstens 3.', [count(3)]],
    ['Aantal interne vormingsmomenten is vanaf 01/01/2014 minstens 3 per jaar.', [perYear(3, { from: 2014 })]],
    ['Aantal verslagen van het gestructureerd overleg is minstens 2 per jaar', [perYear(2)]],
    ['Aantal werkverslagen van het overleg is groter of gelijk aan 13 voor 2014', [count(13, { year: 2014 })]],
    [
      'Aantal werkverslagen van het overleg is groter of gelijk aan 26 vanaf het werkjaar 2015',
      [perYear(26, { from: 2015 })],
    ],
    [
      'Aantal verslagen van de stuurgroep bestuurlijk handhaven is groter of gelijk aan 3 voor het werkjaar 2014 en groter of gelijk aan 6 vanaf het werkjaar 2015',
      [count(3, { year: 2014 }), perYear(6, { from: 2015 })],
    ],
    [
      'Aantal deelnames aan de handelsadvies raad is minstens 2 in 2014 en 3 per jaar vanaf 2015',
      [count(2, { year: 2014 }), perYear(3, { from: 2015 })],
    ],
    [
      'Vier verslagen van de vergaderingen van het overlegplatform probleemgedrag op school per schooljaar.',
      [count(4, { per: 'school_year' })],
    ],
    ['4 activiteitenrapporten', [count(4)]],
    ["Aantal collegeverslagen ter goedkeuring van de jaarlijkse actieprogramma's is 4", [count(4)]],
    ["Vanaf het werkjaar 2014 zijn er 4 actieprogramma's", [perYear(4, { from: 2014 })]],
    ["Voor 2014 zijn er 4 actieprogramma's, ten laatste op 01/09/2014", [count(4, { year: 2014, due: '2014-09-01' })]],
    ['Jaarlijks minstens 2 educatieve acties in functie van een lokale probleemanalyse', [perYear(2)]],
    ['Aantal sociale acties vanuit straathoekwerk is jaarlijks minstens 1.', [perYear(1)]],
    ['Aantal overlegmomenten CGG - De Pont is minstens 4 per werkingsjaar', [perYear(4)]],
    ['Bestaan van een minstens 1 jaarlijks overlegmoment', [perYear(1)]],
    [
      'Straathoekwerk stelt jaarlijks minstens 1 algemene signaalnota én 1 sfeer- of doelgroerapport voor een specifieke buurt op.',
      [perYear(1), perYear(1)],
    ],
    [
      'Aantal planningsgesprekken in verhouding tot het aantal medewerkers is 100% op 01/07/2014.',
      [{ kind: 'percentage', op: '>=', value: 100, due: '2014-07-01' }],
    ],
    [
      'Minstens 500u aanwezigheid van grote broers (mobiele pleintjeswerkers) op het openbaar domein',
      [{ kind: 'hours', op: '>=', value: 500 }],
    ],
    [
      'Aantal bezoekers aan het huis voor preventie en veiligheid, waarbij gestreefd wordt naar een groepspad van 10% nieuwe bezoekers per jaar',
      [{ kind: 'growth', op: '>=', value: 10, unit: 'percent', per: 'year' }],
    ],
    [
      'Aantal buurten waarvoor een buurtcharter bestaat groeit jaarlijks met minstens 1 aan vanaf werkingsjaar 2016 bij positieve of veelbelovende evaluatie in 2015.',
      [{ kind: 'growth', op: '>=', value: 1, unit: 'absolute', per: 'year', from: 2016 }],
    ],
    ['Bestaan van een draaiboek', [{ kind: 'exists' }]],
    [
      'Bestaan van een actieplan goedgekeurd door het college van burgemeester en schepenen op 01/01/2015.',
      [{ kind: 'exists', due: '2015-01-01' }],
    ],
    [
      'Ten laatste op 31 maart 2016 is er een evaluatierapport van het trainingsprogramma opgesteld',
      [{ kind: 'exists', due: '2016-03-31' }],
    ],
    [
      'Op 1 januari 2014 bestaat er een intern communicatieplan voor de dienst preventie en veiligheid',
      [{ kind: 'exists', due: '2014-01-01' }],
    ],
    [
      'Op 1 januari 2014 is er een organogram voor de dienst preventie en veiligheid opgemaakt.',
      [{ kind: 'exists', due: '2014-01-01' }],
    ],
    ['Globale evaluatienota inzake externe communicatie tegen 01/09/2017', [{ kind: 'exists', due: '2017-09-01' }]],
    ['Evaluatierapport van vormingstraject', [{ kind: 'exists' }]],
    [
      'Het spijbelactieplan bestaat en de uitvoering ervan wordt opgevolgd via het overlegplatform probleemgedrag op school.',
      [{ kind: 'exists' }],
    ],
    [
      'De samenwerkingsovereenkomst tussen de stad en jeugdhuis ROJM bestaat en wordt halfjaarlijks gemonitord.',
      [{ kind: 'exists' }, count(1, { per: 'half_year' })],
    ],
    ['Jaarlijkse evaluatie van het interne communicatieplan', [perYear(1)]],
    ['Jaarrapport NERO-project', [perYear(1)]],
    ['Jaarverslag gemeenschapswachten vermeldt het aantal processen-verbaal voor inbreuken op de ABP', [perYear(1)]],
    [
      'Een jaarlijks overzicht van de activiteiten in het kader van de consortiumbewaking wordt opgevraagd',
      [perYear(1)],
    ],
    ['Minstens jaarlijks verslag van de opvolging van de overeenkomst inzake kortdurende noodopvang.', [perYear(1)]],
    ['Maandelijkse intervisiemomenten voor vrijwilligers', [count(1, { per: 'month' })]],
    ['Tweejaarlijkse overlegmomenten i.k.v. de protocolovereenkomst.', [count(1, { per: 'two_years' })]],
    ['Kwalitatieve indicator: case.', [{ kind: 'qualitative' }]],
    ['Kwalitatieve indicator: beschrijving van een concrete geanonimiseerde case.', [{ kind: 'qualitative' }]],
    ['Aantal vrijwilligers', [{ kind: 'monitor' }]],
    ['Aantal toezichtmomenten per jaar', [{ kind: 'monitor', per: 'year' }]],
    [
      'Aantal toezichtmomenten (inclusief aantal bewaakte fietsenstallingen) per jaar',
      [{ kind: 'monitor', per: 'year' }],
    ],
    ['Aantal voorstellen tot wijziging van het SVPP 2014-2017', [{ kind: 'monitor' }]],
    ['aantal uren vorming per mobiele pleintjeswerker', [{ kind: 'monitor' }]],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(parseTargets(text, 'nl')).toEqual(expected);
  });
});

describe('parseTargets — Dutch sentences beyond Mechelen', () => {
  const cases: Array<[string, ParsedTarget[]]> = [
    ['≥ 3 voor 2014 en ≥ 6 vanaf 2015', [count(3, { year: 2014 }), perYear(6, { from: 2015 })]],
    ['Het aantal inbraken daalt met 5%', [{ kind: 'growth', op: '<=', value: -5, unit: 'percent' }]],
    [
      'Het aantal fietsdiefstallen daalt jaarlijks met minstens 10%',
      [{ kind: 'growth', op: '<=', value: -10, unit: 'percent', per: 'year' }],
    ],
    ['Een stijging van 3 deelnemers per jaar', [{ kind: 'growth', op: '>=', value: 3, unit: 'absolute', per: 'year' }]],
    ['Ten minste twaalf fietsgraveeracties per jaar', [perYear(12)]],
    ['Minstens twintig deelnemers per kwartaal', [count(20, { per: 'quarter' })]],
    ['Minstens één keer per maand overleg', [count(1, { per: 'month' })]],
    ['Driemaandelijkse rapportage aan het college', [count(1, { per: 'quarter' })]],
    ['Hoogstens 2 klachten per maand', [{ kind: 'count', op: '<=', value: 2, per: 'month' }]],
    ['Meer dan 10 infosessies per jaar', [perYear(11)]],
    ['Ten laatste in 2015 zijn minstens twee proeftuinen opgezet.', [count(2, { due: '2015-12-31' })]],
    ['Minstens 4 acties per jaar van 2020 tot 2022', [perYear(4, { from: 2020, until: 2022 })]],
    ['In de periode van het plan worden 2 graveeracties georganiseerd', [count(2, { per: 'plan' })]],
    ['Een evaluatierapport tegen 31 december 2021', [{ kind: 'exists', due: '2021-12-31' }]],
    ['Minstens 80 % van de meldingen wordt binnen de maand behandeld', [{ kind: 'percentage', op: '>=', value: 80 }]],
    ['Aantal adviezen', [{ kind: 'monitor' }]],
    ['', [{ kind: 'monitor' }]],
    ['Minimum 2 infosessies per jaar', [perYear(2)]],
    ['Jaarlijks 4 buurtoverleggen', [perYear(4)]],
    ['Twee keer per jaar een overleg', [perYear(2)]],
    ['2x per jaar overleg met de politie', [perYear(2)]],
    ['1 x per maand intervisie', [count(1, { per: 'month' })]],
    ['Aantal deelnemers: minstens 50', [count(50)]],
    ['Vanaf 2021 jaarlijks minstens 3 acties', [perYear(3, { from: 2021 })]],
    ['Minstens 4 acties in 2021 en 2022', [perYear(4, { from: 2021, until: 2022 })]],
    ['Het aantal inbraken ligt niet hoger dan 300 per jaar', [{ kind: 'count', op: '<=', value: 300, per: 'year' }]],
    [
      'Een daling van het aantal woninginbraken met 5% tegen 2022',
      [{ kind: 'growth', op: '<=', value: -5, unit: 'percent', due: '2022-12-31' }],
    ],
    ['Tegen eind 2021 is er een actieplan', [{ kind: 'exists', due: '2021-12-31' }]],
    ['Uiterlijk 30 juni 2021 wordt het rapport voorgelegd', [{ kind: 'exists', due: '2021-06-30' }]],
    ['Oprichting van een lokale adviesraad tegen 30/06/2021', [{ kind: 'exists', due: '2021-06-30' }]],
    ['Halfjaarlijkse rapportering aan het college', [count(1, { per: 'half_year' })]],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(parseTargets(text, 'nl')).toEqual(expected);
  });
});

describe('parseTargets — French', () => {
  const cases: Array<[string, ParsedTarget[]]> = [
    ['Nombre de réunions du conseil consultatif : au moins 3 par an à partir de 2015', [perYear(3, { from: 2015 })]],
    ["Existence d'un plan d'action approuvé par le collège au 31/12/2021", [{ kind: 'exists', due: '2021-12-31' }]],
    ["Au plus tard le 31 mars 2016, un rapport d'évaluation est rédigé", [{ kind: 'exists', due: '2016-03-31' }]],
    ["Rapport annuel d'activités", [perYear(1)]],
    [
      'Le nombre de vols diminue de 5 % par an',
      [{ kind: 'growth', op: '<=', value: -5, unit: 'percent', per: 'year' }],
    ],
    [
      'Augmentation de 10% du nombre de visiteurs par an',
      [{ kind: 'growth', op: '>=', value: 10, unit: 'percent', per: 'year' }],
    ],
    ['Au minimum 500 heures de présence des gardiens de la paix', [{ kind: 'hours', op: '>=', value: 500 }]],
    ['Réunions trimestrielles du comité de pilotage', [count(1, { per: 'quarter' })]],
    ["Réunions mensuelles de l'équipe", [count(1, { per: 'month' })]],
    ['Rapport semestriel au collège', [count(1, { per: 'half_year' })]],
    ['Deux rapports par année scolaire', [count(2, { per: 'school_year' })]],
    ['Douze actions de gravure par an', [perYear(12)]],
    [
      'Au moins trois réunions en 2014 et au moins six par an à partir de 2015',
      [count(3, { year: 2014 }), perYear(6, { from: 2015 })],
    ],
    ['≥ 10 actions en 2020 et ≥ 12 à partir de 2021', [count(10, { year: 2020 }), perYear(12, { from: 2021 })]],
    ['100 % des plaintes traitées au 30/06/2021', [{ kind: 'percentage', op: '>=', value: 100, due: '2021-06-30' }]],
    ["Indicateur qualitatif : description d'un cas", [{ kind: 'qualitative' }]],
    ['Nombre de participants', [{ kind: 'monitor' }]],
    ['Nombre de patrouilles par mois', [{ kind: 'monitor', per: 'month' }]],
    ['Au moins vingt-cinq participants par an', [perYear(25)]],
    ["Réalisation d'un diagnostic local de sécurité pour le 31 décembre 2020", [{ kind: 'exists', due: '2020-12-31' }]],
    ["Mise en place d'une cellule de coordination", [{ kind: 'exists' }]],
    ["Création d'un réseau de partenaires au plus tard en 2021", [{ kind: 'exists', due: '2021-12-31' }]],
    ['Une évaluation annuelle du plan', [perYear(1)]],
    ['Une réunion par trimestre', [count(1, { per: 'quarter' })]],
    ['Deux fois par an', [perYear(2)]],
    ['Au moins une fois par mois', [count(1, { per: 'month' })]],
    ['2 x par an', [perYear(2)]],
    ['Nombre de contacts avec les jeunes (objectif : 200 par an)', [perYear(200)]],
    [
      "Diminution de 10 % des vols à l'étalage d'ici 2022",
      [{ kind: 'growth', op: '<=', value: -10, unit: 'percent', due: '2022-12-31' }],
    ],
    ['Le nombre de plaintes ne dépasse pas 20 par an', [{ kind: 'count', op: '<=', value: 20, per: 'year' }]],
    ['Au moins 3 actions de sensibilisation par an de 2020 à 2022', [perYear(3, { from: 2020, until: 2022 })]],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(parseTargets(text, 'fr')).toEqual(expected);
  });
});

describe('parseTargetsDetailed — what the grammar is unsure of', () => {
  it('reports a number it did not read as a target', () => {
    const result = parseTargetsDetailed('Aantal vrijwilligers langer dan 1 jaar geëngageerd', 'nl');
    expect(result.targets).toEqual([{ kind: 'monitor' }]);
    expect(result.notes.join(' ')).toMatch(/"1"/);
  });

  it('reports a deadline without a year (recurring) instead of inventing one', () => {
    const result = parseTargetsDetailed(
      "Vanaf 2015 zijn er 4 actieprogramma's ten laatste op 31 maart van het betreffende werkingsjaar",
      'nl',
    );
    expect(result.targets).toEqual([perYear(4, { from: 2015 })]);
    expect(result.notes.join(' ')).toMatch(/31 maart/);
  });

  it('reports a period the schema cannot hold, and flags it', () => {
    const result = parseTargetsDetailed('Minstens 2 tweewekelijkse overlegmomenten', 'nl');
    expect(result.notes.join(' ')).toMatch(/tweewekelijks/);
    expect(result.unsupportedPeriod).toBe(true);
    expect(parseTargetsDetailed('Minstens 1 keer per week', 'nl').targets).toEqual([count(1)]);
    expect(parseTargetsDetailed('Minstens 2 per jaar', 'nl').unsupportedPeriod).toBe(false);
  });

  it('approximates "more than" on a percentage and says so', () => {
    const result = parseTargetsDetailed('Taux de satisfaction supérieur à 70 %', 'fr');
    expect(result.targets).toEqual([{ kind: 'percentage', op: '>=', value: 70 }]);
    expect(result.notes).toHaveLength(1);
  });

  it('keeps the start year and reports a conflicting condition year', () => {
    const result = parseTargetsDetailed(
      'groeit jaarlijks met minstens 1 vanaf 2016 bij positieve evaluatie in 2015',
      'nl',
    );
    expect(result.targets[0]?.from).toBe(2016);
    expect(result.targets[0]?.year).toBeUndefined();
    expect(result.notes.length).toBeGreaterThan(0);
  });

  it('does not read an article as the number one', () => {
    expect(parseTargets('Evaluatierapport proeftuin wijst minstens op een veelbelovende aanpak', 'nl')).toEqual([
      { kind: 'exists' },
    ]);
    expect(parseTargets('Une réunion avec la police', 'fr')).toEqual([{ kind: 'monitor' }]);
  });

  it('a growth word without an amount stays monitor, with a note', () => {
    const result = parseTargetsDetailed('Het aantal inbraken daalt', 'nl');
    expect(result.targets).toEqual([{ kind: 'monitor' }]);
    expect(result.notes.length).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { mechelenText, oo, operationals } from '../../../test/support/parsed-plan.js';
import { PlanParseError } from './plan-parse-error.js';
import { parsePlan } from './plan-parser.js';

describe('parsePlan — plans it has never seen', () => {
  const variant = [
    'STAD VOORBEELD',
    'Pagina 1 van 3',
    '2. Sociale overlast',
    '2.1 Algemene doelstellingen',
    '2.1.1 Het verminderen van sociale overlast',
    '2.2 Strategische doelstellingen',
    '2.2.1 Een integrale aanpak',
    '2.2.1.1 Overleg organiseren met de',
    'partners in de wijk',
    'Resultaat:',
    '• Er is een overleg',
    'Indicatoren:',
    '• Minstens 6 overlegmomenten per jaar',
    'Pagina 2 van 3',
    '2.2.1.2 Buurtbemiddeling uitbouwen',
    'Resultaten:',
    '• Bemiddelingen worden opgevolgd',
    'Indicatoren:',
    '• Aantal bemiddelingen',
    '3. Inbraak',
    '3.1 Algemene doelstellingen',
    '3.1.1 Inbraken voorkomen',
    '3.2 Strategische doelstellingen',
    '3.2.1 Risicogedrag verminderen',
    'Operationele doelstellingen',
    '– Infosessies geven',
    'Resultaten',
    '– Sessies in alle wijken',
    'Indicatoren',
    '– Het aantal inbraken daalt met 10% tegen 2022',
  ].join('\n');

  it('reads mixed-case headings, numbers without a trailing dot, numbered objectives and other bullets', () => {
    const plan = parsePlan(variant);
    expect(plan.sections.map((s) => [s.number, s.title])).toEqual([
      ['2', 'Sociale overlast'],
      ['3', 'Inbraak'],
    ]);
    expect(operationals(plan).map((o) => [o.number, o.title])).toEqual([
      ['2.2.1.1', 'Overleg organiseren met de partners in de wijk'],
      ['2.2.1.2', 'Buurtbemiddeling uitbouwen'],
      ['3.2.1.1', 'Infosessies geven'],
    ]);
    expect(oo(plan, '2.2.1.1').indicators).toEqual([
      { text: 'Minstens 6 overlegmomenten per jaar', targets: [{ kind: 'count', op: '>=', value: 6, per: 'year' }] },
    ]);
    expect(oo(plan, '3.2.1.1').indicators[0]?.targets).toEqual([
      { kind: 'growth', op: '<=', value: -10, unit: 'percent', due: '2022-12-31' },
    ]);
    expect(plan.warnings.some((w) => /period not found/.test(w.message))).toBe(true);
  });

  it('warns, with a line, where an objective has no results or indicators', () => {
    const plan = parsePlan(
      [
        '1. DISPOSITIEF COÖRDINATIE',
        '1.1. Algemene doelstellingen',
        '1.1.1. Het plan uitvoeren',
        '1.2. Strategische doelstellingen',
        '1.2.1. Opvolging verzekeren',
        'Operationele doelstellingen',
        '- Rapporteren aan de overheid',
        'Resultaten',
        '- Er worden rapporten gemaakt',
      ].join('\n'),
    );
    expect(operationals(plan)).toHaveLength(1);
    expect(plan.warnings).toContainEqual({ line: 7, message: 'operational objective 1.2.1.1 has no indicators' });
  });

  it('reads operational objectives announced inline and marker variants', () => {
    const plan = parsePlan(
      [
        '1. DISPOSITIF DE COORDINATION',
        '1.1. Objectifs généraux',
        '1.1.1. Mettre en œuvre le plan',
        '1.2. Objectifs stratégiques',
        '1.2.1. Assurer le suivi du plan',
        'Objectif opérationnel 1 : Rédiger les rapports',
        'Résultats attendus',
        '- Les rapports sont rédigés',
        'Indicateurs de résultats',
        '- Au moins 2 rapports par an',
        'Objectif opérationnel 2 : Évaluer le plan',
        'Résultats',
        '- Le plan est évalué',
        'Indicateurs',
        "- Rapport annuel d'évaluation",
      ].join('\n'),
    );
    expect(plan.language).toBe('fr');
    expect(operationals(plan).map((o) => [o.number, o.title, o.indicators.map((i) => i.targets)])).toEqual([
      ['1.2.1.1', 'Rédiger les rapports', [[{ kind: 'count', op: '>=', value: 2, per: 'year' }]]],
      ['1.2.1.2', 'Évaluer le plan', [[{ kind: 'count', op: '>=', value: 1, per: 'year' }]]],
    ]);
  });

  it('ignores page headers that repeat on every page, with a warning', () => {
    const header = 'SVPP Voorbeeld 2020';
    const plan = parsePlan([header, variant.replace(/Pagina \d van 3/gu, header), header, header].join('\n'));
    expect(operationals(plan)).toHaveLength(3);
    expect(plan.warnings.some((w) => w.message.includes(header))).toBe(true);
  });
});

describe('parsePlan — input that is not a plan', () => {
  const codeOf = (input: string): string => {
    try {
      parsePlan(input);
    } catch (error) {
      if (error instanceof PlanParseError) return error.code;
      throw error;
    }
    return 'parsed';
  };

  it('rejects empty and whitespace-only text', () => {
    expect(codeOf('')).toBe('PLAN_PARSE_EMPTY');
    expect(codeOf(' \n\t\r\n  ')).toBe('PLAN_PARSE_EMPTY');
    expect(codeOf('\uFEFF')).toBe('PLAN_PARSE_EMPTY');
  });

  it('rejects binary content', () => {
    expect(codeOf(`1. DISPOSITIEF\u0000COÖRDINATIE`)).toBe('PLAN_PARSE_BINARY');
    const bytes = Array.from({ length: 2000 }, (_, i) => String.fromCharCode((i * 37) % 32)).join('');
    expect(codeOf(bytes)).toBe('PLAN_PARSE_BINARY');
    expect(codeOf('\uFFFD'.repeat(500) + mechelenText.slice(0, 1000))).toBe('PLAN_PARSE_BINARY');
  });

  it('rejects more than 5 MB of text', () => {
    expect(codeOf('a'.repeat(5 * 1024 * 1024 + 1))).toBe('PLAN_PARSE_TOO_LARGE');
    expect(codeOf('é'.repeat(3 * 1024 * 1024))).toBe('PLAN_PARSE_TOO_LARGE');
  });

  it('rejects text without sections and objectives', () => {
    expect(codeOf('Beste collega,\n\nHierbij het verslag van de vergadering.\n\n1. Opening\n2. Varia')).toBe(
      'PLAN_PARSE_NO_SECTIONS',
    );
    expect(codeOf('1. Introduction\n1.1 Scope\n1.2.1 Installing the tool\n2.2.1 Configuration')).toBe(
      'PLAN_PARSE_NO_SECTIONS',
    );
    expect(codeOf(mechelenText.slice(0, 5000))).toBe('PLAN_PARSE_NO_SECTIONS');
  });

  it('carries a stable code, details and a localized message', () => {
    try {
      parsePlan('');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PlanParseError);
      const e = error as PlanParseError;
      expect(e.code).toBe('PLAN_PARSE_EMPTY');
      expect(e.details).toBeTypeOf('object');
      expect(e.localizedMessage('nl')).toMatch(/leeg/);
      expect(e.localizedMessage('fr')).toMatch(/vide/);
      expect(e.message).toMatch(/empty/);
    }
  });
});

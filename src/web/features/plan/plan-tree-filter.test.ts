import { describe, expect, it } from 'vitest';
import type { PlanTree, Section } from '../../../shared/api/plan.schema.js';
import {
  emptyPlanFilter,
  expandableIds,
  filterPlanTree,
  isFilterActive,
  locateWarning,
  noOwner,
  normalizeText,
  ownersOf,
  pathTo,
} from './plan-tree-filter.js';
import { planIndicator, planObjective } from '../../../../test/support/plan-fixtures.js';

const sections: Section[] = [
  {
    id: 's1',
    number: '1',
    title: 'DISPOSITIEF COÖRDINATIE',
    kind: 'coordination',
    description: 'Coördinatie van het plan.',
    actionProgrammes: [],
    general: [planObjective('g1', 'general', '1.1.1', 'Een goed gecoördineerd plan')],
    strategic: [
      {
        ...planObjective('st1', 'strategic', '1.2.1', 'Personeelsbeleid versterken'),
        operational: [
          {
            ...planObjective('op1', 'operational', '1.2.1.1', 'Functieprofielen opmaken', 'Dienst preventie', ['HR']),
            results: [{ id: 'r1', text: 'Voor iedere functie een profiel', position: 1 }],
            indicators: [
              planIndicator(
                'i1',
                'Aantal vergaderingen van de CPR is minstens 3.',
                [{ kind: 'count', op: '>=', value: 3, per: 'year' }],
                1,
              ),
            ],
          },
        ],
      },
    ],
  },
  {
    id: 's2',
    number: '2',
    title: 'SOCIALE OVERLAST',
    kind: 'phenomenon',
    description: null,
    actionProgrammes: ['netheid en leefbaarheid'],
    general: [planObjective('g2', 'general', '2.1.1', 'Sociale overlast verminderen')],
    strategic: [
      {
        ...planObjective('st2', 'strategic', '2.2.1', 'Een geïntegreerde aanpak bevorderen'),
        operational: [
          {
            ...planObjective('op2', 'operational', '2.2.1.1', 'Gestructureerd overleg organiseren', 'Wijkwerking'),
            results: [{ id: 'r2', text: 'Halfjaarlijks overleg met de lokale politie', position: 1 }],
            indicators: [planIndicator('i2', 'Aantal verslagen van het overleg', [], 1)],
          },
          {
            ...planObjective('op3', 'operational', '2.2.1.2', 'Wijkbarometer opmaken'),
            results: [{ id: 'r3', text: 'Gegevens van gemeenschapswachten integreren', position: 1 }],
            indicators: [
              planIndicator('i3', 'Bestaan van een geïntegreerde wijkbarometer', [{ kind: 'exists' }], 1),
              planIndicator('i4', '4 activiteitenrapporten', [], 2),
            ],
          },
        ],
      },
    ],
  },
];

const tree: Pick<PlanTree, 'sections' | 'actionProgrammes'> = {
  sections,
  actionProgrammes: [
    { id: 'p1', name: 'netheid en leefbaarheid', sectionNumbers: ['2', '3'] },
    { id: 'p2', name: 'diefstal en inbraak', sectionNumbers: ['11'] },
  ],
};

const ids = (result: ReturnType<typeof filterPlanTree>) =>
  result.sections.flatMap((section) => [
    section.id,
    ...section.general.map((item) => item.id),
    ...section.strategic.flatMap((strategic) => [
      strategic.id,
      ...strategic.operational.flatMap((op) => [
        op.id,
        ...op.results.map((r) => r.id),
        ...op.indicators.map((i) => i.id),
      ]),
    ]),
  ]);

describe('filterPlanTree', () => {
  it('keeps everything without a filter and counts it', () => {
    const result = filterPlanTree(tree, emptyPlanFilter);
    expect(result.sections).toEqual(sections);
    expect(result.counts).toEqual({ sections: 2, operational: 3, results: 3, indicators: 4 });
    expect(isFilterActive(emptyPlanFilter)).toBe(false);
  });

  it('finds an indicator by words in any order, without accents or case, and keeps only the matches of its objective', () => {
    const result = filterPlanTree(tree, { ...emptyPlanFilter, query: 'cpr VERGADERINGEN' });
    expect(ids(result)).toEqual(['s1', 'st1', 'op1', 'i1']);
    expect(result.counts).toEqual({ sections: 1, operational: 1, results: 0, indicators: 1 });
    expect(ids(filterPlanTree(tree, { ...emptyPlanFilter, query: 'geintegreerde wijkbarometer' }))).toEqual([
      's2',
      'st2',
      'op3',
      'i3',
    ]);
  });

  it('keeps a matching objective whole, and everything under a matching section', () => {
    expect(ids(filterPlanTree(tree, { ...emptyPlanFilter, query: 'wijkbarometer opmaken' }))).toEqual([
      's2',
      'st2',
      'op3',
      'r3',
      'i3',
      'i4',
    ]);
    expect(ids(filterPlanTree(tree, { ...emptyPlanFilter, query: 'coordinatie' }))).toEqual([
      's1',
      'g1',
      'st1',
      'op1',
      'r1',
      'i1',
    ]);
    // Results are searched too; an objective number finds the objective.
    expect(ids(filterPlanTree(tree, { ...emptyPlanFilter, query: 'lokale politie' }))).toEqual([
      's2',
      'st2',
      'op2',
      'r2',
    ]);
    expect(ids(filterPlanTree(tree, { ...emptyPlanFilter, query: '2.2.1.1' }))).toEqual([
      's2',
      'st2',
      'op2',
      'r2',
      'i2',
    ]);
  });

  it('filters by action programme (from the programme list or the section itself) and by section', () => {
    expect(
      filterPlanTree(tree, { ...emptyPlanFilter, programme: 'netheid en leefbaarheid' }).sections.map((s) => s.id),
    ).toEqual(['s2']);
    expect(filterPlanTree(tree, { ...emptyPlanFilter, programme: 'diefstal en inbraak' }).sections).toEqual([]);
    expect(filterPlanTree(tree, { ...emptyPlanFilter, sectionId: 's1' }).sections.map((s) => s.id)).toEqual(['s1']);
  });

  it('filters operational objectives by owner, or those without one', () => {
    expect(ids(filterPlanTree(tree, { ...emptyPlanFilter, owner: 'Wijkwerking' }))).toEqual([
      's2',
      'st2',
      'op2',
      'r2',
      'i2',
    ]);
    expect(
      ids(filterPlanTree(tree, { ...emptyPlanFilter, owner: noOwner })).filter((id) => id.startsWith('op')),
    ).toEqual(['op3']);
    expect(filterPlanTree(tree, { ...emptyPlanFilter, owner: 'Niemand', query: 'x' }).sections).toEqual([]);
  });

  it('combines filters and finds nothing when nothing matches', () => {
    const result = filterPlanTree(tree, {
      query: 'profiel',
      programme: 'netheid en leefbaarheid',
      sectionId: '',
      owner: '',
    });
    expect(result.sections).toEqual([]);
    expect(result.counts.operational).toBe(0);
  });
});

describe('tree helpers', () => {
  it('normalises text for matching', () => {
    expect(normalizeText('  Coördinatie   ÉÉN  ')).toBe('coordinatie een');
  });

  it('lists owners, foldable ids and the path to an element', () => {
    expect(ownersOf(sections)).toEqual(['Dienst preventie', 'Wijkwerking']);
    expect(expandableIds(sections)).toEqual(['s1', 'st1', 'op1', 's2', 'st2', 'op2', 'op3']);
    expect(pathTo(sections, 'i4')).toEqual(['s2', 'st2', 'op3', 'i4']);
    expect(pathTo(sections, 'g2')).toEqual(['s2', 'g2']);
    expect(pathTo(sections, 'nope')).toBeNull();
  });

  it('finds the element a parser warning names', () => {
    expect(
      locateWarning('indicator "4 activiteitenrapporten": no period in the text; read as per year', sections),
    ).toBe('i4');
    expect(
      locateWarning('indicator "Aantal vergaderingen van de CPR is minstens 3.": no period in the text', sections),
    ).toBe('i1');
    expect(locateWarning('indicator "Bestaan van een geïntegreerde wijkbar…": something', sections)).toBe('i3');
    expect(locateWarning('indicator of 2.2.1.1 repeats a result word for word', sections)).toBe('op2');
    expect(locateWarning('section 2 says it belongs to action programme "sociale overlast"', sections)).toBe('s2');
    expect(locateWarning('strategic objective 1.2.1 has no operational objective', sections)).toBe('st1');
    expect(locateWarning('the period could not be read', sections)).toBeNull();
  });
});

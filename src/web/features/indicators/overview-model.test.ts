import { describe, expect, it } from 'vitest';
import type { IndicatorState, Overview } from '../../../shared/api/indicators.schema.js';
import type { RegisterType } from '../../../shared/api/registrations.schema.js';
import { builtinRegisterTypes } from '../../../shared/indicators/builtin-register-types.js';
import type { Status } from '../../../shared/indicators/indicator-status.js';
import {
  countsInOrder,
  cumulative,
  filterOverview,
  filterReview,
  findIndicator,
  hasOpenProposal,
  linkWords,
  measuresFor,
  needsReview,
  openProposals,
  ownersOf,
  rollUpSections,
  ruleInWords,
  type Section,
  sentenceCase,
} from './overview-model.js';
import { statusCounts } from '../../testing/fixtures.js';

const counts = statusCounts;

function indicator(id: string, status: Status, extra: Partial<IndicatorState> = {}): IndicatorState {
  return {
    id,
    lineageId: id,
    text: `Indicator ${id}`,
    targets: [{ kind: 'count', op: '>=', value: 3, per: 'year' }],
    link: null,
    proposal: null,
    status,
    reason: { rule: 'met', value: 3, required: 3 },
    window: { start: '2020-01-01', end: '2020-12-31' },
    value: 3,
    history: [],
    months: Array<number | null>(12).fill(null),
    ...extra,
  };
}

const proposal = {
  link: { mode: 'query' as const, query: { typeKey: 'meeting', categories: ['cpr'], measure: 'count' as const } },
  because: 'cpr',
};

const overview: Overview = {
  versionId: 'v',
  year: 2020,
  asOf: '2020-12-31',
  plan: { status: 'missed', counts: counts({ achieved: 2, missed: 1, monitor: 1 }) },
  programmes: [
    {
      name: 'diefstal en inbraak',
      sectionNumbers: ['11'],
      status: 'achieved',
      counts: counts({ achieved: 1, monitor: 1 }),
    },
    {
      name: 'netheid en leefbaarheid',
      sectionNumbers: ['2'],
      status: 'missed',
      counts: counts({ achieved: 1, missed: 1 }),
    },
  ],
  sections: [
    {
      id: 's2',
      number: '2',
      title: 'SOCIALE OVERLAST',
      kind: 'phenomenon',
      actionProgrammes: ['netheid en leefbaarheid'],
      status: 'missed',
      counts: counts({ achieved: 1, missed: 1 }),
      strategic: [
        {
          id: 'st2',
          number: '2.2.1',
          title: 'Strategisch',
          status: 'missed',
          counts: counts({ achieved: 1, missed: 1 }),
          operational: [
            {
              id: 'o1',
              lineageId: 'o1',
              number: '2.2.1.1',
              title: 'Eén',
              owner: 'Dienst preventie',
              status: 'achieved',
              counts: counts({ achieved: 1 }),
              indicators: [indicator('i1', 'achieved')],
            },
            {
              id: 'o2',
              lineageId: 'o2',
              number: '2.2.1.2',
              title: 'Twee',
              owner: 'Politie',
              status: 'missed',
              counts: counts({ missed: 1 }),
              indicators: [indicator('i2', 'missed', { proposal })],
            },
          ],
        },
      ],
    },
    {
      id: 's11',
      number: '11',
      title: 'INBRAAK',
      kind: 'phenomenon',
      actionProgrammes: ['diefstal en inbraak'],
      status: 'achieved',
      counts: counts({ achieved: 1, monitor: 1 }),
      strategic: [
        {
          id: 'st11',
          number: '11.2.1',
          title: 'Strategisch',
          status: 'achieved',
          counts: counts({ achieved: 1, monitor: 1 }),
          operational: [
            {
              id: 'o3',
              lineageId: 'o3',
              number: '11.2.1.1',
              title: 'Drie',
              owner: 'Dienst preventie',
              status: 'achieved',
              counts: counts({ achieved: 1, monitor: 1 }),
              indicators: [
                indicator('i3', 'achieved', {
                  link: { mode: 'query', query: proposal.link.query, state: 'confirmed', reason: null, updatedAt: '' },
                  proposal,
                }),
                indicator('i4', 'monitor', {
                  link: { mode: 'query', query: proposal.link.query, state: 'proposed', reason: 'cpr', updatedAt: '' },
                  proposal,
                }),
              ],
            },
          ],
        },
      ],
    },
  ],
};

describe('the dashboard’s overview model', () => {
  it('filters by action programme and by phenomenon, keeping the server’s roll-ups', () => {
    expect(filterOverview(overview, {}).map((s) => s.number)).toEqual(['2', '11']);
    expect(filterOverview(overview, { programme: 'diefstal en inbraak' }).map((s) => s.number)).toEqual(['11']);
    expect(filterOverview(overview, { section: '2' }).map((s) => s.number)).toEqual(['2']);
    expect(filterOverview(overview, { programme: 'diefstal en inbraak', section: '2' })).toEqual([]);
    expect(filterOverview(overview, { programme: 'unknown' })).toEqual([]);
  });

  it('filters by owner and rolls the shown indicators up again with the plan’s rule', () => {
    const shown = filterOverview(overview, { owner: 'Dienst preventie' });
    expect(shown.map((s) => s.number)).toEqual(['2', '11']);
    const [social] = shown;
    expect(social?.strategic[0]?.operational.map((o) => o.number)).toEqual(['2.2.1.1']);
    // Without Politie's missed indicator, section 2 is achieved.
    expect(social?.status).toBe('achieved');
    expect(social?.counts).toEqual(counts({ achieved: 1 }));
    expect(rollUpSections(shown)).toEqual({ status: 'achieved', counts: counts({ achieved: 2, monitor: 1 }) });
    expect(filterOverview(overview, { owner: 'Politie' }).map((s) => s.status)).toEqual(['missed']);
  });

  it('lists owners once, sorted', () => {
    expect(ownersOf(overview)).toEqual(['Dienst preventie', 'Politie']);
  });

  it('finds the proposals still waiting for a person, not the confirmed ones', () => {
    expect(openProposals(filterOverview(overview, {})).map((i) => i.id)).toEqual(['i2', 'i4']);
    expect(openProposals(filterOverview(overview, { section: '11' })).map((i) => i.id)).toEqual(['i4']);
    const i3 = findIndicator(overview, 'i3');
    expect(i3?.operational.number).toBe('11.2.1.1');
    expect(i3 && hasOpenProposal(i3.indicator)).toBe(false);
    expect(findIndicator(overview, 'nope')).toBeUndefined();
  });

  it('orders counts as the statuses and leaves zeros out', () => {
    expect(countsInOrder(counts({ monitor: 4, achieved: 2, missed: 1 }))).toEqual([
      ['achieved', 2],
      ['missed', 1],
      ['monitor', 4],
    ]);
  });

  it('makes shouted titles readable and leaves others alone', () => {
    expect(sentenceCase('DISPOSITIEF COÖRDINATIE')).toBe('Dispositief coördinatie');
    expect(sentenceCase("DIEFSTAL VAN EN IN AUTO'S")).toBe("Diefstal van en in auto's");
    expect(sentenceCase('Sociale overlast in de CPR')).toBe('Sociale overlast in de CPR');
  });

  it('adds months up to a running total that stops after the last month with data', () => {
    expect(cumulative([null, 1, 0, 2, null, 1, null, null])).toEqual([null, 1, 1, 3, 3, 4, null, null]);
    expect(cumulative([null, null])).toEqual([null, null]);
  });

  it('says a register query in words and knows which measures a register offers', () => {
    const types: RegisterType[] = builtinRegisterTypes.map((definition) => ({
      key: definition.key,
      builtin: true,
      active: true,
      definition,
    }));
    expect(linkWords({ typeKey: 'meeting', categories: ['cpr'], measure: 'count' }, types, 'nl')).toEqual({
      register: 'Vergadering',
      categories: ['Preventieraad (CPR)'],
      statuses: [],
      measure: 'count',
      measureField: null,
    });
    expect(
      linkWords(
        { typeKey: 'document', categories: ['playbook'], statuses: ['approved'], measure: 'count' },
        types,
        'fr',
      ),
    ).toMatchObject({ register: 'Document', categories: ['Protocole'], statuses: ['Approuvé'] });
    expect(linkWords({ typeKey: 'activity', measure: 'quantity' }, types, 'en').measureField).toBe('People reached');
    expect(linkWords({ typeKey: 'gone', measure: 'count' }, types, 'nl').register).toBe('gone');
    // A quantity field also offers the last count of the period (a head count).
    expect(measuresFor(types.find((t) => t.key === 'activity'))).toEqual(['count', 'quantity', 'hours', 'latest']);
    expect(measuresFor(types.find((t) => t.key === 'headcount'))).toEqual(['count', 'quantity', 'latest']);
    expect(linkWords({ typeKey: 'headcount', measure: 'latest' }, types, 'nl').measureField).toBe('Aantal personen');
    expect(measuresFor(types.find((t) => t.key === 'document'))).toEqual(['count']);
  });

  it('explains a status rule in words', () => {
    expect(ruleInWords({ rule: 'not_met', value: 1, required: 3 }, 'nl')).toBe('1 van 3: streefwaarde niet gehaald.');
  });
});

describe('review flags on the dashboard', () => {
  const base = {
    lineageId: 'l',
    text: 'x',
    targets: [],
    link: null,
    proposal: null,
    reason: { rule: 'met' as const },
    window: { start: '2020-01-01', end: '2020-12-31' },
    value: 1,
    history: [],
    months: [],
  };
  const flag = (accepted: boolean) => ({
    kind: 'shared_computation' as const,
    others: ['1.1.1.1'],
    fingerprint: 'f',
    accepted: accepted ? { comment: 'ok', at: '2020-01-01T00:00:00Z' } : null,
  });
  const open = { ...base, id: 'a', status: 'achieved' as const, flags: [flag(false)] };
  const accepted = { ...base, id: 'b', status: 'missed' as const, flags: [flag(true)] };
  const plain = { ...base, id: 'c', status: 'at_risk' as const };
  const rolled = {
    status: 'missed' as const,
    counts: { achieved: 1, on_track: 0, at_risk: 1, missed: 1, no_data: 0, monitor: 0 },
  };
  const sections: Section[] = [
    {
      id: 's1',
      number: '1',
      title: 'A',
      kind: 'x',
      actionProgrammes: [],
      ...rolled,
      strategic: [
        {
          id: 'st',
          number: '1.1',
          title: 'S',
          ...rolled,
          operational: [
            {
              id: 'o1',
              lineageId: 'o1',
              number: '1.1.1',
              title: 'O',
              owner: null,
              ...rolled,
              indicators: [open, accepted, plain],
            },
          ],
        },
      ],
    },
    {
      id: 's2',
      number: '2',
      title: 'B',
      kind: 'x',
      actionProgrammes: [],
      ...rolled,
      strategic: [
        {
          id: 'st2',
          number: '2.1',
          title: 'S',
          ...rolled,
          operational: [
            { id: 'o2', lineageId: 'o2', number: '2.1.1', title: 'O', owner: null, ...rolled, indicators: [accepted] },
          ],
        },
      ],
    },
  ];

  it('keeps only the indicators with a flag nobody accepted, and rolls what is shown up again', () => {
    expect(needsReview(open)).toBe(true);
    expect(needsReview(accepted)).toBe(false);
    expect(needsReview(plain)).toBe(false);
    const shown = filterReview(sections);
    expect(shown.map((s) => s.number)).toEqual(['1']);
    expect(shown[0]?.strategic[0]?.operational[0]?.indicators.map((i) => i.id)).toEqual(['a']);
    expect(shown[0]?.status).toBe('achieved');
    expect(shown[0]?.counts.missed).toBe(0);
  });
});

import type { Evaluation } from '../../src/shared/api/evaluation.schema.js';
import type { IndicatorState, Overview } from '../../src/shared/api/indicators.schema.js';
import type { PlanTree, Target } from '../../src/shared/api/plan.schema.js';
import { rollUp, type Status, type StatusReason } from '../../src/shared/indicators/indicator-status.js';
import { rollUpObjectives } from '../../src/shared/indicators/objective-rollup.js';
import { planIndicator, planObjective, planVersion } from './plan-fixtures.js';
import { type ChartSvgRenderer } from '../../src/shared/reports/report-charts.js';
import { type ReportBlock, type ReportDocument, type TableBlock } from '../../src/shared/reports/report-document.js';

// A small plan in the Mechelen template: a coordination section outside the programmes, two phenomena in two action
// programmes, targets of every shape, an owner and partners, accents in the texts.

let ids = 0;
export const id = (): string => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`;
export const objective = (
  level: 'general' | 'strategic' | 'operational',
  number: string,
  title: string,
  owner: string | null = null,
  partners: string[] = [],
) => ({ ...planObjective(id(), level, number, title, owner, partners), lineageId: id() });
export const indicator = (text: string, targets: Target[], position: number) => ({
  ...planIndicator(id(), text, targets, position),
  lineageId: id(),
});

export const targets = {
  count: [{ kind: 'count', op: '>=', value: 3, per: 'year', from: 2014 }] as Target[],
  exists: [{ kind: 'exists', due: '2020-06-30' }] as Target[],
  monitor: [] as Target[],
  growth: [{ kind: 'growth', op: '>=', value: 10, unit: 'percent', per: 'year' }] as Target[],
  two: [
    { kind: 'count', op: '>=', value: 3, year: 2014 },
    { kind: 'count', op: '>=', value: 6, per: 'year', from: 2015 },
  ] as Target[],
};

export function fixtureTree(): PlanTree {
  const sections: PlanTree['sections'] = [
    {
      id: id(),
      number: '1',
      title: 'DISPOSITIEF COÖRDINATIE',
      kind: 'coordination',
      description: 'De coördinatie van het plan.',
      actionProgrammes: [],
      general: [objective('general', '1.1.1', 'Een geïntegreerd lokaal veiligheidsbeleid')],
      strategic: [
        {
          ...objective('strategic', '1.2.1', 'Het beleid coördineren'),
          operational: [
            {
              ...objective('operational', '1.2.1.1', 'Interne vorming organiseren', 'Dienst preventie', [
                'Lokale politie',
                'Vzw Crème',
              ]),
              results: [{ id: id(), text: 'Elke medewerker volgt een vorming.', position: 1 }],
              indicators: [
                indicator('Aantal interne vormingsmomenten is minstens 3 per jaar', targets.count, 2),
                indicator('Aantal bezoekers groeit met 10% per jaar', targets.growth, 3),
              ],
            },
          ],
        },
      ],
    },
    {
      id: id(),
      number: '2',
      title: 'SOCIALE OVERLAST',
      kind: 'phenomenon',
      description: null,
      actionProgrammes: ['netheid en leefbaarheid'],
      general: [objective('general', '2.1.1', 'Sociale overlast verminderen')],
      strategic: [
        {
          ...objective('strategic', '2.2.1', 'Een integrale aanpak bevorderen'),
          operational: [
            {
              ...objective('operational', '2.2.1.1', 'Een gestructureerd overleg organiseren'),
              results: [{ id: id(), text: 'Halfjaarlijks overleg met de partners.', position: 4 }],
              indicators: [
                indicator('Aantal werkverslagen van het overleg', targets.two, 5),
                indicator('Bestaan van een draaiboek café-overleg', targets.exists, 6),
              ],
            },
            { ...objective('operational', '2.2.1.2', 'Een wijkbarometer opmaken'), results: [], indicators: [] },
          ],
        },
      ],
    },
    {
      id: id(),
      number: '11',
      title: 'INBRAAK',
      kind: 'phenomenon',
      description: null,
      actionProgrammes: ['diefstal en inbraak'],
      general: [],
      strategic: [
        {
          ...objective('strategic', '11.2.1', 'Het risicogedrag verminderen'),
          operational: [
            {
              ...objective('operational', '11.2.1.1', 'Informatiesessies geven'),
              results: [],
              indicators: [indicator('Aantal informatiesessies', targets.monitor, 7)],
            },
          ],
        },
      ],
    },
  ];
  return {
    version: planVersion({
      id: id(),
      status: 'confirmed',
      createdAt: '2020-05-04T10:00:00.000Z',
      confirmedAt: '2020-05-04T10:00:00.000Z',
      funding: [
        { scheme: 'SVPP', amount_eur: 810553.07, fte: null },
        { scheme: 'Gemeenschapswachten 346', amount_eur: 42714.57, fte: 8 },
      ],
      counts: { sections: 3, general: 2, strategic: 3, operational: 4, results: 2, indicators: 5 },
    }),
    actionProgrammes: [
      { id: id(), name: 'diefstal en inbraak', sectionNumbers: ['11'] },
      { id: id(), name: 'netheid en leefbaarheid', sectionNumbers: ['2'] },
    ],
    sections,
  };
}

/** Status, reason and values per indicator text. */
export const states: Record<
  string,
  { status: Status; reason: StatusReason; value: number | null; months?: (number | null)[] }
> = {
  'Aantal interne vormingsmomenten is minstens 3 per jaar': {
    status: 'achieved',
    reason: { rule: 'met', value: 6, required: 3 },
    value: 6,
    months: [0, 1, 0, 0, 1, 0, 0, 1, 1, 1, 0, 1],
  },
  'Aantal bezoekers groeit met 10% per jaar': {
    status: 'achieved',
    reason: { rule: 'growth_met', value: 17.5, required: 10 },
    value: 17.5,
  },
  'Aantal werkverslagen van het overleg': {
    status: 'missed',
    reason: { rule: 'not_met', value: 4, required: 6 },
    value: 4,
  },
  'Bestaan van een draaiboek café-overleg': {
    status: 'achieved',
    reason: { rule: 'document_found', value: 1, due: '2020-06-30' },
    value: 1,
  },
  'Aantal informatiesessies': {
    status: 'monitor',
    reason: { rule: 'monitor_only', value: 15 },
    value: 15,
    months: [1, 1, 2, 1, 1, 1, 1, 1, 2, 0, 2, 2],
  },
};

export function fixtureOverview(tree: PlanTree): Overview {
  const state = (
    i: PlanTree['sections'][number]['strategic'][number]['operational'][number]['indicators'][number],
  ): IndicatorState => {
    const s = states[i.text];
    if (!s) throw new Error(`no state for ${i.text}`);
    return {
      id: i.id,
      lineageId: i.lineageId,
      text: i.text,
      targets: i.targets,
      link: {
        mode: s.months ? 'query' : 'manual',
        query: null,
        state: 'confirmed',
        reason: null,
        updatedAt: '2020-05-04T10:00:00.000Z',
      },
      proposal: null,
      status: s.status,
      reason: s.reason,
      window: { start: '2020-01-01', end: '2020-12-31' },
      value: s.value,
      history: [{ year: 2019, status: 'achieved', value: 1277 }],
      months: s.months ?? Array.from({ length: 12 }, () => null),
    };
  };
  const sections = tree.sections.map((section) => {
    const { strategic, statuses: all } = rollUpObjectives(
      section.strategic.map((st) => ({
        ...st,
        operational: st.operational.map((op) => ({ ...op, indicators: op.indicators.map(state) })),
      })),
    );
    return {
      id: section.id,
      number: section.number,
      title: section.title,
      kind: section.kind,
      actionProgrammes: section.actionProgrammes,
      ...rollUp(all),
      strategic,
    };
  });
  const statusesOf = (numbers: string[]) =>
    sections
      .filter((s) => numbers.includes(s.number))
      .flatMap((s) => s.strategic.flatMap((st) => st.operational.flatMap((o) => o.indicators.map((i) => i.status))));
  return {
    versionId: tree.version.id,
    year: 2020,
    asOf: '2020-12-31',
    plan: rollUp(statusesOf(sections.map((s) => s.number))),
    programmes: tree.actionProgrammes.map((p) => ({
      name: p.name,
      sectionNumbers: p.sectionNumbers,
      ...rollUp(statusesOf(p.sectionNumbers)),
    })),
    sections,
  };
}

export function fixtureEvaluations(overview: Overview): Evaluation[] {
  return overview.sections.flatMap((section) =>
    section.strategic.flatMap((st) =>
      st.operational.map((op): Evaluation => ({
        objectiveId: op.id,
        objectiveLineageId: op.lineageId,
        number: op.number,
        title: op.title,
        sectionNumber: section.number,
        year: 2020,
        computedStatus: op.status,
        evaluation:
          op.number === '2.2.1.1'
            ? {
                done: 'Vier overlegmomenten met de buurtwerkers (café-overleg, naïeve doelgroep).',
                bottlenecks: 'Personeelstekort in het najaar.',
                adjustments: 'Frequentie verhogen in 2021.',
                status: 'at_risk',
                computedStatusAtWriting: 'missed',
                updatedAt: '2021-02-10T10:00:00.000Z',
                updatedBy: 'preventie@mechelen.demo',
              }
            : null,
      })),
    ),
  );
}

export const tree = fixtureTree();
export const overview = fixtureOverview(tree);
export const evaluations = fixtureEvaluations(overview);
export const indicatorTexts = Object.keys(states);
export const generatedAt = '2021-02-15T09:00:00.000Z';

/** A chart renderer that remembers the options it was given. */
export function stubCharts(): { render: ChartSvgRenderer; options: unknown[] } {
  const options: unknown[] = [];
  return { options, render: (option) => (options.push(option), '<svg xmlns="http://www.w3.org/2000/svg"/>') };
}

/** Every text a reader sees in the blocks: headings, paragraphs, bullets, key–values, table cells, chart titles. */
export function blockTexts(blocks: ReportBlock[]): string[] {
  return blocks.flatMap((block): string[] => {
    switch (block.type) {
      case 'heading':
      case 'paragraph':
        return [block.text];
      case 'bullets':
        return block.items;
      case 'key-values':
        return block.items.flatMap((item) => [item.key, item.value]);
      case 'table':
        return [
          ...block.columns.map((c) => c.label),
          ...block.rows.flatMap((row) => Object.values(row).map((v) => String(v ?? ''))),
          ...(block.caption ? [block.caption] : []),
        ];
      case 'status':
        return [block.label, block.note ?? ''];
      case 'chart':
        return [block.title, ...block.data.categories];
      case 'page-break':
        return [];
    }
  });
}

export const tables = (doc: ReportDocument): TableBlock[] =>
  doc.blocks.filter((block): block is TableBlock => block.type === 'table');
export const sheet = (doc: ReportDocument, name: string) => {
  const found = doc.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name} in ${doc.sheets.map((s) => s.name).join(', ')}`);
  return found;
};

/** The fixture's plan, its overview and evaluations as of `generatedAt`, and the indicator texts it holds. */
export const reportFixture = { tree, overview, evaluations, indicatorTexts, generatedAt };

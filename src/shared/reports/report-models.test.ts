import { describe, expect, it } from 'vitest';
import type { Evaluation } from '../api/evaluation.schema.js';
import type { IndicatorState, Overview } from '../api/indicators.schema.js';
import type { PlanTree, Target } from '../api/plan.schema.js';
import { formatEuroCents, formatNumber } from '../i18n/format.js';
import { locales, type Locale } from '../i18n/locale.js';
import { rollUp, type Status, type StatusReason } from '../indicators/indicator-status.js';
import { rollUpObjectives } from '../indicators/objective-rollup.js';
import { statusWords } from '../indicators/status-words.js';
import { describeTarget } from '../plan/targets/describe-target.js';
import { palette } from '../../server/adapters/documents/layout.js';
import { planIndicator, planObjective, planVersion } from '../../../test/support/plan-fixtures.js';
import { activityReport } from './activity-report.js';
import { evaluationReport } from './evaluation-report.js';
import { euroCents, planReport } from './plan-report.js';
import { statusChartColors, statusChartOrder, type ChartSvgRenderer } from './report-charts.js';
import { reportWords, type ReportBlock, type ReportDocument, type TableBlock } from './report-document.js';
import { reportTexts } from './report-texts.js';

// A small plan in the Mechelen template: a coordination section outside the programmes, two phenomena in two action
// programmes, targets of every shape, an owner and partners, accents in the texts.

let ids = 0;
const id = (): string => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`;
const objective = (
  level: 'general' | 'strategic' | 'operational',
  number: string,
  title: string,
  owner: string | null = null,
  partners: string[] = [],
) => ({ ...planObjective(id(), level, number, title, owner, partners), lineageId: id() });
const indicator = (text: string, targets: Target[], position: number) => ({
  ...planIndicator(id(), text, targets, position),
  lineageId: id(),
});

const targets = {
  count: [{ kind: 'count', op: '>=', value: 3, per: 'year', from: 2014 }] as Target[],
  exists: [{ kind: 'exists', due: '2020-06-30' }] as Target[],
  monitor: [] as Target[],
  growth: [{ kind: 'growth', op: '>=', value: 10, unit: 'percent', per: 'year' }] as Target[],
  two: [
    { kind: 'count', op: '>=', value: 3, year: 2014 },
    { kind: 'count', op: '>=', value: 6, per: 'year', from: 2015 },
  ] as Target[],
};

function fixtureTree(): PlanTree {
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
const states: Record<
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

function fixtureOverview(tree: PlanTree): Overview {
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

function fixtureEvaluations(overview: Overview): Evaluation[] {
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

const tree = fixtureTree();
const overview = fixtureOverview(tree);
const evaluations = fixtureEvaluations(overview);
const indicatorTexts = Object.keys(states);
const generatedAt = '2021-02-15T09:00:00.000Z';

/** A chart renderer that remembers the options it was given. */
function stubCharts(): { render: ChartSvgRenderer; options: unknown[] } {
  const options: unknown[] = [];
  return { options, render: (option) => (options.push(option), '<svg xmlns="http://www.w3.org/2000/svg"/>') };
}

/** Every text a reader sees in the blocks: headings, paragraphs, bullets, key–values, table cells, chart titles. */
function blockTexts(blocks: ReportBlock[]): string[] {
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

const tables = (doc: ReportDocument): TableBlock[] =>
  doc.blocks.filter((block): block is TableBlock => block.type === 'table');
const sheet = (doc: ReportDocument, name: string) => {
  const found = doc.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name} in ${doc.sheets.map((s) => s.name).join(', ')}`);
  return found;
};

describe('the plan report', () => {
  const docs = Object.fromEntries(
    locales.map((locale) => [locale, planReport({ tree, municipality: 'Mechelen', locale, generatedAt })]),
  ) as Record<Locale, ReportDocument>;

  it('has a cover, the funding in euro cents with a total, the programmes and every section, objective, result and indicator', () => {
    const doc = docs.nl;
    expect(doc.title).toBe('Strategisch veiligheids- en preventieplan 2020');
    expect(doc.meta).toMatchObject({ municipality: 'Mechelen', generatedAt, footer: 'SVPP 2020' });
    const texts = blockTexts(doc.blocks).join('\n');
    for (const expected of [
      '01/01/2020 – 31/12/2020',
      'versie 2, bevestigd op 04/05/2020',
      'gemeenteraad',
      '1. DISPOSITIEF COÖRDINATIE',
      '11. INBRAAK',
      '1.1.1 Een geïntegreerd lokaal veiligheidsbeleid',
      'Strategische doelstelling 2.2.1: Een integrale aanpak bevorderen',
      'Operationele doelstelling 2.2.1.2: Een wijkbarometer opmaken',
      'Halfjaarlijks overleg met de partners.',
      'Dienst preventie',
      'Lokale politie, Vzw Crème',
      'Geen indicatoren.',
    ]) {
      expect(texts).toContain(expected);
    }
    for (const text of indicatorTexts) expect(texts).toContain(text);
    const funding = tables(doc).find((t) => t.columns.some((c) => c.kind === 'euro-cents'));
    expect(funding?.rows).toEqual([
      { scheme: 'SVPP', amount: 81_055_307, fte: null },
      { scheme: 'Gemeenschapswachten 346', amount: 4_271_457, fte: 8 },
    ]);
    expect(funding?.totals).toEqual({ scheme: 'Totaal', amount: 85_326_764 });
    const programmes = tables(doc).find((t) => t.columns[0]?.label === 'Actieprogramma');
    expect(programmes?.rows).toEqual([
      { programme: 'diefstal en inbraak', phenomena: '11. INBRAAK' },
      { programme: 'netheid en leefbaarheid', phenomena: '2. SOCIALE OVERLAST' },
      { programme: "Buiten de actieprogramma's", phenomena: '1. DISPOSITIEF COÖRDINATIE' },
    ]);
  });

  it('prints every target in words, one per line, and a missing target as monitored', () => {
    const rows = tables(docs.en)
      .flatMap((t) => t.rows)
      .filter((row) => 'targets' in row);
    const byText = new Map(rows.map((row) => [row.indicator, row.targets]));
    expect(byText.get('Aantal werkverslagen van het overleg')).toBe(
      'at least 3 in 2014\nat least 6 per year from 2015',
    );
    expect(byText.get('Aantal informatiesessies')).toBe(describeTarget({ kind: 'monitor' }, 'en'));
    expect(byText.get('Bestaan van een draaiboek café-overleg')).toBe('exists by 30/06/2020');
  });

  it('has an XLSX row per indicator with the target fields, numbers as numbers, several targets one per line', () => {
    const indicators = sheet(docs.nl, 'Indicatoren');
    expect(indicators.rows).toHaveLength(indicatorTexts.length);
    expect(indicators.rows.map((row) => row.indicator)).toEqual(indicatorTexts);
    const first = indicators.rows[0];
    expect(first).toMatchObject({
      section: '1. DISPOSITIEF COÖRDINATIE',
      strategicNo: '1.2.1',
      operationalNo: '1.2.1.1',
      kind: 'count',
      op: '>=',
      value: 3,
      per: 'year',
      from: 2014,
      year: null,
      due: null,
      owner: 'Dienst preventie',
      partners: 'Lokale politie, Vzw Crème',
    });
    expect(indicators.rows.find((row) => row.indicator === 'Aantal werkverslagen van het overleg')).toMatchObject({
      kind: 'count\ncount',
      value: '3\n6',
      year: '2014\n—',
      from: '—\n2015',
    });
    expect(indicators.rows.find((row) => row.indicator === 'Bestaan van een draaiboek café-overleg')).toMatchObject({
      kind: 'exists',
      due: '2020-06-30',
      programmes: 'netheid en leefbaarheid',
    });
    expect(sheet(docs.nl, 'Financiering').rows.map((row) => row.amount)).toEqual([81_055_307, 4_271_457]);
    expect(euroCents(0.1 + 0.2)).toBe(30);
  });

  it('speaks nl, fr and en in its own words and keeps the plan’s texts as they are', () => {
    expect(docs.fr.title).toBe('Plan stratégique de sécurité et de prévention 2020');
    expect(docs.en.title).toBe('Strategic security and prevention plan 2020');
    const fr = blockTexts(docs.fr.blocks).join('\n');
    expect(fr).toContain('Objectif stratégique 2.2.1\u00a0: Een integrale aanpak bevorderen');
    expect(fr).toContain('au moins 3 par an à partir de 2014');
    expect(sheet(docs.fr, 'Indicateurs').columns.map((c) => c.label)).toContain('Valeur cible');
    expect(blockTexts(docs.en.blocks).join('\n')).not.toMatch(/Strategische doelstelling|Objectif/);
  });
});

describe('the evaluation report', () => {
  const charts = stubCharts();
  const doc = evaluationReport({
    tree,
    overview,
    evaluations,
    municipality: 'Mechelen',
    locale: 'nl',
    generatedAt,
    chartSvg: charts.render,
  });
  const texts = blockTexts(doc.blocks).join('\n');

  it('goes per programme and phenomenon to every indicator with its target, values, status and rule', () => {
    expect(doc.title).toBe("Evaluatie van de actieprogramma's 2020");
    expect(texts).toContain('31/03/2021');
    const headings = doc.blocks
      .filter((b) => b.type === 'heading')
      .map((b) => (b.type === 'heading' ? `${b.level} ${b.text}` : ''));
    expect(headings).toEqual(
      expect.arrayContaining([
        '1 Actieprogramma: diefstal en inbraak',
        '2 11. INBRAAK',
        '1 Actieprogramma: netheid en leefbaarheid',
        "1 Buiten de actieprogramma's",
        '3 Operationele doelstelling 2.2.1.1: Een gestructureerd overleg organiseren',
      ]),
    );
    const indicatorRows = tables(doc)
      .flatMap((t) => t.rows)
      .filter((row) => 'explanation' in row);
    expect(indicatorRows.map((row) => row.indicator).sort()).toEqual([...indicatorTexts].sort());
    expect(indicatorRows.find((row) => row.indicator === 'Aantal werkverslagen van het overleg')).toMatchObject({
      targets: 'minstens 3 in 2014\nminstens 6 per jaar vanaf 2015',
      y2019: '1.277',
      value: '4',
      status: 'missed',
      explanation: '4 van 6: streefwaarde niet gehaald.',
    });
    expect(indicatorRows.find((row) => row.indicator === 'Aantal bezoekers groeit met 10% per jaar')).toMatchObject({
      value: '+17,5 %',
    });
    expect(indicatorRows.find((row) => row.indicator === 'Aantal informatiesessies')).toMatchObject({
      status: statusWords.nl.monitor,
    });
  });

  it('prints the evaluator’s texts and status beside the computed one, and says where none was written', () => {
    for (const expected of [
      'Vier overlegmomenten met de buurtwerkers (café-overleg, naïeve doelgroep).',
      'Personeelstekort in het najaar.',
      'Frequentie verhogen in 2021.',
      'Nog geen evaluatie geschreven voor 2020.',
    ]) {
      expect(texts).toContain(expected);
    }
    const statuses = doc.blocks
      .filter((b) => b.type === 'status')
      .map((b) => (b.type === 'status' ? `${b.label}: ${b.status}` : ''));
    expect(statuses).toContain('Status volgens de evaluator: at_risk');
    expect(statuses).toContain('Berekende status: missed');
  });

  it('draws a few charts: the programmes, the phenomena of a programme with several, the monthly trend of computed indicators', () => {
    const chartBlocks = doc.blocks.filter((b) => b.type === 'chart');
    expect(chartBlocks.map((b) => (b.type === 'chart' ? b.title : ''))).toEqual([
      'Status van de indicatoren per actieprogramma',
      'Maandelijks verloop van berekende indicatoren — diefstal en inbraak',
      "Maandelijks verloop van berekende indicatoren — Buiten de actieprogramma's",
    ]);
    expect(charts.options).toHaveLength(chartBlocks.length);
    const first = chartBlocks[0];
    if (first?.type !== 'chart') throw new Error('no chart');
    expect(first.data.categories).toEqual([
      'diefstal en inbraak',
      'netheid en leefbaarheid',
      "Buiten de actieprogramma's",
    ]);
    expect(first.data.series.map((s) => s.name)).toEqual(
      statusChartOrder.map((s) => (s === 'monitor' ? statusWords.nl.monitor : reportWords.nl.status[s])),
    );
    expect(first.data.series.find((s) => s.name === 'Niet behaald')?.values).toEqual([0, 1, 0]);
  });

  it('has a sheet per level: programmes, phenomena, objectives with the evaluation texts, indicators', () => {
    expect(doc.sheets.map((s) => s.name)).toEqual(["Actieprogramma's", 'Fenomenen', 'Doelstellingen', 'Indicatoren']);
    expect(sheet(doc, 'Indicatoren').rows).toHaveLength(indicatorTexts.length);
    expect(
      sheet(doc, 'Indicatoren').rows.find((row) => row.indicator === 'Aantal werkverslagen van het overleg'),
    ).toMatchObject({ y2019: 1277, value: 4, status: 'missed' });
    const objectives = sheet(doc, 'Doelstellingen').rows;
    expect(objectives).toHaveLength(4);
    expect(objectives.find((row) => row.number === '2.2.1.1')).toMatchObject({
      computed: 'missed',
      evaluator: 'at_risk',
      bottlenecks: 'Personeelstekort in het najaar.',
      updatedAt: '2021-02-10T10:00:00.000Z',
      count_missed: 1,
    });
    expect(sheet(doc, "Actieprogramma's").rows.map((row) => [row.programme, row.status])).toEqual([
      ['diefstal en inbraak', statusWords.nl.monitor],
      ['netheid en leefbaarheid', 'missed'],
      ["Buiten de actieprogramma's", 'achieved'],
    ]);
  });

  it('is written in French and English too', () => {
    for (const locale of ['fr', 'en'] as const) {
      const other = evaluationReport({
        tree,
        overview,
        evaluations,
        municipality: 'Mechelen',
        locale,
        generatedAt,
        chartSvg: stubCharts().render,
      });
      const otherTexts = blockTexts(other.blocks).join('\n');
      expect(other.title).toBe(
        locale === 'fr' ? 'Évaluation des programmes d’action 2020' : 'Evaluation of the action programmes 2020',
      );
      expect(otherTexts).toContain(locale === 'fr' ? '4 sur 6 : cible non atteinte.' : '4 of 6: target not reached.');
      expect(otherTexts).not.toContain('Berekende status');
      for (const text of indicatorTexts) expect(otherTexts).toContain(text);
    }
  });
});

describe('the activity report', () => {
  const doc = activityReport({
    tree,
    overview,
    evaluations,
    municipality: 'Mechelen',
    locale: 'fr',
    generatedAt,
    chartSvg: stubCharts().render,
  });
  const texts = blockTexts(doc.blocks).join('\n');

  it('summarises per programme and phenomenon, gives the rule, the key figures and the evaluation in short', () => {
    expect(doc.title).toBe('Rapport d’activités 2020');
    expect(doc.subtitle).toContain('SPF Intérieur');
    expect(texts).toContain(formatEuroCents(85_326_764, 'fr'));
    expect(texts).toContain('Un groupe vaut son indicateur suivi le plus faible');
    const sections = tables(doc).find((t) => t.columns[0]?.label === 'Phénomène');
    expect(sections?.rows.map((row) => [row.section, row.status, row.counts])).toEqual([
      ['1. DISPOSITIEF COÖRDINATIE', 'achieved', '2 Atteint'],
      ['2. SOCIALE OVERLAST', 'missed', '1 Atteint · 1 Non atteint'],
      ['11. INBRAAK', statusWords.fr.monitor, `1 ${statusWords.fr.monitor}`],
    ]);
    const figures = tables(doc)
      .flatMap((t) => t.rows)
      .filter((row) => 'targets' in row);
    expect(figures.map((row) => row.indicator)).toEqual(indicatorTexts);
    expect(figures.find((row) => row.indicator === 'Aantal werkverslagen van het overleg')).toMatchObject({
      number: '2.2.1.1',
      previous: formatNumber(1277, 'fr'),
      value: '4',
      status: 'missed',
    });
    const short = tables(doc).find((t) => t.columns.some((c) => c.key === 'summary'));
    expect(short?.rows).toHaveLength(1);
    expect(short?.rows[0]).toMatchObject({ number: '2.2.1.1', evaluator: 'at_risk', computed: 'missed' });
    expect(short?.rows[0]?.summary).toContain('Difficultés\u00a0: Personeelstekort in het najaar.');
    expect(texts).toContain('1 objectifs opérationnels évalués sur 4.');
  });

  it('has an XLSX row per indicator, and the programme and phenomenon counts', () => {
    expect(doc.sheets.map((s) => s.name)).toEqual(['Indicateurs', 'Programmes d’action', 'Phénomènes']);
    const rows = sheet(doc, 'Indicateurs').rows;
    expect(rows).toHaveLength(indicatorTexts.length);
    expect(rows.find((row) => row.indicator === 'Aantal werkverslagen van het overleg')).toMatchObject({
      previous: 1277,
      value: 4,
      status: 'missed',
      objectiveStatus: 'missed',
      evaluatorStatus: 'at_risk',
    });
    expect(sheet(doc, 'Phénomènes').rows.find((row) => row.section === '2. SOCIALE OVERLAST')).toMatchObject({
      count_achieved: 1,
      count_missed: 1,
      count_monitor: 0,
    });
  });

  it('says so when no evaluation was written', () => {
    const none = activityReport({
      tree,
      overview,
      evaluations: fixtureEvaluations(overview).map((e) => ({ ...e, evaluation: null })),
      municipality: 'Mechelen',
      locale: 'en',
      generatedAt,
      chartSvg: stubCharts().render,
    });
    expect(blockTexts(none.blocks)).toContain('No evaluation has been written for 2020 yet.');
  });
});

describe('report texts and charts', () => {
  it('give every fixed text in nl, fr and en, each language its own', () => {
    const sample = (value: unknown): string => {
      if (typeof value === 'string') return value;
      if (typeof value === 'function') return String((value as (...args: unknown[]) => unknown)(2020, '31/12/2020'));
      return JSON.stringify(value);
    };
    const keys = Object.keys(reportTexts.nl) as (keyof typeof reportTexts.nl)[];
    for (const key of keys) {
      if (key === 'scope') continue; // takes counts, checked through the plan report
      for (const locale of locales) {
        expect(sample(reportTexts[locale][key]).trim().length, `${key}/${locale}`).toBeGreaterThan(0);
      }
    }
    const differing = keys.filter((key) => sample(reportTexts.nl[key]) !== sample(reportTexts.fr[key]));
    expect(differing.length).toBeGreaterThan(keys.length * 0.8);
  });

  it('colour status series as the DOCX palette does, so native charts show the same colours', () => {
    expect(statusChartOrder.map((status) => statusChartColors[status])).toEqual(palette.series);
  });
});

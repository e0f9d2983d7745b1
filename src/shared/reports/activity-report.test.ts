import { describe, expect, it } from 'vitest';
import { formatEuroCents, formatNumber } from '../i18n/format.js';
import { statusWords } from '../indicators/status-words.js';
import { activityReport } from './activity-report.js';
import {
  blockTexts,
  fixtureEvaluations,
  reportFixture,
  sheet,
  stubCharts,
  tables,
} from '../../../test/support/report-fixtures.js';

const { tree, overview, evaluations, indicatorTexts, generatedAt } = reportFixture;

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

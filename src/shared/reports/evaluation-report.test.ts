import { describe, expect, it } from 'vitest';
import { statusWords } from '../indicators/status-words.js';
import { evaluationReport } from './evaluation-report.js';
import { statusChartOrder } from './report-charts.js';
import { reportWords } from './report-document.js';
import { blockTexts, reportFixture, sheet, stubCharts, tables } from '../../../test/support/report-fixtures.js';

const { tree, overview, evaluations, indicatorTexts, generatedAt } = reportFixture;

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

import { describe, expect, it } from 'vitest';
import { locales, type Locale } from '../i18n/locale.js';
import { describeTarget } from '../plan/targets/describe-target.js';
import { euroCents, planReport } from './plan-report.js';
import { type ReportDocument } from './report-document.js';
import { blockTexts, reportFixture, sheet, tables } from '../../../test/support/report-fixtures.js';

const { tree, indicatorTexts, generatedAt } = reportFixture;

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

import { describe, expect, it } from 'vitest';
import { locales } from '../i18n/locale.js';
import {
  chart,
  chartDataTable,
  columnAlign,
  columnFractions,
  dateParts,
  formatCell,
  generatedOnLine,
  heading,
  keyValues,
  paragraph,
  reportWords,
  sheetFromTable,
  statusBadge,
  statusLabel,
  statusValues,
  table,
  type ReportColumn,
} from './report-document.js';

const svg = { svg: '<svg xmlns="http://www.w3.org/2000/svg"/>', width: 600, height: 300 };

describe('builders', () => {
  it('make plain blocks with defaults filled in', () => {
    expect(heading('Samenvatting')).toEqual({ type: 'heading', level: 1, text: 'Samenvatting' });
    expect(paragraph('Tekst')).toEqual({ type: 'paragraph', text: 'Tekst', emphasis: 'normal' });
    expect(statusBadge('Doelstelling 1', 'at_risk')).toEqual({
      type: 'status',
      label: 'Doelstelling 1',
      status: 'at_risk',
    });
    expect(keyValues({ Gemeente: 'Mechelen', Periode: '2026' }).items).toEqual([
      { key: 'Gemeente', value: 'Mechelen' },
      { key: 'Periode', value: '2026' },
    ]);
    expect(keyValues([['a', '1']]).items).toEqual([{ key: 'a', value: '1' }]);
  });

  it('keeps a document JSON-serialisable (plain data only)', () => {
    const block = table([{ key: 'a', label: 'A', kind: 'euro-cents' }], [{ a: 100 }], {
      caption: 'c',
      totals: { a: 100 },
    });
    expect(JSON.parse(JSON.stringify(block))).toEqual(block);
  });

  it('refuses table widths that do not fit', () => {
    expect(() =>
      table(
        [
          { key: 'a', label: 'A', width: 0.7 },
          { key: 'b', label: 'B', width: 0.5 },
        ],
        [],
      ),
    ).toThrow(/more than the whole/);
    expect(() => table([{ key: 'a', label: 'A', width: 0 }], [])).toThrow(/not in \(0, 1\]/);
  });

  it('refuses a chart whose series do not match the categories', () => {
    const data = {
      kind: 'column' as const,
      categoryLabel: 'Wijk',
      categories: ['A', 'B'],
      series: [{ name: '2026', values: [1] }],
    };
    expect(() => chart('Incidenten', svg, data, { altText: 'x' })).toThrow(/1 values for 2 categories/);
  });

  it('turns chart data into a table fallback and a table into a sheet', () => {
    const block = chart(
      'Uitgaven',
      svg,
      {
        kind: 'bar',
        categoryLabel: 'Post',
        categories: ['Loon', 'Werking'],
        series: [{ name: '2026', values: [150_000, null] }],
        valueKind: 'euro-cents',
      },
      { altText: 'Uitgaven per post' },
    );
    const fallback = chartDataTable(block, 'fr');
    expect(fallback.caption).toBe('Données du graphique: Uitgaven');
    expect(fallback.columns).toEqual([
      { key: 'category', label: 'Post' },
      { key: 's0', label: '2026', kind: 'euro-cents' },
    ]);
    expect(fallback.rows).toEqual([
      { category: 'Loon', s0: 150_000 },
      { category: 'Werking', s0: null },
    ]);
    const withTotals = table(fallback.columns, fallback.rows, { totals: { category: 'Totaal', s0: 150_000 } });
    expect(sheetFromTable('Uitgaven', withTotals).rows).toHaveLength(3);
  });
});

describe('columns', () => {
  it('split the width left over among columns without one', () => {
    const fractions = columnFractions([
      { key: 'a', label: 'A', width: 0.5 },
      { key: 'b', label: 'B' },
      { key: 'c', label: 'C' },
    ]);
    expect(fractions).toEqual([0.5, 0.25, 0.25]);
  });

  it('stretch given widths that fall short of the whole', () => {
    expect(
      columnFractions([
        { key: 'a', label: 'A', width: 0.2 },
        { key: 'b', label: 'B', width: 0.2 },
      ]),
    ).toEqual([0.5, 0.5]);
  });

  it('align numbers and money right by default', () => {
    expect(columnAlign({ key: 'a', label: 'A', kind: 'number' })).toBe('right');
    expect(columnAlign({ key: 'a', label: 'A', kind: 'euro-cents' })).toBe('right');
    expect(columnAlign({ key: 'a', label: 'A', kind: 'status' })).toBe('left');
    expect(columnAlign({ key: 'a', label: 'A', kind: 'number', align: 'center' })).toBe('center');
  });
});

describe('formatCell', () => {
  const column = (kind: ReportColumn['kind'], decimals?: number): ReportColumn => ({
    key: 'x',
    label: 'X',
    kind,
    decimals,
  });

  it('prints money from cents in the Belgian way', () => {
    expect(formatCell(column('euro-cents'), 81_055_307, 'nl')).toMatch(/^€\s810\.553,07$/u);
    expect(formatCell(column('euro-cents'), 81_055_307, 'fr')).toMatch(/^810\s553,07\s€$/u);
    expect(formatCell(column('euro-cents'), -12_345, 'nl')).toMatch(/^€\s-123,45$/u);
  });

  it('prints numbers, dates and statuses', () => {
    expect(formatCell(column('number', 1), 1234.56, 'nl')).toBe('1.234,6');
    expect(formatCell(column('number'), 0.5, 'en')).toBe('0.5'); // English documents write a decimal point
    expect(formatCell(column('date'), '2026-03-01', 'en')).toBe('01/03/2026');
    // 23:30 UTC on 31 March is already 1 April in Brussels.
    expect(formatCell(column('date'), '2026-03-31T23:30:00Z', 'nl')).toBe('01/04/2026');
    expect(formatCell(column('status'), 'on_track', 'fr')).toBe('En bonne voie');
    expect(formatCell(column('text'), null, 'nl')).toBe('');
    expect(formatCell(column('date'), 'later', 'nl')).toBe('later');
  });

  it('reads dates without a time zone shift', () => {
    expect(dateParts('2026-12-31')).toEqual({ year: 2026, month: 12, day: 31 });
    expect(dateParts('nonsense')).toBeNull();
  });
});

describe('report words', () => {
  it('has every status word and the page line in every language', () => {
    for (const locale of locales) {
      for (const status of statusValues) expect(statusLabel(status, locale)).not.toBe('');
      expect(reportWords[locale].page(2, 9)).toMatch(/2.*9/);
    }
    expect(reportWords.nl.page(1, 3)).toBe('Pagina 1 van 3');
    expect(reportWords.fr.page(1, 3)).toBe('Page 1 sur 3');
    expect(reportWords.en.page(1, 3)).toBe('Page 1 of 3');
  });

  it('says when the report was made, in Brussels time', () => {
    const meta = { municipality: 'Mechelen', generatedAt: '2026-03-31T12:05:00Z' };
    expect(generatedOnLine({ locale: 'nl', meta })).toBe('Aangemaakt op 31/03/2026 14:05');
    expect(generatedOnLine({ locale: 'fr', meta })).toBe('Généré le 31/03/2026 14:05');
  });
});

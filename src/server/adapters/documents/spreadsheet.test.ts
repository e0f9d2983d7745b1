import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  bullets,
  chart,
  heading,
  keyValues,
  paragraph,
  sheetFromTable,
  statusBadge,
  table,
  type ReportDocument,
} from '../../../shared/reports/report-document.js';
import { renderCsv } from './csv-renderer.js';
import { excelValue, renderXlsx, sheetNames } from './xlsx-renderer.js';

describe('sheetNames', () => {
  it('makes names Excel accepts, unique regardless of case', () => {
    expect(
      sheetNames([
        'Uitgaven: 2026/Q1',
        'uitgaven 2026 q1',
        "'Budget'",
        '',
        'Een heel lange naam voor een werkblad van het plan',
      ]),
    ).toEqual(['Uitgaven 2026 Q1', 'uitgaven 2026 q1 (2)', 'Budget', 'Sheet4', 'Een heel lange naam voor een we']);
  });
});

describe('excelValue', () => {
  it('stores euros from cents, real dates at midnight UTC and status words', () => {
    expect(excelValue({ key: 'a', label: 'A', kind: 'euro-cents' }, 123_456, 'nl')).toBe(1234.56);
    expect(excelValue({ key: 'a', label: 'A', kind: 'date' }, '2026-02-28', 'nl')).toEqual(
      new Date(Date.UTC(2026, 1, 28)),
    );
    expect(excelValue({ key: 'a', label: 'A', kind: 'status' }, 'missed', 'fr')).toBe('Non atteint');
    expect(excelValue({ key: 'a', label: 'A' }, null, 'nl')).toBeNull();
  });
});

describe('renderCsv', () => {
  const sheet = {
    name: 'x',
    columns: [
      { key: 'text', label: 'Tekst' },
      { key: 'cents', label: 'Bedrag', kind: 'euro-cents' as const },
      { key: 'n', label: 'Aantal', kind: 'number' as const, decimals: 2 },
    ],
    rows: [
      { text: ' spatie', cents: 5, n: 1.5 },
      { text: 'regel\neen', cents: -1, n: null },
      { text: '+32 15 29 76 54', cents: 100_000_001, n: 3 },
    ],
  };

  it('quotes, pads cents and neutralises formulas', () => {
    const lines = renderCsv(sheet, { locale: 'nl' }).toString('utf8').slice(1).split('\r\n');
    expect(lines).toEqual([
      'Tekst;Bedrag;Aantal',
      '" spatie";0,05;1,50',
      '"regel\neen";-0,01;',
      "'+32 15 29 76 54;1000000,01;3,00",
      '',
    ]);
  });

  it('takes another separator when asked', () => {
    expect(
      renderCsv(sheet, { locale: 'en', separator: ',', decimalSeparator: '.' }).toString('utf8').split('\r\n')[1],
    ).toBe('" spatie",0.05,1.50');
  });
});

describe('renderXlsx', () => {
  const expenses = table(
    [
      { key: 'post', label: 'Post' },
      { key: 'amount', label: 'Bedrag', kind: 'euro-cents' },
      { key: 'day', label: 'Dag', kind: 'date' },
    ],
    [{ post: 'Loonkosten', amount: 5_983_300, day: '2020-04-27' }],
    { caption: 'Tabel 1', totals: { post: 'Totaal', amount: 5_983_300 } },
  );
  const doc: ReportDocument = {
    title: 'Verantwoording 2020',
    subtitle: 'Ondertitel',
    locale: 'nl',
    meta: { municipality: 'Stad Mechelen', generatedAt: '2021-07-01T09:00:00.000Z' },
    blocks: [
      keyValues([['Werkingsjaar', '2020']]),
      heading('Aansluiting'),
      paragraph('MJP003608: verschil met raming raad € 899,00', 'strong'),
      bullets(['14 VTE']),
      statusBadge('Doelstelling 1', 'at_risk', '3 van 4'),
      expenses,
      chart(
        'Per wijk',
        { svg: '<svg xmlns="http://www.w3.org/2000/svg"/>', width: 600, height: 300 },
        { kind: 'column', categoryLabel: 'Wijk', categories: ['Centrum'], series: [{ name: '2020', values: [42] }] },
        { altText: 'x' },
      ),
    ],
    sheets: [sheetFromTable('Uitgaven', expenses)],
  };

  it('adds a sheet with every printed block after the report’s own sheets, with typed cells', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderXlsx(doc)) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Uitgaven', 'Rapport']);
    const values = workbook
      .getWorksheet('Rapport')!
      .getSheetValues()
      .flatMap((row) => (Array.isArray(row) ? row : []));
    const texts = values.map((value) =>
      value && typeof value === 'object' && 'richText' in value
        ? value.richText.map((run) => run.text).join('')
        : value,
    );
    expect(texts).toEqual(
      expect.arrayContaining([
        'Verantwoording 2020',
        'Ondertitel',
        'Stad Mechelen · Aangemaakt op 01/07/2021 11:00',
        'Werkingsjaar',
        '2020',
        'Aansluiting',
        'MJP003608: verschil met raming raad € 899,00',
        '• 14 VTE',
        'Doelstelling 1: ● Risico — 3 van 4',
        'Loonkosten',
        59_833,
        new Date(Date.UTC(2020, 3, 27)),
        'Totaal',
        'Tabel 1',
        'Per wijk',
        'Wijk',
        'Centrum',
        42,
        'Gegevens van de grafiek: Per wijk',
      ]),
    );
  });

  it('adds no such sheet to a plain data export (no printed blocks)', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderXlsx({ ...doc, blocks: [] })) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Uitgaven']);
  });
});

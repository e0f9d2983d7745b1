import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../src/shared/i18n/locale.js';
import {
  bullets,
  chart,
  heading,
  keyValues,
  pageBreak,
  paragraph,
  sheetFromTable,
  statusBadge,
  table,
  type ReportColumn,
  type ReportDocument,
  type ReportRow,
  type StatusValue,
} from '../../src/shared/reports/report-document.js';
import { renderChartSvg, renderCsv, renderReport } from '../../src/server/adapters/documents/render-report.js';
import {
  convertWithLibreOffice,
  libreOfficeCsvAllSheets,
  pdfFonts,
  pdfPageCount,
  pdfPageSize,
  pdfPages,
  pdfText,
  requireOfficeTools,
} from '../support/office.js';

// Renders a realistic report in every format and reads the files back with LibreOffice and poppler, as a reader would.
// Set SVPP_KEEP_DOCUMENTS=1 to keep the files (the directory is printed) and look at them.

const wijken = ['Centrum', 'Nekkerspoel', 'Tervuursepoort', 'Ganzendries', 'Coloma', 'Muizen', 'Hombeek', 'Leest'];
const statuses: StatusValue[] = ['achieved', 'on_track', 'at_risk', 'missed', 'no_data'];

const indicatorColumns: ReportColumn[] = [
  { key: 'code', label: 'Code', width: 0.07 },
  { key: 'indicator', label: 'Indicator', width: 0.33 },
  { key: 'target', label: 'Streefwaarde', kind: 'number', width: 0.15 },
  { key: 'realised', label: 'Gerealiseerd', kind: 'number', decimals: 1, width: 0.15 },
  { key: 'measured', label: 'Gemeten op', kind: 'date', width: 0.13 },
  { key: 'status', label: 'Status', kind: 'status' },
];
const indicatorRows: ReportRow[] = Array.from({ length: 72 }, (_, index) => ({
  code: `2.${Math.floor(index / 9) + 1}.${(index % 9) + 1}`,
  indicator:
    index === 0
      ? 'Aantal preventieve acties van de gemeenschapswachten in de stationsbuurt — coördinatie met de politiezone Mechelen-Willebroek'
      : `Indicator ${index + 1}: bereik van het café-overleg in ${wijken[index % wijken.length]} (reünie, naïeve doelgroep)`,
  target: 100 + index * 5,
  realised: index % 7 === 6 ? null : 87.5 + index * 4.25,
  measured: `2026-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 27) + 1).padStart(2, '0')}`,
  status: statuses[index % statuses.length] ?? 'no_data',
}));
const lastIndicator = 'Indicator 72:';

const expenseColumns: ReportColumn[] = [
  { key: 'post', label: 'Uitgavenpost' },
  { key: 'supplier', label: 'Leverancier' },
  { key: 'date', label: 'Factuurdatum', kind: 'date', width: 0.16 },
  { key: 'amount', label: 'Bedrag', kind: 'euro-cents', width: 0.18 },
];
const expenseRows: ReportRow[] = [
  { post: 'Loonkosten gemeenschapswachten', supplier: 'Stad Mechelen', date: '2026-01-31', amount: 1_234_567 },
  { post: 'Werkingskosten; "buurtbemiddeling"', supplier: 'Vzw Crème de la Crème', date: '2026-03-15', amount: 98_765 },
  { post: 'Matériel de prévention — Façade', supplier: 'Ferronnerie Leroy', date: '2026-04-02', amount: 450_000 },
  { post: '=Investering camera’s', supplier: 'Zoë & François bv', date: '2026-06-30', amount: -12_345 },
];
const expenseTotal = expenseRows.reduce((sum, row) => sum + Number(row.amount), 0);

function sampleReport(locale: Locale): ReportDocument {
  const fr = locale === 'fr';
  const incidents = { 2025: [42, 31, 18, 25, 12, 9, 7, 5], 2026: [38, 27, 21, 19, 14, 6, 8, 4] };
  const svg = renderChartSvg(
    {
      grid: { left: 40, right: 16, top: 30, bottom: 70 },
      legend: { top: 0 },
      xAxis: { type: 'category', data: wijken, axisLabel: { interval: 0, rotate: 30 } },
      yAxis: { type: 'value' },
      series: [
        { name: '2025', type: 'bar', data: incidents[2025] },
        { name: '2026', type: 'bar', data: incidents[2026] },
      ],
    },
    640,
    300,
  );
  const indicators = table(indicatorColumns, indicatorRows, {
    caption: 'Tabel 1 — Indicatoren van de strategische doelstelling 2 (€ en aantallen).',
  });
  const expenses = table(expenseColumns, expenseRows, {
    caption: 'Tabel 2 — Financiële verantwoording 2026.',
    totals: { post: 'Totaal', amount: expenseTotal },
  });
  return {
    title: fr
      ? 'Plan stratégique de sécurité et de prévention 2026–2029'
      : 'Strategisch veiligheids- en preventieplan 2026–2029',
    subtitle: fr ? 'Évaluation annuelle 2026' : 'Jaarlijkse evaluatie 2026',
    locale,
    meta: {
      municipality: fr ? 'Ville de Malines' : 'Stad Mechelen',
      generatedAt: '2026-03-31T12:05:00.000Z',
      footer: 'SVPP 2026–2029',
    },
    blocks: [
      keyValues({
        Gemeente: 'Mechelen',
        Periode: '01/01/2026 – 31/12/2026',
        Coördinator: 'Zoë Van Rompaey',
        'Fonctionnaire PSSP': 'François Deprêtre',
      }),
      heading('1. Samenvatting'),
      paragraph(
        'De preventiedienst coördineerde in 2026 de gemeenschapswachten, de buurtbemiddeling en het café-overleg. De coëfficiënt van de ' +
          'federale toelage bleef ongewijzigd; de financiële verantwoording volgt in hoofdstuk 3. Les agents de prévention ont renforcé leur ' +
          'présence près de la gare : façades sécurisées, réunions de quartier, médiation reçue positivement.',
      ),
      paragraph('Cijfers zijn voorlopig tot de validatie door de stuurgroep.', 'muted'),
      statusBadge('Strategische doelstelling 1', 'on_track', 'acht van de tien acties lopen'),
      statusBadge('Strategische doelstelling 2', 'at_risk'),
      bullets([
        'Gemeenschapswachten: 14 VTE',
        'Médiation de quartier : 312 dossiers',
        'Budget: € 810.553,07 toegekend',
      ]),
      heading('2. Incidenten per wijk', 2),
      chart(
        'Geregistreerde incidenten per wijk',
        { svg, width: 640, height: 300 },
        {
          kind: 'column',
          categoryLabel: 'Wijk',
          categories: wijken,
          series: [
            { name: '2025', values: incidents[2025] },
            { name: '2026', values: incidents[2026] },
          ],
        },
        {
          altText: 'Staafdiagram: incidenten per wijk in 2025 en 2026; het Centrum telt de meeste.',
          showDataTable: true,
        },
      ),
      heading('3. Indicatoren', 2),
      indicators,
      pageBreak(),
      heading('4. Financiële verantwoording', 2),
      expenses,
      paragraph('Goedgekeurd door het college van burgemeester en schepenen.', 'strong'),
    ],
    sheets: [
      sheetFromTable('Indicatoren', indicators),
      { name: 'Uitgaven: 2026/Q1', columns: expenseColumns, rows: expenseRows },
    ],
  };
}

let dir: string;
const file = (name: string): string => path.join(dir, name);

beforeAll(() => {
  requireOfficeTools();
  dir = mkdtempSync(path.join(os.tmpdir(), 'svpp-documents-'));
});
afterAll(() => {
  if (process.env.SVPP_KEEP_DOCUMENTS) console.log(`documents kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
});

/** The text with every run of white space (line ends of wrapped cells too) as one space. */
const oneLine = (text: string): string => text.replace(/\s+/g, ' ');

/** Pages on which the long table continues: each must start with the table's header row again. */
function expectHeaderOnEveryTablePage(pages: string[]): void {
  const tablePages = pages.filter((text) => /\b2\.\d\.\d\b/.test(text));
  expect(tablePages.length).toBeGreaterThanOrEqual(2);
  // The first two labels only: how the narrow columns' labels wrap depends on the fonts installed.
  for (const text of tablePages) expect(text).toMatch(/Code\s+Indicator\s/);
}

describe.each(['nl', 'fr'] as const)('documents in %s', (locale) => {
  const doc = sampleReport(locale);
  const expectedPage = locale === 'nl' ? /Pagina 1 van \d+/ : /Page 1 sur \d+/;
  const expectedTotal = locale === 'nl' ? /€ 17\.709,87/ : /17\s709,87\s€/u;
  const accented = [
    'Zoë Van Rompaey',
    'François Deprêtre',
    'coëfficiënt',
    'façades sécurisées',
    'Vzw Crème de la Crème',
    lastIndicator,
  ];

  it('writes a PDF of A4 pages with the accents, the table on several pages and the chart', async () => {
    const pdf = file(`report-${locale}.pdf`);
    const rendered = await renderReport(doc, 'pdf');
    expect(rendered.contentType).toBe('application/pdf');
    writeFileSync(pdf, rendered.data);

    expect(await pdfPageCount(pdf)).toBeGreaterThanOrEqual(3);
    expect(await pdfPageSize(pdf)).toMatch(/A4/);
    expect((await pdfFonts(pdf)).every((font) => font.embedded)).toBe(true);
    const raw = await pdfText(pdf);
    expect(raw).not.toContain('\u202f'); // Roboto has no narrow no-break space: it must not reach the PDF
    const text = oneLine(raw);
    for (const expected of [...accented, doc.title, 'Nekkerspoel', 'Geregistreerde incidenten per wijk']) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(expectedPage);
    expect(text).toMatch(expectedTotal);
    expect(text).toContain(locale === 'nl' ? 'Op koers' : 'En bonne voie');
    expectHeaderOnEveryTablePage(await pdfPages(pdf));
  });

  it('writes a DOCX that LibreOffice opens and prints with the same content', async () => {
    const docx = file(`report-${locale}.docx`);
    writeFileSync(docx, (await renderReport(doc, 'docx')).data);
    const [pdf] = await convertWithLibreOffice(docx, 'pdf', path.join(dir, `docx-${locale}`));
    if (!pdf) throw new Error('no PDF');

    expect(await pdfPageCount(pdf)).toBeGreaterThanOrEqual(3);
    const text = oneLine(await pdfText(pdf));
    for (const expected of [...accented, doc.title]) expect(text).toContain(expected);
    expect(text).toMatch(expectedPage);
    expect(text).toMatch(expectedTotal);
    expect(text).toContain('Geregistreerde incidenten per wijk'); // the native chart's title
    expectHeaderOnEveryTablePage(await pdfPages(pdf));
  });
});

describe('spreadsheets', () => {
  const doc = sampleReport('nl');

  it('writes an XLSX with typed cells, a frozen bold header and an autofilter', async () => {
    const xlsx = file('report.xlsx');
    writeFileSync(xlsx, (await renderReport(doc, 'xlsx')).data);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    // The report's own sheets, then the one with every printed block (see report-formats.test.ts).
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Indicatoren', 'Uitgaven 2026 Q1', 'Rapport']);
    const expenses = workbook.getWorksheet('Uitgaven 2026 Q1');
    if (!expenses) throw new Error('no expenses sheet');
    expect(expenses.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(expenses.autoFilter).toBeTruthy();
    expect(expenses.getRow(1).font?.bold).toBe(true);
    const amount = expenses.getCell('D2');
    expect(amount.value).toBe(12_345.67);
    expect(amount.numFmt).toBe('#,##0.00 "€"');
    const date = expenses.getCell('C2');
    expect(date.value).toEqual(new Date(Date.UTC(2026, 0, 31)));
    expect(date.numFmt).toBe('dd/mm/yyyy');
    expect(expenses.getCell('A5').value).toBe('=Investering camera’s'); // a string, never a formula
    expect(expenses.rowCount).toBe(5);
    expect(workbook.getWorksheet('Indicatoren')?.rowCount).toBe(indicatorRows.length + 1);
  });

  it('writes an XLSX that LibreOffice opens with the rows and the euro values', async () => {
    const xlsx = file('report-lo.xlsx');
    writeFileSync(xlsx, (await renderReport(doc, 'xlsx')).data);
    const csvFiles = await convertWithLibreOffice(xlsx, libreOfficeCsvAllSheets, path.join(dir, 'xlsx-csv'));
    expect(csvFiles).toHaveLength(3);
    const sheet = (name: string): string =>
      readFileSync(csvFiles.find((csv) => csv.endsWith(`-${name}.csv`)) ?? '', 'utf8');
    const [indicators, expenses] = [sheet('Indicatoren'), sheet('Uitgaven 2026 Q1')];
    // The paragraphs' and bullets' figures, which only the printed report had before.
    expect(sheet('Rapport')).toContain('Médiation de quartier : 312 dossiers');
    expect(indicators.trim().split('\n')).toHaveLength(indicatorRows.length + 1);
    expect(indicators).toContain(lastIndicator);
    expect(indicators).toContain('01/01/2026');
    // Shown as formatted by LibreOffice's locale: 12,345.67 € or 12.345,67 €.
    expect(expenses).toMatch(/12[.,]345[.,]67 €/);
    expect(expenses).toMatch(/-123[.,]45 €/);
    expect(expenses).toContain('31/01/2026');
    expect(expenses).toContain('Vzw Crème de la Crème');
  });

  it('writes a CSV for Excel in Belgium', () => {
    const csv = renderCsv(doc.sheets[1] ?? doc.sheets[0]!, { locale: 'nl' });
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.toString('utf8').slice(1);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('Uitgavenpost;Leverancier;Factuurdatum;Bedrag');
    expect(lines[1]).toBe('Loonkosten gemeenschapswachten;Stad Mechelen;31/01/2026;12345,67');
    expect(lines[2]).toBe('"Werkingskosten; ""buurtbemiddeling""";Vzw Crème de la Crème;15/03/2026;987,65');
    expect(lines[4]).toBe("'=Investering camera’s;Zoë & François bv;30/06/2026;-123,45");
    expect(lines.at(-1)).toBe('');
    expect(text).not.toMatch(/[^\r]\n/);
  });
});

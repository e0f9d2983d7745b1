import ExcelJS from 'exceljs';
import type { Locale } from '../../../shared/i18n/locale.js';
import * as model from '../../../shared/reports/report-document.js';
import { palette } from './layout.js';

/** Excel number formats; the separators follow the reader's own settings (1.234,56 € in Belgium). */
const excelFormats = { euro: '#,##0.00 "€"', date: 'dd/mm/yyyy', integer: '#,##0' } as const;

/**
 * exceljs' default cell font; a font set without a name would fall back to the reader's default (a serif in
 * LibreOffice).
 */
const font = { name: 'Calibri', size: 11 } as const;
const maxColumnWidth = 60;
const lineHeight = 15; // points, for Calibri 11

/**
 * Lines a text takes in a column of `width` characters (a width unit is a digit's width; text runs a little narrower).
 */
function estimatedLines(text: string, width: number): number {
  return text
    .split('\n')
    .reduce((lines, paragraph) => lines + Math.max(1, Math.ceil(paragraph.length / (width * 1.1))), 0);
}

/**
 * The report as an XLSX workbook: a worksheet per sheet of the report (typed cells, header bold and frozen,
 * autofilter), then, when the report prints blocks, one more worksheet ("Rapport") with every block the DOCX and PDF
 * print, in their order: title, headings, paragraphs, bullets, key figures, statuses, tables with their totals and
 * captions, each chart's data. So the spreadsheet never holds fewer figures than the printed report, whatever sheets a
 * report builder chose (test/medium/report-formats.test.ts compares the numbers of the three formats).
 */
export async function renderXlsx(doc: model.ReportDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'svpp';
  workbook.title = doc.title;
  workbook.company = doc.meta.municipality;
  const created = new Date(doc.meta.generatedAt);
  if (!Number.isNaN(created.getTime())) workbook.created = created;

  const printed = doc.blocks.length > 0;
  const names = sheetNames([
    ...doc.sheets.map((sheet) => sheet.name),
    ...(printed ? [model.reportWords[doc.locale].documentSheet] : []),
  ]);
  doc.sheets.forEach((sheet, index) => addWorksheet(workbook, sheet, names[index] ?? `Sheet${index + 1}`, doc.locale));
  if (printed) {
    addDocumentWorksheet(workbook, doc, names[doc.sheets.length] ?? model.reportWords[doc.locale].documentSheet);
  }
  // An XLSX needs at least one worksheet to open.
  if (doc.sheets.length === 0 && !printed) workbook.addWorksheet(sheetNames([doc.title])[0]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addWorksheet(workbook: ExcelJS.Workbook, sheet: model.ReportSheet, name: string, locale: Locale): void {
  const worksheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
    // Printed: A4 landscape, as wide as one page, the header row on every page.
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    },
  });
  const widths = sheet.columns.map((column) => columnWidth(column, sheet, locale));
  const wraps = sheet.columns.map(
    (column, index) => model.columnKind(column) === 'text' && (widths[index] ?? 0) >= maxColumnWidth,
  );
  worksheet.columns = sheet.columns.map((column, index) => ({
    header: column.label,
    key: column.key,
    width: widths[index],
    style: {
      ...columnStyle(column),
      alignment: { horizontal: model.columnAlign(column), vertical: 'top', wrapText: wraps[index] },
    },
  }));
  for (const row of sheet.rows) {
    const added = worksheet.addRow(sheet.columns.map((column) => excelValue(column, row[column.key] ?? null, locale)));
    // Readers do not all fit a row to wrapped text (LibreOffice leaves it one line high), so the height is estimated.
    const lines = Math.max(
      1,
      ...sheet.columns.map((column, index) =>
        wraps[index] ? estimatedLines(String(row[column.key] ?? ''), widths[index] ?? maxColumnWidth) : 1,
      ),
    );
    if (lines > 1) added.height = lines * lineHeight;
    sheet.columns.forEach((column, index) => {
      const status = model.cellStatus(column, row[column.key]);
      if (status) {
        added.getCell(index + 1).font = { ...font, color: { argb: `FF${model.statusColors[status]}` }, bold: true };
      }
    });
  }
  const header = worksheet.getRow(1);
  header.font = { ...font, bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${palette.primary}` } };
  header.alignment = { vertical: 'middle', wrapText: true };
  if (sheet.columns.length > 0) {
    worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  }
}

/** The least width of the text the document sheet's paragraphs wrap in, and the widest column, in characters. */
const documentTextWidth = 100;
const documentColumnWidth = 32;

/**
 * Every printed block on one worksheet, top to bottom. Texts (headings, paragraphs, bullets) span the sheet's columns
 * (merged, wrapped, the row as high as the text needs); tables keep typed cells (numbers, € amounts, real dates), so
 * a reader can compute with the figures just as on the report's own sheets.
 */
function addDocumentWorksheet(workbook: ExcelJS.Workbook, doc: model.ReportDocument, name: string): void {
  const { locale } = doc;
  const worksheet = workbook.addWorksheet(name, {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ showGridLines: false }],
  });
  const tables = doc.blocks.flatMap((block): model.TableBlock[] =>
    block.type === 'table' ? [block] : block.type === 'chart' ? [model.chartDataTable(block, locale)] : [],
  );
  const pairs = doc.blocks.flatMap((block) => (block.type === 'key-values' ? block.items : []));
  const columnCount = Math.max(2, ...tables.map((block) => block.columns.length));
  const widths = Array.from({ length: columnCount }, (_, index) => {
    let width = 8;
    for (const block of tables) {
      const column = block.columns[index];
      if (column) {
        width = Math.max(
          width,
          columnWidth(
            column,
            { name: '', columns: block.columns, rows: block.totals ? [...block.rows, block.totals] : block.rows },
            locale,
          ),
        );
      }
    }
    if (index === 0) for (const pair of pairs) width = Math.max(width, pair.key.length + 2);
    // Tables of different shapes share these columns: none grows wide for one long text (it wraps instead).
    return Math.min(width, documentColumnWidth);
  });
  const spanned = widths.reduce((sum, width) => sum + width, 0);
  if (spanned < documentTextWidth) {
    widths[columnCount - 1] = (widths[columnCount - 1] ?? 8) + documentTextWidth - spanned;
  }
  worksheet.columns = widths.map((width) => ({ width }));
  const muted = { argb: `FF${palette.muted}` };
  const primary = { argb: `FF${palette.primary}` };

  /** A line of text across every column (merged), wrapped, as high as it needs. */
  const textRow = (
    value: string | ExcelJS.CellRichTextValue,
    text: string,
    style: Partial<ExcelJS.Font> = {},
    from = 1,
  ): ExcelJS.Row => {
    const row = worksheet.addRow([]);
    const cell = row.getCell(from);
    cell.value = value;
    cell.font = { ...font, ...style };
    cell.alignment = { vertical: 'top', wrapText: true };
    if (columnCount > from) worksheet.mergeCells(row.number, from, row.number, columnCount);
    const width = widths.slice(from - 1).reduce((sum, one) => sum + one, 0);
    const size = style.size ?? font.size;
    const lines = estimatedLines(text, (width * font.size) / size);
    row.height = Math.max(lines, 1) * lineHeight * (size / font.size);
    return row;
  };
  /** An empty row, never two in a row. */
  const blank = (): void => {
    const last = worksheet.lastRow;
    if (last && last.cellCount > 0) worksheet.addRow([]);
  };

  textRow(doc.title, doc.title, { size: 18, bold: true, color: primary });
  if (doc.subtitle) textRow(doc.subtitle, doc.subtitle, { size: 13, color: muted });
  const meta = model.metaLine(doc);
  textRow(meta, meta, { size: 9, color: muted });
  if (doc.meta.footer) textRow(doc.meta.footer, doc.meta.footer, { size: 9, color: muted });
  blank();

  const addTable = (block: model.TableBlock): void => {
    const header = worksheet.addRow(block.columns.map((column) => column.label));
    header.eachCell((cell, index) => {
      const column = block.columns[index - 1];
      cell.font = { ...font, bold: true, color: { argb: 'FFFFFFFF' } };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: primary };
      cell.alignment = {
        vertical: 'middle',
        wrapText: true,
        ...(column ? { horizontal: model.columnAlign(column) } : {}),
      };
    });
    const headerLines = Math.max(
      1,
      ...block.columns.map((column, index) => estimatedLines(column.label, widths[index] ?? maxColumnWidth)),
    );
    if (headerLines > 1) header.height = headerLines * lineHeight;
    const body = (values: model.ReportRow, total: boolean): void => {
      const row = worksheet.addRow(
        block.columns.map((column) => excelValue(column, values[column.key] ?? null, locale)),
      );
      let lines = 1;
      block.columns.forEach((column, index) => {
        const cell = row.getCell(index + 1);
        const value = values[column.key] ?? null;
        const { numFmt } = columnStyle(column);
        if (numFmt) cell.numFmt = numFmt;
        const wrap = model.columnKind(column) === 'text';
        cell.alignment = { horizontal: model.columnAlign(column), vertical: 'top', wrapText: wrap };
        if (wrap && value !== null) {
          lines = Math.max(lines, estimatedLines(String(value), widths[index] ?? maxColumnWidth));
        }
        const status = model.cellStatus(column, value);
        cell.font = status
          ? { ...font, bold: true, color: { argb: `FF${model.statusColors[status]}` } }
          : { ...font, bold: total };
        if (total) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${palette.totalFill}` } };
      });
      if (lines > 1) row.height = lines * lineHeight;
    };
    for (const values of block.rows) body(values, false);
    if (block.totals) body(block.totals, true);
    if (block.caption) textRow(block.caption, block.caption, { italic: true, size: 9, color: muted });
    blank();
  };

  const addBlock = (block: model.ReportBlock): void => {
    switch (block.type) {
      case 'heading': {
        const size = { 1: 15, 2: 13, 3: 11 }[block.level];
        if (block.level < 3) blank();
        textRow(block.text, block.text, { size, bold: true, ...(block.level < 3 ? { color: primary } : {}) });
        return;
      }
      case 'paragraph': {
        const style = block.emphasis === 'strong' ? { bold: true } : block.emphasis === 'muted' ? { color: muted } : {};
        textRow(block.text, block.text, style);
        return;
      }
      case 'bullets':
        for (const item of block.items) textRow(`• ${item}`, `• ${item}`);
        blank();
        return;
      case 'key-values':
        for (const item of block.items) {
          const row = textRow(item.value, item.value, {}, 2);
          const key = row.getCell(1);
          key.value = item.key;
          key.font = { ...font, bold: true };
          key.alignment = { vertical: 'top', wrapText: true };
        }
        blank();
        return;
      case 'status': {
        const word = model.statusLabel(block.status, locale);
        const note = block.note ? ` — ${block.note}` : '';
        const value: ExcelJS.CellRichTextValue = {
          richText: [
            { text: `${block.label}: `, font: { ...font, bold: true } },
            {
              text: `● ${word}`,
              font: { ...font, bold: true, color: { argb: `FF${model.statusColors[block.status]}` } },
            },
            ...(note ? [{ text: note, font: { ...font, color: muted } }] : []),
          ],
        };
        textRow(value, `${block.label}: ● ${word}${note}`);
        return;
      }
      case 'table':
        addTable(block);
        return;
      case 'chart':
        textRow(block.title, block.title, { bold: true });
        addTable(model.chartDataTable(block, locale));
        return;
      case 'page-break':
        return;
    }
  };
  for (const block of doc.blocks) addBlock(block);
}

function columnStyle(column: model.ReportColumn): Partial<ExcelJS.Style> {
  const kind = model.columnKind(column);
  switch (kind) {
    case 'euro-cents':
      return { numFmt: excelFormats.euro };
    case 'date':
      return { numFmt: excelFormats.date };
    case 'number':
      return column.decimals === undefined
        ? {}
        : { numFmt: column.decimals === 0 ? excelFormats.integer : `#,##0.${'0'.repeat(column.decimals)}` };
    case 'text':
    case 'status':
      return {};
  }
}

/** A cell's value as Excel should store it: numbers as numbers, euros from cents, dates as real dates. */
export function excelValue(
  column: model.ReportColumn,
  value: model.ReportCellValue,
  locale: Locale,
): string | number | Date | null {
  if (value === null || value === '') return null;
  const kind = model.columnKind(column);
  switch (kind) {
    case 'number':
      return value;
    case 'euro-cents':
      return typeof value === 'number' ? value / 100 : value;
    case 'date': {
      const parts = typeof value === 'string' ? model.dateParts(value) : null;
      // Midnight UTC: Excel dates have no time zone, and exceljs counts days from a UTC epoch.
      return parts ? new Date(Date.UTC(parts.year, parts.month - 1, parts.day)) : String(value);
    }
    case 'status':
      return model.isStatusValue(value) ? model.statusLabel(value, locale) : String(value);
    case 'text':
      return String(value);
  }
}

/** Wide enough for the header and the longest printed value, within 8 and 60 characters (longer text wraps). */
function columnWidth(column: model.ReportColumn, sheet: model.ReportSheet, locale: Locale): number {
  let longest = Math.max(...column.label.split('\n').map((line) => line.length)) + 3; // room for the filter button
  for (const row of sheet.rows.slice(0, 500)) {
    const text = model.formatCell(column, row[column.key] ?? null, locale);
    for (const line of text.split('\n')) longest = Math.max(longest, line.length + 2);
  }
  return Math.min(Math.max(longest, 8), maxColumnWidth);
}

/**
 * Names Excel accepts: at most 31 characters, none of : \ / ? * [ ], not blank, no apostrophe at either end,
 * unique regardless of case (a number is added to a repeated name).
 */
export function sheetNames(wanted: string[]): string[] {
  const taken = new Set<string>();
  return wanted.map((name, index) => {
    const base =
      name
        .replace(/[:\\/?*[\]]/g, ' ')
        .replace(/^'+|'+$/g, '')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 31) || `Sheet${index + 1}`;
    let candidate = base;
    for (let counter = 2; taken.has(candidate.toLowerCase()); counter++) {
      const suffix = ` (${counter})`;
      candidate = `${base.slice(0, 31 - suffix.length)}${suffix}`;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

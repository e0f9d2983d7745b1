import ExcelJS from 'exceljs';
import type { Locale } from '../../../shared/i18n/locale.js';
import {
  columnAlign,
  columnKind,
  dateParts,
  formatCell,
  isStatusValue,
  statusColors,
  statusLabel,
  type ReportCellValue,
  type ReportColumn,
  type ReportDocument,
  type ReportSheet,
} from '../../../shared/reports/report-document.js';
import { palette } from './layout.js';

/** Excel number formats; the separators follow the reader's own settings (1.234,56 € in Belgium). */
export const excelFormats = { euro: '#,##0.00 "€"', date: 'dd/mm/yyyy', integer: '#,##0' } as const;

/** exceljs' default cell font; a font set without a name would fall back to the reader's default (a serif in LibreOffice). */
const font = { name: 'Calibri', size: 11 } as const;
const maxColumnWidth = 60;
const lineHeight = 15; // points, for Calibri 11

/** Lines a text takes in a column of `width` characters (a width unit is a digit's width; text runs a little narrower). */
function estimatedLines(text: string, width: number): number {
  return text.split('\n').reduce((lines, paragraph) => lines + Math.max(1, Math.ceil(paragraph.length / (width * 1.1))), 0);
}

/** The report's sheets as an XLSX workbook: a worksheet per sheet, typed cells, header bold and frozen, autofilter. */
export async function renderXlsx(doc: ReportDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'svpp';
  workbook.title = doc.title;
  workbook.company = doc.meta.municipality;
  const created = new Date(doc.meta.generatedAt);
  if (!Number.isNaN(created.getTime())) workbook.created = created;

  const names = sheetNames(doc.sheets.map((sheet) => sheet.name));
  doc.sheets.forEach((sheet, index) => addWorksheet(workbook, sheet, names[index] ?? `Sheet${index + 1}`, doc.locale));
  // An XLSX needs at least one worksheet to open.
  if (doc.sheets.length === 0) workbook.addWorksheet(sheetNames([doc.title])[0]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addWorksheet(workbook: ExcelJS.Workbook, sheet: ReportSheet, name: string, locale: Locale): void {
  const worksheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
    // Printed: A4 landscape, as wide as one page, the header row on every page.
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
  });
  const widths = sheet.columns.map((column) => columnWidth(column, sheet, locale));
  const wraps = sheet.columns.map((column, index) => columnKind(column) === 'text' && (widths[index] ?? 0) >= maxColumnWidth);
  worksheet.columns = sheet.columns.map((column, index) => ({
    header: column.label,
    key: column.key,
    width: widths[index],
    style: { ...columnStyle(column), alignment: { horizontal: columnAlign(column), vertical: 'top', wrapText: wraps[index] } },
  }));
  for (const row of sheet.rows) {
    const added = worksheet.addRow(sheet.columns.map((column) => excelValue(column, row[column.key] ?? null, locale)));
    // Readers do not all fit a row to wrapped text (LibreOffice leaves it one line high), so the height is estimated.
    const lines = Math.max(1, ...sheet.columns.map((column, index) => (wraps[index] ? estimatedLines(String(row[column.key] ?? ''), widths[index] ?? maxColumnWidth) : 1)));
    if (lines > 1) added.height = lines * lineHeight;
    sheet.columns.forEach((column, index) => {
      const value = row[column.key];
      if (columnKind(column) === 'status' && isStatusValue(value)) added.getCell(index + 1).font = { ...font, color: { argb: `FF${statusColors[value]}` }, bold: true };
    });
  }
  const header = worksheet.getRow(1);
  header.font = { ...font, bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${palette.primary}` } };
  header.alignment = { vertical: 'middle', wrapText: true };
  if (sheet.columns.length > 0) worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
}

function columnStyle(column: ReportColumn): Partial<ExcelJS.Style> {
  const kind = columnKind(column);
  switch (kind) {
    case 'euro-cents':
      return { numFmt: excelFormats.euro };
    case 'date':
      return { numFmt: excelFormats.date };
    case 'number':
      return column.decimals === undefined ? {} : { numFmt: column.decimals === 0 ? excelFormats.integer : `#,##0.${'0'.repeat(column.decimals)}` };
    case 'text':
    case 'status':
      return {};
  }
}

/** A cell's value as Excel should store it: numbers as numbers, euros from cents, dates as real dates. */
export function excelValue(column: ReportColumn, value: ReportCellValue, locale: Locale): string | number | Date | null {
  if (value === null || value === '') return null;
  const kind = columnKind(column);
  switch (kind) {
    case 'number':
      return value;
    case 'euro-cents':
      return typeof value === 'number' ? value / 100 : value;
    case 'date': {
      const parts = typeof value === 'string' ? dateParts(value) : null;
      // Midnight UTC: Excel dates have no time zone, and exceljs counts days from a UTC epoch.
      return parts ? new Date(Date.UTC(parts.year, parts.month - 1, parts.day)) : String(value);
    }
    case 'status':
      return isStatusValue(value) ? statusLabel(value, locale) : String(value);
    case 'text':
      return String(value);
  }
}

/** Wide enough for the header and the longest printed value, within 8 and 60 characters (longer text wraps). */
function columnWidth(column: ReportColumn, sheet: ReportSheet, locale: Locale): number {
  let longest = Math.max(...column.label.split('\n').map((line) => line.length)) + 3; // room for the filter button
  for (const row of sheet.rows.slice(0, 500)) {
    const text = formatCell(column, row[column.key] ?? null, locale);
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
    const base = name.replace(/[:\\/?*[\]]/g, ' ').replace(/^'+|'+$/g, '').replace(/\s+/g, ' ').trim().slice(0, 31) || `Sheet${index + 1}`;
    let candidate = base;
    for (let counter = 2; taken.has(candidate.toLowerCase()); counter++) {
      const suffix = ` (${counter})`;
      candidate = `${base.slice(0, 31 - suffix.length)}${suffix}`;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

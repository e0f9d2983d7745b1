import type { Locale } from '../../../shared/i18n/locale.js';
import {
  columnKind,
  dateParts,
  isStatusValue,
  statusLabel,
  type ReportCellValue,
  type ReportColumn,
  type ReportSheet,
} from '../../../shared/reports/report-document.js';

export interface CsvOptions {
  /** Language of the status words. */
  locale: Locale;
  /** Default `;`, what Excel expects in Belgium (the comma is the decimal separator there). */
  separator?: string;
  /** Default `,`. */
  decimalSeparator?: string;
}

const byteOrderMark = '\uFEFF';

/**
 * A sheet as CSV for Excel in Belgium: `;` between fields, decimal comma, no thousands separator, dates dd/mm/yyyy,
 * euros from cents with two decimals (no € sign, so Excel reads a number), CRLF line ends, UTF-8 with a byte order
 * mark (without it Excel reads é as Ã©). Text that Excel would run as a formula (=, +, -, @ first) starts with an
 * apostrophe.
 */
export function renderCsv(sheet: ReportSheet, options: CsvOptions): Buffer {
  const separator = options.separator ?? ';';
  const decimal = options.decimalSeparator ?? ',';
  const line = (fields: string[]): string => fields.map((field) => quote(field, separator)).join(separator);
  const lines = [line(sheet.columns.map((column) => neutralize(column.label)))];
  for (const row of sheet.rows) {
    lines.push(line(sheet.columns.map((column) => csvField(column, row[column.key] ?? null, options.locale, decimal))));
  }
  return Buffer.from(byteOrderMark + lines.join('\r\n') + '\r\n', 'utf8');
}

function csvField(column: ReportColumn, value: ReportCellValue, locale: Locale, decimal: string): string {
  if (value === null || value === '') return '';
  const kind = columnKind(column);
  switch (kind) {
    case 'number':
      if (typeof value !== 'number') return neutralize(value);
      return (column.decimals === undefined ? String(value) : value.toFixed(column.decimals)).replace('.', decimal);
    case 'euro-cents':
      return typeof value === 'number' ? euros(value, decimal) : neutralize(value);
    case 'date': {
      const parts = typeof value === 'string' ? dateParts(value) : null;
      if (!parts) return neutralize(String(value));
      return `${String(parts.day).padStart(2, '0')}/${String(parts.month).padStart(2, '0')}/${parts.year}`;
    }
    case 'status':
      return isStatusValue(value) ? statusLabel(value, locale) : neutralize(String(value));
    case 'text':
      return neutralize(String(value));
  }
}

/** 123456 cents → "1234,56", with integer arithmetic (no float rounding on money). */
function euros(cents: number, decimal: string): string {
  const whole = Math.round(cents);
  const sign = whole < 0 ? '-' : '';
  const absolute = Math.abs(whole);
  return `${sign}${Math.floor(absolute / 100)}${decimal}${String(absolute % 100).padStart(2, '0')}`;
}

/** Keeps Excel from reading a text as a formula (CSV injection). */
function neutralize(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function quote(field: string, separator: string): string {
  const needsQuotes = field.includes(separator) || /["\r\n]/.test(field) || field !== field.trim();
  return needsQuotes ? `"${field.replace(/"/g, '""')}"` : field;
}

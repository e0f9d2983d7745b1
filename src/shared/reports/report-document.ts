import { formatDateTime, formatEuroCents, formatNumber } from '../i18n/format.js';
import { statusWords } from '../indicators/status-words.js';
import type { Locale } from '../i18n/locale.js';
import { DEFAULT_TIME_ZONE, dayOf } from '../calendar/days.js';

/**
 * The report model: every report svpp writes (the plan as annex to the convention, the yearly evaluation, the
 * activity report, the community-guard report, the financial justification) is first built as this plain data, then
 * handed to a renderer (DOCX, PDF, XLSX, CSV in src/server/adapters/documents). Nothing here knows a file format.
 * DOCX and PDF print the blocks; the XLSX holds the sheets and, when there are blocks, one more sheet with all of them
 * (reportWords.documentSheet), so a spreadsheet never has fewer figures than the printed report.
 */

export const reportFormats = ['docx', 'pdf', 'xlsx'] as const;
export type ReportFormat = (typeof reportFormats)[number];

export const statusValues = ['achieved', 'on_track', 'at_risk', 'missed', 'no_data'] as const;
/** How an objective or indicator stands; printed as a coloured dot and a word. */
export type StatusValue = (typeof statusValues)[number];

type ColumnKind = 'text' | 'number' | 'euro-cents' | 'date' | 'status';
export type ColumnAlign = 'left' | 'center' | 'right';

/** A column of a table or a sheet. */
export interface ReportColumn {
  key: string;
  label: string;
  /** What the cells hold; default `text`. `euro-cents` cells are integers (money is never a float in svpp). */
  kind?: ColumnKind;
  /** Default: right for numbers and money, left otherwise. */
  align?: ColumnAlign;
  /**
   * Share of the table's width (0–1); columns without one share what is left. Sheets size columns from their content.
   */
  width?: number;
  /** Decimals of a `number` column; default as many as the value has. */
  decimals?: number;
}

/**
 * Columns whose headings stand in `texts` under the columns' own keys, in the order given; `settings` adds a
 * column's kind, alignment or width: `namedColumns(t, ['article', 'prescription'], { prescription: { kind: 'number' }
 * })`.
 */
export function namedColumns<K extends string>(
  texts: Record<K, string>,
  keys: readonly K[],
  settings: Partial<Record<K, Omit<ReportColumn, 'key' | 'label'>>> = {},
): ReportColumn[] {
  return keys.map((key) => ({ key, label: texts[key], ...settings[key] }));
}

/** text: string; number and euro-cents: number; date: `YYYY-MM-DD` or an ISO timestamp; status: a StatusValue. */
export type ReportCellValue = string | number | null;
export type ReportRow = Readonly<Record<string, ReportCellValue>>;

interface HeadingBlock {
  type: 'heading';
  level: 1 | 2 | 3;
  text: string;
}
export interface ParagraphBlock {
  type: 'paragraph';
  text: string;
  emphasis?: 'normal' | 'muted' | 'strong';
}
interface BulletListBlock {
  type: 'bullets';
  items: string[];
}
interface KeyValueBlock {
  type: 'key-values';
  items: { key: string; value: string }[];
}
export interface TableBlock {
  type: 'table';
  columns: ReportColumn[];
  rows: ReportRow[];
  /** A row printed in bold under the others, such as the totals of a financial table. */
  totals?: ReportRow;
  caption?: string;
}
export interface StatusBlock {
  type: 'status';
  label: string;
  status: StatusValue;
  note?: string;
}

/** Categories × series: drawn natively where a format can (DOCX), printed as a table where it cannot. */
interface ChartData {
  kind: 'column' | 'bar' | 'line' | 'pie';
  /** Header of the category column in the table fallback, such as "Wijk". */
  categoryLabel: string;
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
  /** How the values read; default `number`. */
  valueKind?: 'number' | 'euro-cents';
}
export interface ChartBlock {
  type: 'chart';
  /** Printed by the renderers above the chart: leave the ECharts option without a title of its own. */
  title: string;
  /** An SVG made by ECharts' SSR SVG renderer (see renderChartSvg in the server's document adapters). */
  svg: string;
  /** The size the SVG was made at, in pixels. */
  width: number;
  height: number;
  /** Read by screen readers (set on the DOCX chart); not printed. */
  altText: string;
  data: ChartData;
  /** Also print the data as a table under the chart. */
  showDataTable?: boolean;
}
interface PageBreakBlock {
  type: 'page-break';
}

export type ReportBlock =
  | HeadingBlock
  | ParagraphBlock
  | BulletListBlock
  | KeyValueBlock
  | TableBlock
  | StatusBlock
  | ChartBlock
  | PageBreakBlock;

/** One worksheet of the XLSX (or one CSV): a row per record, typed columns. */
export interface ReportSheet {
  name: string;
  columns: ReportColumn[];
  rows: ReportRow[];
}

export interface ReportDocument {
  title: string;
  subtitle?: string;
  locale: Locale;
  meta: {
    municipality: string;
    /** ISO timestamp */ generatedAt: string;
    footer?: string;
    /** The municipality's time zone for "made on" (default Brussels). */ timeZone?: string;
  };
  blocks: ReportBlock[];
  sheets: ReportSheet[];
}

// ---------------------------------------------------------------------------------------------------------------
// Builders: short to write, and they fill in nothing a renderer would have to guess.

export const heading = (text: string, level: 1 | 2 | 3 = 1): HeadingBlock => ({ type: 'heading', level, text });
export const paragraph = (text: string, emphasis: ParagraphBlock['emphasis'] = 'normal'): ParagraphBlock => ({
  type: 'paragraph',
  text,
  emphasis,
});
export const bullets = (items: string[]): BulletListBlock => ({ type: 'bullets', items });
export const pageBreak = (): PageBreakBlock => ({ type: 'page-break' });
export const statusBadge = (label: string, status: StatusValue, note?: string): StatusBlock =>
  note === undefined ? { type: 'status', label, status } : { type: 'status', label, status, note };

/** A key–value list from pairs or from an object (in its key order). */
export function keyValues(items: Record<string, string> | [string, string][]): KeyValueBlock {
  const pairs = Array.isArray(items) ? items : Object.entries(items);
  return { type: 'key-values', items: pairs.map(([key, value]) => ({ key, value })) };
}

/** A table; throws when a width is out of range or the widths add up to more than the whole. */
export function table(
  columns: ReportColumn[],
  rows: ReportRow[],
  options: { caption?: string; totals?: ReportRow } = {},
): TableBlock {
  columnFractions(columns);
  return { type: 'table', columns, rows, ...options };
}

/** A chart block; throws when a series does not have one value per category. */
export function chart(
  title: string,
  rendered: { svg: string; width: number; height: number },
  data: ChartData,
  options: { altText: string; showDataTable?: boolean },
): ChartBlock {
  for (const series of data.series) {
    if (series.values.length !== data.categories.length) {
      throw new Error(
        `Chart "${title}": series "${series.name}" has ${series.values.length} values for ${data.categories.length} categories`,
      );
    }
  }
  return { type: 'chart', title, svg: rendered.svg, width: rendered.width, height: rendered.height, data, ...options };
}

/** A sheet of the same columns and rows as a table block. */
export function sheetFromTable(name: string, block: TableBlock): ReportSheet {
  return { name, columns: block.columns, rows: block.totals ? [...block.rows, block.totals] : block.rows };
}

/** The chart's data as a table: the category column, then a column per series. */
export function chartDataTable(block: ChartBlock, locale: Locale): TableBlock {
  const valueKind = block.data.valueKind ?? 'number';
  const columns: ReportColumn[] = [
    { key: 'category', label: block.data.categoryLabel },
    ...block.data.series.map((series, index) => ({ key: `s${index}`, label: series.name, kind: valueKind })),
  ];
  const rows = block.data.categories.map((category, row) => {
    const cells: Record<string, ReportCellValue> = { category };
    for (const [index, series] of block.data.series.entries()) cells[`s${index}`] = series.values[row] ?? null;
    return cells;
  });
  return { type: 'table', columns, rows, caption: `${reportWords[locale].chartData}: ${block.title}` };
}

// ---------------------------------------------------------------------------------------------------------------
// What renderers share: the fixed words, cell formatting, alignment and widths.

interface ReportWords {
  page: (page: number, count: number) => string;
  generatedOn: (dateTime: string) => string;
  total: string;
  chartData: string;
  /** The XLSX's sheet that carries the whole printed report (every block), beside the report's own sheets. */
  documentSheet: string;
  status: Record<StatusValue, string>;
}

/** Status words come from one place, the monitoring vocabulary the screens use too. */
function statusWordsOf(locale: Locale): Record<StatusValue, string> {
  const words = statusWords[locale];
  return {
    achieved: words.achieved,
    on_track: words.on_track,
    at_risk: words.at_risk,
    missed: words.missed,
    no_data: words.no_data,
  };
}

/** The few words renderers print themselves, in the report's language. */
export const reportWords: Record<Locale, ReportWords> = {
  nl: {
    page: (page, count) => `Pagina ${page} van ${count}`,
    generatedOn: (dateTime) => `Aangemaakt op ${dateTime}`,
    total: 'Totaal',
    chartData: 'Gegevens van de grafiek',
    documentSheet: 'Rapport',
    status: statusWordsOf('nl'),
  },
  fr: {
    page: (page, count) => `Page ${page} sur ${count}`,
    generatedOn: (dateTime) => `Généré le ${dateTime}`,
    total: 'Total',
    chartData: 'Données du graphique',
    documentSheet: 'Rapport',
    status: statusWordsOf('fr'),
  },
  en: {
    page: (page, count) => `Page ${page} of ${count}`,
    generatedOn: (dateTime) => `Generated on ${dateTime}`,
    total: 'Total',
    chartData: 'Chart data',
    documentSheet: 'Report',
    status: statusWordsOf('en'),
  },
};

/** Status colours (hex without #), readable as text on white and told apart by the word, not the colour alone. */
export const statusColors: Record<StatusValue, string> = {
  achieved: '1E7B34',
  on_track: '1565C0',
  at_risk: 'B35C00',
  missed: 'C62828',
  no_data: '6B7280',
};

export function isStatusValue(value: unknown): value is StatusValue {
  return typeof value === 'string' && (statusValues as readonly string[]).includes(value);
}

export function statusLabel(status: StatusValue, locale: Locale): string {
  return reportWords[locale].status[status];
}

/** "Aangemaakt op 31/03/2026 14:05" from the document's metadata. */
export function generatedOnLine(doc: Pick<ReportDocument, 'locale' | 'meta'>): string {
  return reportWords[doc.locale].generatedOn(formatDateTime(doc.meta.generatedAt, doc.locale, doc.meta.timeZone));
}

/** The line every renderer prints under the title: "Mechelen · Aangemaakt op 31/03/2026 14:05". */
export function metaLine(doc: Pick<ReportDocument, 'locale' | 'meta'>): string {
  return `${doc.meta.municipality} · ${generatedOnLine(doc)}`;
}

/** The status a cell shows as a coloured word (a status column holding a status), or null for plain text. */
export function cellStatus(column: ReportColumn, value: ReportCellValue | undefined): StatusValue | null {
  return columnKind(column) === 'status' && isStatusValue(value) ? value : null;
}

export function columnKind(column: ReportColumn): ColumnKind {
  return column.kind ?? 'text';
}

export function columnAlign(column: ReportColumn): ColumnAlign {
  if (column.align) return column.align;
  const kind = columnKind(column);
  return kind === 'number' || kind === 'euro-cents' ? 'right' : 'left';
}

/**
 * Each column's share of the width, adding up to 1: given widths are kept, the rest is split evenly among the
 * columns without one. Throws on a width outside (0, 1] or given widths above 1 in total.
 */
export function columnFractions(columns: ReportColumn[]): number[] {
  let given = 0;
  let open = 0;
  for (const column of columns) {
    if (column.width === undefined) {
      open += 1;
      continue;
    }
    if (!(column.width > 0 && column.width <= 1)) {
      throw new Error(`Column "${column.key}": width ${column.width} is not in (0, 1]`);
    }
    given += column.width;
  }
  if (given > 1 + 1e-9) throw new Error(`Column widths add up to ${given.toFixed(3)}, more than the whole width`);
  const share = open > 0 ? (1 - given) / open : 0;
  // When every width is given but they fall short of 1, stretch them so the table still spans the page.
  const scale = open === 0 && given > 0 ? 1 / given : 1;
  return columns.map((column) => (column.width === undefined ? share : column.width * scale));
}

/** `YYYY-MM-DD` (or the date part of an ISO timestamp in Brussels time) as year, month, day; null when unreadable. */
export function dateParts(value: string): { year: number; month: number; day: number } | null {
  const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (plain) return { year: Number(plain[1]), month: Number(plain[2]), day: Number(plain[3]) };
  if (Number.isNaN(new Date(value).getTime())) return null;
  return dateParts(dayOf(value, DEFAULT_TIME_ZONE));
}

/** A cell as text for print: Belgian numbers, € amounts, dd/mm/yyyy dates, status words; empty for null. */
export function formatCell(column: ReportColumn, value: ReportCellValue, locale: Locale): string {
  if (value === null || value === '') return '';
  const kind = columnKind(column);
  switch (kind) {
    case 'text':
      return String(value);
    case 'number':
      return typeof value === 'number' ? formatNumber(value, locale, column.decimals) : value;
    case 'euro-cents':
      return typeof value === 'number' ? formatEuroCents(value, locale) : value;
    case 'date': {
      const parts = typeof value === 'string' ? dateParts(value) : null;
      if (!parts) return String(value);
      return `${String(parts.day).padStart(2, '0')}/${String(parts.month).padStart(2, '0')}/${parts.year}`;
    }
    case 'status':
      return isStatusValue(value) ? statusLabel(value, locale) : String(value);
  }
}

import type { SignedInActor } from '../../../shared/access/roles.js';
import type { ExportedList, ListExportFormat } from '../../../shared/api/list-export.schema.js';
import { maxExportRows } from '../../../shared/api/list-export.schema.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import type {
  ReportCellValue,
  ReportColumn,
  ReportDocument,
  ReportRow,
  ReportSheet,
} from '../../../shared/reports/report-document.js';
import { renderCsv, renderXlsx, reportContentTypes } from '../../adapters/documents/render-report.js';
import { AppError } from '../../http/app-error.js';
import type { ServiceDeps } from '../context.js';
import { auditFor } from '../audit/audit.service.js';
import { municipalityToday } from '../municipalities/municipality-calendar.js';
import { exportWords, type ColumnWords } from './export-words.js';

/** A column of an exported list: `date` cells are `YYYY-MM-DD`, `timestamp` cells ISO moments (text in both files). */
export interface ExportColumn<Row> {
  key: string;
  kind?: 'text' | 'number' | 'date' | 'timestamp';
  value: (row: Row) => ReportCellValue | boolean | undefined;
}

export interface ExportFile {
  filename: string;
  contentType: string;
  data: Buffer;
}

export interface ExportRequest<Row> {
  list: ExportedList;
  format: ListExportFormat;
  locale: Locale;
  columns: ExportColumn<Row>[];
  rows: readonly Row[];
  /** The filters the list was shown with: written in the audit record. */
  filter: object;
  /** Whether the rows hold personal data (names, contact data, free text about people): noted in the audit record. */
  personal: boolean;
}

/**
 * Pages through a list with its own paging (the same service call the screen makes), so an export holds exactly the
 * rows the list shows with these filters. More than `maxExportRows` rows answer EXPORT_TOO_MANY_ROWS.
 */
export async function collectPages<Row>(
  page: (limit: number, offset: number) => Promise<{ items: Row[]; total: number }>,
  pageSize = 500,
): Promise<Row[]> {
  const first = await page(pageSize, 0);
  if (first.total > maxExportRows) {
    throw new AppError('EXPORT_TOO_MANY_ROWS', { rows: first.total, max: maxExportRows });
  }
  const rows = [...first.items];
  while (rows.length < first.total) {
    const next = await page(pageSize, rows.length);
    if (next.items.length === 0) break;
    rows.push(...next.items);
  }
  return rows;
}

/** Refuses more rows than an export may hold (for lists that give all rows at once). */
export function checkRowCap(total: number): void {
  if (total > maxExportRows) throw new AppError('EXPORT_TOO_MANY_ROWS', { rows: total, max: maxExportRows });
}

const cell = (value: ReportCellValue | boolean | undefined, yesNo: ColumnWords['yesNo']): ReportCellValue => {
  if (value === undefined || value === null) return null;
  if (typeof value === 'boolean') return value ? yesNo.yes : yesNo.no;
  return value;
};

/**
 * The rows as one sheet: CSV for machines (`;`, UTF-8 with BOM, dates as `yyyy-mm-dd`, headers in the language),
 * XLSX for people (real dates, numbers as numbers). Every export is written in the audit log: who took which list,
 * with which filters, how many rows, and whether it held personal data.
 */
export async function exportList<Row>(
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  actor: SignedInActor,
  request: ExportRequest<Row>,
): Promise<ExportFile> {
  checkRowCap(request.rows.length);
  const words = exportWords[request.locale];
  const labels = words.columns[request.list];
  const csv = request.format === 'csv';
  const columns: ReportColumn[] = request.columns.map((column) => ({
    key: column.key,
    label: labels[column.key] ?? column.key,
    // CSV keeps ISO days (the CSV renderer would print dd/mm/yyyy); XLSX writes real dates.
    kind: column.kind === 'number' ? 'number' : column.kind === 'date' && !csv ? 'date' : 'text',
  }));
  const rows: ReportRow[] = request.rows.map((row) =>
    Object.fromEntries(request.columns.map((column) => [column.key, cell(column.value(row), words.yesNo)])),
  );
  const sheet: ReportSheet = { name: words.titles[request.list], columns, rows };
  const today = await municipalityToday(deps, actor.municipalityId);
  const base = `${words.files[request.list]}-${today}`;
  const file: ExportFile = csv
    ? {
        filename: `${base}.csv`,
        contentType: reportContentTypes.csv,
        data: renderCsv(sheet, { locale: request.locale }),
      }
    : {
        filename: `${base}.xlsx`,
        contentType: reportContentTypes.xlsx,
        data: await renderXlsx(exportDocument(sheet, request.locale, deps.clock.now().toISOString())),
      };
  await deps.db.kysely.transaction().execute((trx) =>
    auditFor(deps, actor)(trx, 'list.export', request.list, null, {
      after: {
        format: request.format,
        rows: rows.length,
        personal: request.personal,
        filter: Object.fromEntries(Object.entries(request.filter).filter(([, value]) => value !== undefined)),
      },
    }),
  );
  return file;
}

function exportDocument(sheet: ReportSheet, locale: Locale, generatedAt: string): ReportDocument {
  return { title: sheet.name, locale, meta: { municipality: '', generatedAt }, blocks: [], sheets: [sheet] };
}

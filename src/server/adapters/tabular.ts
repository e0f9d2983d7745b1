import { csvFileRecords } from './tabular-csv.js';
import { xlsxRecords } from './tabular-xlsx.js';
import {
  importLimits,
  type Table,
  tableFrom,
  type TableLimits,
  type TableStream,
  TabularError,
} from './tabular-rows.js';

/**
 * Import files as tables of text: CSV (tabular-csv.ts) and XLSX (tabular-xlsx.ts) read row by row, on the limits
 * and with the errors of tabular-rows.ts.
 */
export { csvRecords } from './tabular-csv.js';
export { zipEntries } from './tabular-xlsx.js';
export {
  clip,
  importLimits,
  TabularError,
  type Table,
  type TableLimits,
  type TableRow,
  type TableStream,
} from './tabular-rows.js';

/** Gives other requests their turn: call between chunks of work. */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Opens a CSV (UTF-8, with or without BOM) or an XLSX file (its first worksheet) as a stream of rows of strings;
 * dates become YYYY-MM-DD, date-times `YYYY-MM-DD HH:MM` on the file's own wall clock. An XLSX is checked against the
 * unpacked-size limits before anything is inflated; rows and
 * cells are counted while they are read. Errors are `TabularError`s, also while iterating.
 */
export async function openTable(
  filename: string,
  content: Buffer,
  limits: TableLimits = importLimits,
): Promise<TableStream> {
  if (content.length === 0) throw new TabularError('IMPORT_FILE_EMPTY');
  const isXlsx = /\.xlsx$/i.test(filename) || (content[0] === 0x50 && content[1] === 0x4b);
  return tableFrom(isXlsx ? await xlsxRecords(content, limits) : csvFileRecords(content, limits), limits);
}

/** Reads the whole table into memory (small files, tools); imports use `openTable` and go row by row. */
export async function readTable(filename: string, content: Buffer, limits: TableLimits = importLimits): Promise<Table> {
  const table = await openTable(filename, content, limits);
  const rows: Record<string, string>[] = [];
  for await (const { cells } of table.rows) rows.push(cells);
  return { columns: table.columns, rows };
}

/** What every table reader shares: the rows it gives, its limits and errors, and how a header and rows are made. */

export interface Table {
  columns: string[];
  rows: Record<string, string>[];
}

/** One data row: its 1-based row number in the file (the header is row 1) and its cells by column name. */
export interface TableRow {
  row: number;
  cells: Record<string, string>;
}

/** A table read as a stream: the header at once, the rows one by one (a single pass). */
export interface TableStream {
  columns: string[];
  rows: AsyncIterable<TableRow>;
}

type TabularErrorCode =
  | 'IMPORT_FILE_UNREADABLE'
  | 'IMPORT_FILE_EMPTY'
  | 'IMPORT_TOO_MANY_ROWS'
  | 'IMPORT_CELL_TOO_LONG'
  | 'IMPORT_TOO_LARGE'
  | 'IMPORT_ZIP_BOMB';

export class TabularError extends Error {
  constructor(
    readonly code: TabularErrorCode,
    readonly details?: Record<string, unknown>,
  ) {
    super(code);
  }
}

/** The bounds every import file is held to, checked before (XLSX: unpacked size) or while (rows, cells) it is read. */
export interface TableLimits {
  maxRows: number;
  maxCellLength: number;
  /** The sum of the declared uncompressed sizes of an XLSX's zip entries. */
  maxUnpackedBytes: number;
  /** Uncompressed ÷ compressed size of one zip entry above 1 MiB; spreadsheets stay far below, zip bombs far above. */
  maxCompressionRatio: number;
  /**
   * Up to this many unpacked bytes an XLSX is read whole, above it streamed (memory stays bounded). ExcelJS's
   * streaming reader can lose a zip entry when its consumer awaits between entries (exceljs#3064: the workbook or
   * the shared strings, so a good file reads as unreadable); a file read whole does not have that race.
   */
  maxWholeReadBytes: number;
}

export const importLimits: TableLimits = {
  maxRows: 100_000,
  maxCellLength: 10_000,
  maxUnpackedBytes: 128 * 1024 * 1024,
  maxCompressionRatio: 200,
  maxWholeReadBytes: 16 * 1024 * 1024,
};

/** A cell value for an error report or a message: never more than `max` characters of what the file held. */
export function clip(text: string, max = 200): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;
}

const columnsOf = (header: string[]) => header.map((h, i) => h.trim() || `kolom ${i + 1}`);

/** Builds the row objects, counts them against the row limit and refuses a file without a header or data rows. */
export async function* dataRows(
  records: AsyncIterable<FileRecord> | Iterable<FileRecord>,
  columns: string[],
  limits: TableLimits,
): AsyncGenerator<TableRow> {
  let count = 0;
  for await (const { record, cells } of records) {
    if (!cells.some((cell) => cell.trim() !== '')) continue;
    count++;
    if (count > limits.maxRows) throw new TabularError('IMPORT_TOO_MANY_ROWS', { maxRows: limits.maxRows });
    const row: Record<string, string> = {};
    for (let i = 0; i < columns.length; i++) row[columns[i] as string] = (cells[i] ?? '').trim();
    yield { row: record, cells: row };
  }
  if (count === 0) throw new TabularError('IMPORT_FILE_EMPTY');
}

/** A record of a file: its 1-based number and its cells as text. */
export interface FileRecord {
  record: number;
  cells: string[];
}

/**
 * The first record with a cell is the header, the records after it the data rows: the header read by hand, not with
 * for…of, since leaving a for…of would close the generator the rows still come from.
 */
export async function tableFrom(
  records: Generator<FileRecord> | AsyncGenerator<FileRecord>,
  limits: TableLimits,
): Promise<TableStream> {
  let header: string[] | undefined;
  for (let next = await records.next(); !next.done; next = await records.next()) {
    if (next.value.cells.some((cell) => cell.trim() !== '')) {
      header = next.value.cells;
      break;
    }
  }
  if (!header) throw new TabularError('IMPORT_FILE_EMPTY');
  const columns = columnsOf(header);
  return { columns, rows: dataRows(records, columns, limits) };
}

/** The bytes of a file in pieces of 64 KiB, so that a large file is handed on without one large copy. */
export function* pieces(content: Buffer, size = 64 * 1024): Generator<Buffer> {
  for (let offset = 0; offset < content.length; offset += size) yield content.subarray(offset, offset + size);
}

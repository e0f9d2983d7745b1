import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import ExcelJS from 'exceljs';
import { timeOf } from '../../shared/calendar/days.js';
import { clip, type FileRecord, pieces, TabularError, type TableLimits } from './tabular-rows.js';

/** A number format's codes, quoted text, `[…]` (locale, colour) and escaped characters set aside. */
const formatCodes = (numFmt: string | undefined) => (numFmt ?? '').replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
/** Whether a number format shows the time of day (`dd/mm/yyyy hh:mm`, `h:mm:ss`). */
const showsTime = (numFmt: string | undefined) => /h/i.test(formatCodes(numFmt));
/** Whether a number format shows a date or a time (`dd/mm/yyyy`, `yyyy-mm-dd hh:mm`; not `General`, not `0.00`). */
const showsDate = (numFmt: string | undefined) => /[dyh]/i.test(formatCodes(numFmt));

/** The moment of an Excel serial (1900 date system: day 25569 is 1970-01-01), on the same UTC reading as ExcelJS. */
const excelSerialDate = (serial: number) => new Date(Math.round((serial - 25_569) * 86_400_000));

const two = (n: number) => String(n).padStart(2, '0');

/**
 * An Excel date as text. Excel keeps the wall clock without a zone and ExcelJS hands it over as that clock read as
 * UTC, so the UTC fields are the local day and time: read on the UTC clock, never converted to Brussels (23:45 would
 * become the next day, and a DST change would move it). `2026-03-14` for a day; `2026-03-14 23:45` (seconds when there
 * are any) when it has a time of day or its format shows one; `14:30` for a time alone (Excel's day 0, 1899-12-30).
 */
function dateCellText(value: Date, numFmt: string | undefined): string {
  // To the second: a serial's float can land a millisecond off (23:44:59.999).
  const seconds = Math.round(value.getTime() / 1000);
  const wall = timeOf(seconds * 1000, 'UTC');
  const second = ((seconds % 60) + 60) % 60;
  const time = `${two(wall.hour)}:${two(wall.minute)}${second ? `:${two(second)}` : ''}`;
  if (wall.day === '1899-12-30') return time;
  return wall.hour || wall.minute || second || showsTime(numFmt) ? `${wall.day} ${time}` : wall.day;
}

/** A cell as text: dates as YYYY-MM-DD (with the time when it has one), rich text and formulas by their shown value. */
function cellText(value: ExcelJS.CellValue, numFmt?: string): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dateCellText(value, numFmt);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) {
      if (value.result instanceof Date) return dateCellText(value.result, numFmt);
      // The streaming reader hands a formula's date (=A2+B2) as its serial: the cell's format says it is a date.
      if (typeof value.result === 'number' && showsDate(numFmt)) {
        return dateCellText(excelSerialDate(value.result), numFmt);
      }
      return JSON.stringify(value.result ?? '').replace(/^"|"$/g, '');
    }
    if ('error' in value) return String(value.error);
    return '';
  }
  return String(value);
}

interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

/**
 * Reads the zip's central directory and checks, before anything is inflated, the declared unpacked size (in total)
 * and each entry's compression ratio; then that the local entries are exactly the directory's, back to back, so a
 * streaming unzip sees nothing the directory did not declare.
 */
export function zipEntries(content: Buffer, limits: TableLimits): ZipEntry[] {
  const unreadable = () => new TabularError('IMPORT_FILE_UNREADABLE');
  let eocd = -1;
  for (let i = content.length - 22; i >= Math.max(0, content.length - 22 - 65_535); i--) {
    if (content.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw unreadable();
  const count = content.readUInt16LE(eocd + 10);
  const directorySize = content.readUInt32LE(eocd + 12);
  const directoryOffset = content.readUInt32LE(eocd + 16);
  // ZIP64 (markers 0xFFFF / 0xFFFFFFFF) is never needed for a spreadsheet that fits an upload.
  if (count === 0xffff || directoryOffset === 0xffffffff || directoryOffset + directorySize > eocd) throw unreadable();
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  let unpacked = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > content.length || content.readUInt32LE(at) !== 0x02014b50) throw unreadable();
    const nameLength = content.readUInt16LE(at + 28);
    const entry: ZipEntry = {
      flags: content.readUInt16LE(at + 8),
      method: content.readUInt16LE(at + 10),
      compressedSize: content.readUInt32LE(at + 20),
      uncompressedSize: content.readUInt32LE(at + 24),
      localOffset: content.readUInt32LE(at + 42),
      name: content.toString('utf8', at + 46, at + 46 + nameLength),
    };
    if (
      entry.compressedSize === 0xffffffff ||
      entry.uncompressedSize === 0xffffffff ||
      entry.localOffset === 0xffffffff
    ) {
      throw unreadable();
    }
    if (entry.method !== 0 && entry.method !== 8) throw unreadable();
    if (entry.method === 0 && entry.compressedSize !== entry.uncompressedSize) throw unreadable();
    unpacked += entry.uncompressedSize;
    if (unpacked > limits.maxUnpackedBytes) {
      throw new TabularError('IMPORT_TOO_LARGE', { maxUnpackedBytes: limits.maxUnpackedBytes });
    }
    if (
      entry.uncompressedSize > 1024 * 1024 &&
      entry.uncompressedSize / Math.max(1, entry.compressedSize) > limits.maxCompressionRatio
    ) {
      throw new TabularError('IMPORT_ZIP_BOMB', { entry: clip(entry.name, 100) });
    }
    entries.push(entry);
    at += 46 + nameLength + content.readUInt16LE(at + 30) + content.readUInt16LE(at + 32);
  }
  // The local entries, in file order, must tile the space before the directory exactly.
  let expected = 0;
  for (const entry of [...entries].sort((a, b) => a.localOffset - b.localOffset)) {
    const local = entry.localOffset;
    if (local !== expected || local + 30 > content.length || content.readUInt32LE(local) !== 0x04034b50) {
      throw unreadable();
    }
    const nameLength = content.readUInt16LE(local + 26);
    if (content.toString('utf8', local + 30, local + 30 + nameLength) !== entry.name) throw unreadable();
    let end = local + 30 + nameLength + content.readUInt16LE(local + 28) + entry.compressedSize;
    if (entry.flags & 0x08) end += end + 4 <= content.length && content.readUInt32LE(end) === 0x08074b50 ? 16 : 12;
    expected = end;
  }
  if (expected !== directoryOffset) throw unreadable();
  return entries;
}

/**
 * Inflates each entry once, counting (and discarding) the bytes: an entry that unpacks beyond what it declared is a zip
 * bomb.
 */
async function checkInflatedSizes(content: Buffer, entries: ZipEntry[]): Promise<void> {
  for (const entry of entries) {
    if (entry.method !== 8) continue;
    const local = entry.localOffset;
    const start = local + 30 + content.readUInt16LE(local + 26) + content.readUInt16LE(local + 28);
    const data = content.subarray(start, start + entry.compressedSize);
    await new Promise<void>((resolve, reject) => {
      const inflate = createInflateRaw();
      let size = 0;
      inflate.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > entry.uncompressedSize) {
          inflate.destroy();
          reject(new TabularError('IMPORT_ZIP_BOMB', { entry: clip(entry.name, 100) }));
        }
      });
      inflate.on('error', () => reject(new TabularError('IMPORT_FILE_UNREADABLE')));
      inflate.on('end', () =>
        size === entry.uncompressedSize ? resolve() : reject(new TabularError('IMPORT_FILE_UNREADABLE')),
      );
      inflate.end(data);
    });
  }
}

/** One row's cells as text; the number format read for dates alone (whether their time is shown). */
function rowCells(row: ExcelJS.Row, limits: TableLimits): string[] {
  const values = Array.isArray(row.values) ? row.values : [];
  const cells: string[] = [];
  for (let c = 1; c < values.length; c++) {
    const value = values[c];
    const dated = value instanceof Date || (typeof value === 'object' && value !== null && 'result' in value);
    const text = cellText(value, dated ? row.getCell(c).numFmt : undefined);
    if (text.length > limits.maxCellLength) {
      throw new TabularError('IMPORT_CELL_TOO_LONG', {
        row: row.number,
        column: c,
        maxCellLength: limits.maxCellLength,
      });
    }
    cells.push(text);
  }
  return cells;
}

/**
 * The records of an XLSX file's first worksheet, once its zip is checked against the unpacked-size limits: read whole
 * up to `maxWholeReadBytes` unpacked, streamed above.
 */
export async function xlsxRecords(content: Buffer, limits: TableLimits): Promise<AsyncGenerator<FileRecord>> {
  const entries = zipEntries(content, limits);
  if (!entries.some((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name))) {
    throw new TabularError('IMPORT_FILE_UNREADABLE');
  }
  await checkInflatedSizes(content, entries);
  const unpacked = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  return unpacked <= limits.maxWholeReadBytes ? wholeRecords(content, limits) : streamedRecords(content, limits);
}

async function wholeRecords(content: Buffer, limits: TableLimits): Promise<AsyncGenerator<FileRecord>> {
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's types name a Buffer over an ArrayBuffer; an upload's Buffer is one over an ArrayBufferLike.
    await workbook.xlsx.load(content as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    throw new TabularError('IMPORT_FILE_UNREADABLE');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new TabularError('IMPORT_FILE_UNREADABLE');
  const rows: ExcelJS.Row[] = [];
  sheet.eachRow((row) => rows.push(row));
  return (async function* () {
    for (const row of rows) yield { record: row.number, cells: rowCells(row, limits) };
  })();
}

function streamedRecords(content: Buffer, limits: TableLimits): AsyncGenerator<FileRecord> {
  const input = Readable.from(pieces(content));
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  return (async function* () {
    try {
      for await (const worksheet of reader) {
        for await (const row of worksheet) yield { record: row.number, cells: rowCells(row, limits) };
        // The first worksheet only.
        break;
      }
    } catch (error) {
      if (error instanceof TabularError) throw error;
      throw new TabularError('IMPORT_FILE_UNREADABLE');
    }
  })();
}

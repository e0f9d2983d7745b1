import { type FileRecord, pieces, TabularError, type TableLimits } from './tabular-rows.js';

/**
 * CSV records from text arriving in pieces (RFC 4180 quoting), one record at a time: linear in the input, and a
 * field longer than `maxCellLength` stops the reading before it grows further.
 */
export function* csvRecords(chunks: Iterable<string>, separator: string, maxCellLength: number): Generator<FileRecord> {
  let row: string[] = [];
  let field = '';
  let quoted = false;
  /** A quote seen inside quotes whose meaning (escaped quote or end of quotes) depends on the next character. */
  let quoteOpen = false;
  /** A \r ended the last record: a \n right after it belongs to it. */
  let afterCr = false;
  let record = 0;
  let fieldStarted = false;
  const tooLong = () =>
    new TabularError('IMPORT_CELL_TOO_LONG', { row: record + 1, column: row.length + 1, maxCellLength });
  for (const text of chunks) {
    let start = 0;
    let i = 0;
    const append = (end: number) => {
      if (end > start) {
        field += text.slice(start, end);
        fieldStarted = true;
        if (field.length > maxCellLength) throw tooLong();
      }
    };
    while (i < text.length) {
      const c = text[i];
      if (afterCr) {
        afterCr = false;
        if (c === '\n') {
          i++;
          start = i;
          continue;
        }
      }
      if (quoteOpen) {
        quoteOpen = false;
        if (c === '"') {
          // An escaped quote: keep one.
          field += '"';
          i++;
          start = i;
          continue;
        }
        quoted = false;
      }
      if (quoted) {
        if (c === '"') {
          append(i);
          quoteOpen = true;
          i++;
          start = i;
        } else i++;
        continue;
      }
      if (c === '"' && !fieldStarted && field === '' && start === i) {
        quoted = true;
        fieldStarted = true;
        i++;
        start = i;
      } else if (c === separator) {
        append(i);
        row.push(field);
        field = '';
        fieldStarted = false;
        i++;
        start = i;
      } else if (c === '\n' || c === '\r') {
        append(i);
        row.push(field);
        record++;
        yield { record, cells: row };
        row = [];
        field = '';
        fieldStarted = false;
        afterCr = c === '\r';
        i++;
        start = i;
      } else i++;
    }
    append(text.length);
  }
  if (field !== '' || fieldStarted || row.length > 0) {
    row.push(field);
    record++;
    yield { record, cells: row };
  }
}

/** Belgian Excel writes `;`; others `,` or a tab: the separator that splits the header most wins. */
function detectSeparator(headerLine: string): string {
  const counts = [';', ',', '\t'].map((s) => ({ s, n: headerLine.split(s).length }));
  return counts.sort((a, b) => b.n - a.n)[0]?.s ?? ';';
}

/** The records of a CSV file (UTF-8, with or without BOM), its separator found from the header line. */
export function csvFileRecords(content: Buffer, limits: TableLimits): Generator<FileRecord> {
  if (content.includes(0)) throw new TabularError('IMPORT_FILE_UNREADABLE');
  // The decoder drops a byte-order mark at the start (its `ignoreBOM` is off).
  const text = function* () {
    const decoder = new TextDecoder('utf-8');
    for (const piece of pieces(content)) yield decoder.decode(piece, { stream: true });
    const rest = decoder.decode();
    if (rest) yield rest;
  };
  const firstNewline = content.subarray(0, Math.min(content.length, limits.maxCellLength * 4)).indexOf(0x0a);
  const headerLine = content
    .subarray(0, firstNewline < 0 ? Math.min(content.length, limits.maxCellLength * 4) : firstNewline)
    .toString('utf8');
  return csvRecords(text(), detectSeparator(headerLine), limits.maxCellLength);
}

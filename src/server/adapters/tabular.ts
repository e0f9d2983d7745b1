import ExcelJS from 'exceljs';

export interface Table {
  columns: string[];
  rows: Record<string, string>[];
}

export class TabularError extends Error {
  constructor(readonly code: 'IMPORT_FILE_UNREADABLE' | 'IMPORT_FILE_EMPTY' | 'IMPORT_TOO_MANY_ROWS') {
    super(code);
  }
}

export const maxImportRows = 50_000;

/** Splits CSV text (RFC 4180 quoting) with the given separator. */
export function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === separator) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((cell) => cell.trim() !== ''));
}

/** Belgian Excel writes `;`; others `,` or a tab: the separator that splits the header most wins. */
export function detectSeparator(headerLine: string): string {
  const counts = [';', ',', '\t'].map((s) => ({ s, n: headerLine.split(s).length }));
  return counts.sort((a, b) => b.n - a.n)[0]?.s ?? ';';
}

function toTable(matrix: string[][]): Table {
  const [header, ...body] = matrix;
  if (!header || body.length === 0) throw new TabularError('IMPORT_FILE_EMPTY');
  if (body.length > maxImportRows) throw new TabularError('IMPORT_TOO_MANY_ROWS');
  const columns = header.map((h, i) => h.trim() || `kolom ${i + 1}`);
  return { columns, rows: body.map((cells) => Object.fromEntries(columns.map((c, i) => [c, (cells[i] ?? '').trim()]))) };
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** A cell as text: dates as YYYY-MM-DD, rich text and formulas by their shown value. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return value.result instanceof Date ? isoDate(value.result) : JSON.stringify(value.result ?? '').replace(/^"|"$/g, '');
    return '';
  }
  return String(value);
}

/** Reads a CSV (UTF-8, with or without BOM) or an XLSX file into header + rows of strings; dates become YYYY-MM-DD. */
export async function readTable(filename: string, content: Buffer): Promise<Table> {
  if (content.length === 0) throw new TabularError('IMPORT_FILE_EMPTY');
  const isXlsx = /\.xlsx$/i.test(filename) || (content[0] === 0x50 && content[1] === 0x4b);
  if (!isXlsx) {
    if (content.includes(0)) throw new TabularError('IMPORT_FILE_UNREADABLE');
    const text = content.toString('utf8').replace(/^\uFEFF/, '');
    const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
    return toTable(parseCsv(text, detectSeparator(firstLine)));
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw new TabularError('IMPORT_FILE_UNREADABLE');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new TabularError('IMPORT_FILE_EMPTY');
  const matrix: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) {
      cells.push(cellText(row.getCell(c).value));
    }
    matrix.push(cells);
  });
  return toTable(matrix);
}

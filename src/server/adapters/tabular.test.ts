import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { csvRecords, importLimits, openTable, readTable, TabularError, zipEntries } from './tabular.js';

const codeOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return 'no error';
  } catch (error) {
    return error instanceof TabularError ? error.code : String(error);
  }
};

async function xlsx(rows: unknown[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Blad1');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('CSV records', () => {
  const text = 'a;"b ""quoted""; x";c\r\n"multi\nline";2;\r\n\r\nlast;"";end';
  const whole = [...csvRecords([text], ';', 1000)];

  it('reads quotes, escaped quotes, newlines inside quotes, CRLF and empty records', () => {
    expect(whole.map((r) => r.cells)).toEqual([
      ['a', 'b "quoted"; x', 'c'],
      ['multi\nline', '2', ''],
      [''],
      ['last', '', 'end'],
    ]);
    expect(whole.map((r) => r.record)).toEqual([1, 2, 3, 4]);
  });

  it('gives the same records whatever the pieces the text arrives in', () => {
    for (let cut = 1; cut < text.length; cut++) {
      expect([...csvRecords([text.slice(0, cut), text.slice(cut)], ';', 1000)]).toEqual(whole);
    }
    expect([...csvRecords([...text], ';', 1000)]).toEqual(whole);
  });

  it('stops at a cell longer than the limit, naming its row and column', () => {
    const long = `h1;h2\nok;${'x'.repeat(50)}\n`;
    expect(() => [...csvRecords([long], ';', 20)]).toThrow(TabularError);
    try {
      Array.from(csvRecords([long], ';', 20));
    } catch (error) {
      expect((error as TabularError).details).toMatchObject({ row: 2, column: 2 });
    }
  });
});

describe('openTable', () => {
  it('streams a CSV with BOM: header, then rows with their file row numbers, skipping empty lines', async () => {
    const table = await openTable('a.csv', Buffer.from('\uFEFFDatum;Aantal\r\n12/03/2020;3\r\n;\r\n13/03/2020;4\r\n'));
    expect(table.columns).toEqual(['Datum', 'Aantal']);
    const rows = [];
    for await (const row of table.rows) rows.push(row);
    expect(rows).toEqual([
      { row: 2, cells: { Datum: '12/03/2020', Aantal: '3' } },
      { row: 4, cells: { Datum: '13/03/2020', Aantal: '4' } },
    ]);
  });

  it('refuses empty files, binary files and more rows than the limit', async () => {
    expect(await codeOf(openTable('a.csv', Buffer.alloc(0)))).toBe('IMPORT_FILE_EMPTY');
    expect(await codeOf(readTable('a.csv', Buffer.from('only;header\n')))).toBe('IMPORT_FILE_EMPTY');
    expect(await codeOf(openTable('a.csv', Buffer.from([1, 0, 2])))).toBe('IMPORT_FILE_UNREADABLE');
    const rows = `h\n${'1\n'.repeat(11)}`;
    expect(await codeOf(readTable('a.csv', Buffer.from(rows), { ...importLimits, maxRows: 10 }))).toBe(
      'IMPORT_TOO_MANY_ROWS',
    );
    expect((await readTable('a.csv', Buffer.from(rows), { ...importLimits, maxRows: 11 })).rows).toHaveLength(11);
  });

  it('reads the first worksheet of an XLSX: dates, numbers, rich text, formulas', async () => {
    const file = await xlsx([
      ['Datum', 'Tekst', 'N'],
      [new Date(Date.UTC(2020, 2, 12)), { richText: [{ text: 'a' }, { text: 'b' }] }, { formula: '1+1', result: 2 }],
      [],
      ['13/03/2020', 'x', 1.5],
    ]);
    const expected = {
      columns: ['Datum', 'Tekst', 'N'],
      rows: [
        { Datum: '2020-03-12', Tekst: 'ab', N: '2' },
        { Datum: '13/03/2020', Tekst: 'x', N: '1.5' },
      ],
    };
    // Read whole (the usual size) and streamed (a file above maxWholeReadBytes): the same table.
    expect(await readTable('a.xlsx', file)).toEqual(expected);
    expect(await readTable('a.xlsx', file, { ...importLimits, maxWholeReadBytes: 0 })).toEqual(expected);
  });

  it('refuses a zip bomb (a small XLSX with a huge cell) from the central directory, before inflating', async () => {
    const bomb = await xlsx([['h'], ['a'.repeat(20 * 1024 * 1024)]]);
    expect(bomb.length).toBeLessThan(500_000);
    expect(await codeOf(openTable('bomb.xlsx', bomb))).toBe('IMPORT_ZIP_BOMB');
    // Without the ratio check the unpacked-size limit still holds.
    expect(
      await codeOf(
        openTable('bomb.xlsx', bomb, {
          ...importLimits,
          maxCompressionRatio: Number.POSITIVE_INFINITY,
          maxUnpackedBytes: 8 * 1024 * 1024,
        }),
      ),
    ).toBe('IMPORT_TOO_LARGE');
    // And a cell over the length limit in a file within the size limits is refused while reading.
    const long = await xlsx([['h'], ['b'.repeat(importLimits.maxCellLength + 1)]]);
    expect(await codeOf(readTable('long.xlsx', long))).toBe('IMPORT_CELL_TOO_LONG');
  });

  it('refuses an XLSX whose entries unpack to more than they declare', async () => {
    const file = await xlsx([['h'], ['a'.repeat(100_000)]]);
    const entries = zipEntries(file, importLimits);
    const sheet = entries.find((e) => e.name === 'xl/sharedStrings.xml');
    if (!sheet) throw new Error('no shared strings');
    // Lie about the size in the central directory and the local header.
    const lying = Buffer.from(file);
    const declared = 1000;
    lying.writeUInt32LE(declared, sheet.localOffset + 22);
    const directoryOffset = lying.readUInt32LE(lying.length - 22 + 16);
    const at = lying.indexOf(Buffer.from(sheet.name), directoryOffset) - 46;
    expect(lying.readUInt32LE(at)).toBe(0x02014b50);
    lying.writeUInt32LE(declared, at + 24);
    expect(zipEntries(lying, importLimits).find((e) => e.name === sheet.name)?.uncompressedSize).toBe(declared);
    expect(await codeOf(openTable('lying.xlsx', lying))).toBe('IMPORT_ZIP_BOMB');
    expect(await codeOf(openTable('x.xlsx', Buffer.from('PK not really a zip')))).toBe('IMPORT_FILE_UNREADABLE');
  });
});

describe('XLSX date-times', () => {
  // Excel keeps the wall clock without a zone; ExcelJS writes and reads it as UTC, so Date.UTC(…) is what the cell
  // shows.
  const shown = async (cells: { value: unknown; numFmt?: string }[]) => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Blad1');
    sheet.addRow(['observed_at']);
    for (const cell of cells) {
      const row = sheet.addRow([cell.value]);
      if (cell.numFmt) row.getCell(1).numFmt = cell.numFmt;
    }
    const table = await readTable('findings.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    return table.rows.map((r) => r.observed_at);
  };

  it('keeps the time of a date-time as the file shows it: late evening, DST changes, seconds', async () => {
    expect(
      await shown([
        { value: new Date(Date.UTC(2026, 2, 14, 23, 45)), numFmt: 'dd/mm/yyyy hh:mm' },
        { value: new Date(Date.UTC(2026, 2, 14, 23, 30)) },
        // The night of the spring change (29 March 2026, 02:00 → 03:00 in Brussels) and the autumn one (25 October).
        { value: new Date(Date.UTC(2026, 2, 28, 23, 30)), numFmt: 'yyyy-mm-dd hh:mm' },
        { value: new Date(Date.UTC(2026, 2, 29, 3, 30)), numFmt: 'yyyy-mm-dd hh:mm' },
        { value: new Date(Date.UTC(2026, 9, 25, 2, 30)), numFmt: 'dd/mm/yyyy h:mm' },
        { value: new Date(Date.UTC(2026, 9, 25, 23, 30)), numFmt: 'dd/mm/yyyy h:mm' },
        { value: new Date(Date.UTC(2026, 2, 14, 23, 45, 30)), numFmt: 'dd/mm/yyyy hh:mm:ss' },
        // A serial that lands a millisecond short of the minute.
        { value: new Date(Date.UTC(2026, 2, 14, 23, 44, 59, 999)), numFmt: 'dd/mm/yyyy hh:mm' },
      ]),
    ).toEqual([
      '2026-03-14 23:45',
      '2026-03-14 23:30',
      '2026-03-28 23:30',
      '2026-03-29 03:30',
      '2026-10-25 02:30',
      '2026-10-25 23:30',
      '2026-03-14 23:45:30',
      '2026-03-14 23:45',
    ]);
  });

  it('writes a day alone as the day, midnight only when the format shows a time, a time alone as the time', async () => {
    expect(
      await shown([
        { value: new Date(Date.UTC(2026, 2, 14)) },
        { value: new Date(Date.UTC(2026, 2, 14)), numFmt: 'dd/mm/yyyy' },
        { value: new Date(Date.UTC(2026, 2, 14)), numFmt: 'dd/mm/yyyy hh:mm' },
        { value: new Date(Date.UTC(2026, 2, 31)), numFmt: '[$-813]dddd d mmmm yyyy' },
        { value: new Date(Date.UTC(1899, 11, 30, 14, 30)), numFmt: 'h:mm' },
        {
          value: { formula: 'DATE(2026,3,14)+TIME(23,45,0)', result: new Date(Date.UTC(2026, 2, 14, 23, 45)) },
          numFmt: 'dd/mm/yyyy hh:mm',
        },
      ]),
    ).toEqual(['2026-03-14', '2026-03-14', '2026-03-14 00:00', '2026-03-31', '14:30', '2026-03-14 23:45']);
  });
});

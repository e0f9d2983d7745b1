import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../adapters/tabular.js';
import {
  collectorFor,
  localMoment,
  readFindingRow,
  readObservedAt,
  type RowContext,
  rowCatalogue,
} from './finding-import.rows.js';

const catalogue = rowCatalogue(
  [
    {
      id: 'a-parking',
      code: 'KB 2014 art. 3.1',
      category: 'cat2',
      finders: ['police', 'guard'],
      prescriptionMonths: 6,
      validFrom: '2014-07-01',
      validTo: null,
    },
    {
      id: 'a-c3-old',
      code: 'C3',
      category: 'c3',
      finders: ['camera'],
      prescriptionMonths: 6,
      validFrom: '2014-07-01',
      validTo: '2025-12-31',
    },
    {
      id: 'a-c3',
      code: 'C3',
      category: 'c3',
      finders: ['camera', 'police'],
      prescriptionMonths: 6,
      validFrom: '2026-01-01',
      validTo: null,
    },
    {
      id: 'a-litter',
      code: 'ABP art. 6',
      category: 'abp',
      finders: ['police', 'guard'],
      prescriptionMonths: 6,
      validFrom: '2014-07-01',
      validTo: null,
    },
  ],
  [
    { category: 'cat2', validFrom: '2014-07-01', validTo: '2025-12-31', amountCents: 11_000 },
    { category: 'cat2', validFrom: '2026-01-01', validTo: null, amountCents: 11_600 },
    { category: 'c3', validFrom: '2014-07-01', validTo: null, amountCents: 5_800 },
  ],
);

const context: RowContext = {
  catalogue,
  today: '2026-03-20',
  timeZone: 'Europe/Brussels',
  now: new Date('2026-03-20T10:00:00Z'),
  // A square "municipality" around Mechelen with one wijk north of 51.03.
  place: (lat, lon) => {
    const inside = lat > 50.9 && lat < 51.1 && lon > 4.3 && lon < 4.6;
    return { inside, wijkCode: inside ? (lat > 51.03 ? 'W01' : 'W02') : undefined };
  },
};

const row = (cells: Record<string, string> = {}) => ({
  reference: 'CAM-1',
  observed_at: '2026-03-14 08:15',
  article: 'C3',
  plate: '1-abc-123',
  country: '',
  street: 'Bruul',
  number: '12',
  lat: '51,0281',
  lon: '4.4777',
  observer: 'camera Bruul',
  source: 'camera',
  photos: '2',
  ...cells,
});

const codes = (cells: Record<string, string>) => {
  const reading = readFindingRow(row(cells), context);
  return reading.ok ? [] : reading.reasons.map((r) => `${r.field}:${r.code}`);
};

describe('a findings row', () => {
  it('becomes a finding: local hour and weekday, wijk, canonical plate, amount and prescription of the day', () => {
    const reading = readFindingRow(row(), context);
    expect(reading).toEqual({
      ok: true,
      draft: expect.objectContaining({
        reference: 'CAM-1',
        // 08:15 in Brussels in winter time is 07:15 UTC.
        observedAt: '2026-03-14T07:15:00.000Z',
        observedOn: '2026-03-14',
        observedHour: 8,
        observedWeekday: 6,
        articleId: 'a-c3',
        category: 'c3',
        plate: '1-ABC-123',
        plateCountry: 'BE',
        lat: 51.0281,
        wijkCode: 'W02',
        amountCents: 5_800,
        prescriptionOn: '2026-09-14',
        photos: 2,
      }) as unknown,
    });
  });

  it('takes the article version and the amount in force on the day of the facts', () => {
    const old = readFindingRow(row({ observed_at: '2025-12-31T23:30:00+01:00', source: 'camera' }), {
      ...context,
      today: '2026-01-02',
    });
    expect(old.ok && old.draft.articleId).toBe('a-c3-old');
    const parking = readFindingRow(
      row({ article: ' kb 2014  ART. 3.1 ', source: 'police', observed_at: '2025-12-20T10:00:00Z' }),
      { ...context, today: '2026-01-02' },
    );
    expect(parking.ok && parking.draft.amountCents).toBe(11_000);
    expect(parking.ok && parking.draft.articleCode).toBe('KB 2014 art. 3.1');
  });

  it('refuses an unknown article, one not in force that day, and a finder the article does not allow', () => {
    expect(codes({ article: 'ABP art. 999' })).toEqual(['article:GAS_ARTICLE_UNKNOWN']);
    expect(codes({ article: 'C3', source: 'police', observed_at: '2025-12-20 10:00' })).toEqual([
      'source:GAS_FINDER_NOT_ALLOWED',
    ]);
    expect(codes({ article: 'ABP art. 6', source: 'camera' })).toEqual(['source:GAS_FINDER_NOT_ALLOWED']);
  });

  it('refuses prescribed facts, a time in the future and a time that is none', () => {
    expect(codes({ observed_at: '2025-09-19 10:00', article: 'KB 2014 art. 3.1', source: 'police' })).toEqual([
      'observed_at:GAS_FINDING_PRESCRIBED',
    ]);
    // Six months after 20 September 2025 is 20 March 2026, today: not prescribed yet.
    expect(codes({ observed_at: '2025-09-20 10:00', article: 'KB 2014 art. 3.1', source: 'police' })).toEqual([]);
    expect(codes({ observed_at: '2026-03-21 09:00' })).toEqual(['observed_at:GAS_FINDING_IN_FUTURE']);
    expect(codes({ observed_at: '31/02/2026 10:00' })).toEqual(['observed_at:GAS_FINDING_TIME_INVALID']);
    expect(codes({ observed_at: 'gisteren' })).toEqual(['observed_at:GAS_FINDING_TIME_INVALID']);
    expect(codes({ observed_at: '' })).toEqual(['observed_at:GAS_FINDING_FIELD_REQUIRED']);
  });

  it('refuses an impossible plate, a missing plate for a parking offence, and bad coordinates', () => {
    expect(codes({ plate: '1-ABCD-12' })).toEqual(['plate:GAS_PLATE_INVALID']);
    expect(codes({ plate: 'AB12', country: 'Belgium' })).toEqual(['country:GAS_PLATE_INVALID']);
    expect(codes({ plate: '' })).toEqual(['plate:GAS_FINDING_FIELD_REQUIRED']);
    // An ABP offence may have no vehicle.
    expect(codes({ plate: '', article: 'ABP art. 6', source: 'guard' })).toEqual([]);
    expect(codes({ lat: '151', lon: '4.47' })).toEqual(['lat:GAS_FINDING_POINT_INVALID']);
    expect(codes({ lat: '51.02', lon: '' })).toEqual(['lon:GAS_FINDING_POINT_INVALID']);
    expect(codes({ lat: '50.50', lon: '4.47' })).toEqual(['lat:PLACE_OUTSIDE_MUNICIPALITY']);
    expect(codes({ lat: '', lon: '' })).toEqual([]);
  });

  it('names every reason of a row at once', () => {
    expect(codes({ reference: '', observer: '', source: 'drone', photos: 'veel' })).toEqual([
      'reference:GAS_FINDING_FIELD_REQUIRED',
      'observer:GAS_FINDING_FIELD_REQUIRED',
      'source:GAS_FINDING_SOURCE_INVALID',
      'photos:GAS_FINDING_PHOTOS_INVALID',
    ]);
  });
});

describe('the moment of a finding', () => {
  it('reads ISO with an offset, and local wall-clock times in the municipality’s zone', () => {
    expect(readObservedAt('2026-07-01T08:00:00Z', 'Europe/Brussels')?.toISOString()).toBe('2026-07-01T08:00:00.000Z');
    expect(readObservedAt('2026-07-01T10:00:00+0200', 'Europe/Brussels')?.toISOString()).toBe(
      '2026-07-01T08:00:00.000Z',
    );
    expect(readObservedAt('2026-07-01 10:00', 'Europe/Brussels')?.toISOString()).toBe('2026-07-01T08:00:00.000Z');
    expect(readObservedAt('1/7/2026 10u00', 'Europe/Brussels')?.toISOString()).toBe('2026-07-01T08:00:00.000Z');
    expect(readObservedAt('2026-01-15T10:00:30', 'Europe/Brussels')?.toISOString()).toBe('2026-01-15T09:00:30.000Z');
    expect(readObservedAt('2026-01-15 24:00', 'Europe/Brussels')).toBeNull();
  });

  it('crosses the clock changes', () => {
    // 29 March 2026: 02:00 → 03:00; 25 October 2026: 03:00 → 02:00.
    expect(localMoment('2026-03-29', 1, 30, 0, 'Europe/Brussels').toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(localMoment('2026-03-29', 3, 30, 0, 'Europe/Brussels').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(localMoment('2026-10-25', 4, 0, 0, 'Europe/Brussels').toISOString()).toBe('2026-10-25T03:00:00.000Z');
    expect(localMoment('2026-10-24', 23, 0, 0, 'Europe/Brussels').toISOString()).toBe('2026-10-24T21:00:00.000Z');
  });
});

describe('the collector of a finding', () => {
  const agreements = [{ municipality_id: 'gasam', valid_from: '2025-01-01', valid_to: '2025-12-31' }];
  it('is the association on the days its agreement covers, else the municipality', () => {
    expect(collectorFor('mechelen', agreements, '2025-06-01')).toBe('gasam');
    expect(collectorFor('mechelen', agreements, '2026-01-01')).toBe('mechelen');
    expect(collectorFor('mechelen', [], '2025-06-01')).toBe('mechelen');
  });
});

describe('observed_at from an XLSX', () => {
  /**
   * The observed_at column of a workbook whose cells show these wall-clock times (ExcelJS: Date.UTC is the shown
   * clock).
   */
  const cells = async (...shown: Date[]) => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Blad1');
    sheet.addRow(['observed_at']);
    for (const value of shown) sheet.addRow([value]).getCell(1).numFmt = 'dd/mm/yyyy hh:mm';
    const table = await readTable('findings.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    return table.rows.map((r) => r.observed_at ?? '');
  };

  it('is the Brussels wall clock: 23:45 stays on its day and hour, not midnight and not the next day', async () => {
    const [late] = await cells(new Date(Date.UTC(2026, 2, 14, 23, 45)));
    const reading = readFindingRow(row({ observed_at: late ?? '' }), context);
    expect(reading).toEqual({
      ok: true,
      draft: expect.objectContaining({
        observedAt: '2026-03-14T22:45:00.000Z',
        observedOn: '2026-03-14',
        observedHour: 23,
        observedWeekday: 6,
      }) as unknown,
    });
  });

  it('takes the offset of the moment itself on both sides of a DST change', async () => {
    const shown = await cells(
      new Date(Date.UTC(2026, 2, 28, 23, 30)),
      new Date(Date.UTC(2026, 2, 29, 23, 30)),
      new Date(Date.UTC(2026, 9, 24, 23, 30)),
      new Date(Date.UTC(2026, 9, 25, 23, 30)),
    );
    expect(shown.map((text) => readObservedAt(text, 'Europe/Brussels')?.toISOString())).toEqual([
      '2026-03-28T22:30:00.000Z',
      '2026-03-29T21:30:00.000Z',
      '2026-10-24T21:30:00.000Z',
      '2026-10-25T22:30:00.000Z',
    ]);
  });
});

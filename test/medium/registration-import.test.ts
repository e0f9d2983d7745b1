import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportResult } from '../../src/shared/api/imports.schema.js';
import { createTestApp, type Agent, type TestApp } from '../support/test-app.js';
import { dialects } from '../support/test-databases.js';

const b64 = (text: string | Buffer) => Buffer.from(text).toString('base64');
const csv =
  '\uFEFFDatum;Soort;Bereikt;Wijk;Uren\r\n' +
  '12/03/2020;Infosessie;25;Centrum;1,5\r\n' +
  '13/03/2020;campaign;1.200;12025W01;2\r\n' +
  '31/02/2020;Infosessie;10;Centrum;1\r\n' +
  '14/03/2020;feestje;10;Nergenshuizen;1\r\n' +
  '15/03/2020;Opleiding of vorming;veel;Battel;2\r\n';
const mapping = {
  occurredOn: 'Datum',
  wijk: 'Wijk',
  values: { kind: 'Soort', people_reached: 'Bereikt', hours: 'Uren' },
};

describe.each(dialects)('importing registrations from CSV and XLSX on %s', (dialect) => {
  let t: TestApp;
  let coordinator: Agent;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    t.clock.advance(200 * 86_400_000);
    await t.seedMunicipality('mechelen');
    coordinator = await t.login('coordinator@mechelen.test');
  });
  afterAll(() => t.close());

  const count = async () =>
    (await coordinator.request({ method: 'GET', url: '/api/registrations?type=activity' })).json<{ total: number }>()
      .total;

  it('inspects the columns of a Belgian CSV (semicolon, BOM)', async () => {
    const response = await coordinator.request({
      method: 'POST',
      url: '/api/registration-imports/inspect',
      payload: { filename: 'a.csv', contentBase64: b64(csv) },
    });
    const body = response.json<{ columns: string[]; rowCount: number; sample: Record<string, string>[] }>();
    expect(body).toMatchObject({ columns: ['Datum', 'Soort', 'Bereikt', 'Wijk', 'Uren'], rowCount: 5 });
    expect(body.sample[0]).toEqual({
      Datum: '12/03/2020',
      Soort: 'Infosessie',
      Bereikt: '25',
      Wijk: 'Centrum',
      Uren: '1,5',
    });
  });

  it('lists every rejected row with its reason in a dry run, and refuses the whole import while any row is wrong', async () => {
    const dry = (
      await coordinator.request({
        method: 'POST',
        url: '/api/registration-imports',
        payload: { filename: 'a.csv', contentBase64: b64(csv), typeKey: 'activity', mapping, dryRun: true },
      })
    ).json<ImportResult>();
    expect(dry).toMatchObject({ dryRun: true, total: 5, accepted: 2, imported: 0 });
    expect(dry.rejected.map((r) => r.row)).toEqual([4, 5, 6]);
    expect(dry.rejected[0]?.reasons[0]).toMatchObject({ field: 'Datum', code: 'IMPORT_CELL_INVALID' });
    expect(dry.rejected[1]?.reasons.map((r) => r.field)).toEqual(['Soort', 'Wijk']);
    expect(dry.rejected[2]?.reasons[0]?.field).toBe('Bereikt');
    const real = await coordinator.request({
      method: 'POST',
      url: '/api/registration-imports',
      payload: { filename: 'a.csv', contentBase64: b64(csv), typeKey: 'activity', mapping, dryRun: false },
    });
    expect(real.statusCode).toBe(422);
    expect(real.json<{ error: { code: string; details: { rejected: unknown[] } } }>().error).toMatchObject({
      code: 'IMPORT_REJECTED_ROWS',
      details: { rejected: expect.any(Array) as unknown },
    });
    expect(await count()).toBe(0);
  });

  it('imports a clean XLSX whole, with dates, wijken and Belgian numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Activiteiten');
    sheet.addRow(['Datum', 'Soort', 'Bereikt', 'Wijk', 'Uren']);
    sheet.addRow([new Date(Date.UTC(2020, 2, 12)), 'Infosessie', 25, 'Centrum', 1.5]);
    sheet.addRow(['13/03/2020', 'Campagne', '1.200', 'Arsenaal', '2']);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const result = (
      await coordinator.request({
        method: 'POST',
        url: '/api/registration-imports',
        payload: { filename: 'a.xlsx', contentBase64: b64(file), typeKey: 'activity', mapping, dryRun: false },
      })
    ).json<ImportResult>();
    expect(result).toMatchObject({ dryRun: false, total: 2, accepted: 2, imported: 2, rejected: [] });
    const list = (await coordinator.request({ method: 'GET', url: '/api/registrations?type=activity' })).json<{
      items: { occurredOn: string; category: string; quantity: number; wijkCode: string; source: string }[];
    }>();
    expect(list.items.map((i) => [i.occurredOn, i.category, i.quantity, i.wijkCode, i.source])).toEqual([
      ['2020-03-13', 'campaign', 1200, '12025W01', 'import'],
      ['2020-03-12', 'information_session', 25, '12025W03', 'import'],
    ]);
  });

  it('refuses unreadable files, unknown columns and staff', async () => {
    const binary = await coordinator.request({
      method: 'POST',
      url: '/api/registration-imports/inspect',
      payload: { filename: 'x.csv', contentBase64: b64(Buffer.from([0, 1, 2, 3])) },
    });
    expect(binary.json<{ error: { code: string } }>().error.code).toBe('IMPORT_FILE_UNREADABLE');
    const broken = await coordinator.request({
      method: 'POST',
      url: '/api/registration-imports/inspect',
      payload: { filename: 'x.xlsx', contentBase64: b64('PK not really a zip') },
    });
    expect(broken.json<{ error: { code: string } }>().error.code).toBe('IMPORT_FILE_UNREADABLE');
    const unknown = await coordinator.request({
      method: 'POST',
      url: '/api/registration-imports',
      payload: {
        filename: 'a.csv',
        contentBase64: b64(csv),
        typeKey: 'activity',
        mapping: { ...mapping, occurredOn: 'Date' },
      },
    });
    expect(unknown.json()).toMatchObject({ error: { code: 'IMPORT_UNKNOWN_COLUMN', details: { columns: ['Date'] } } });
    const staff = await t.login('staff@mechelen.test');
    expect(
      (
        await staff.request({
          method: 'POST',
          url: '/api/registration-imports/inspect',
          payload: { filename: 'a.csv', contentBase64: b64(csv) },
        })
      ).statusCode,
    ).toBe(403);
  });

  it('refuses a zip bomb, an over-long cell and too many rows with stable codes, never echoing the content', async () => {
    // 20 MB of one character in one cell packs into some 20 KB.
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Blad1').addRows([
      ['Datum', 'Soort'],
      ['12/03/2020', 'x'.repeat(20 * 1024 * 1024)],
    ]);
    const bomb = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(bomb.length).toBeLessThan(300_000);
    for (const url of ['/api/registration-imports/inspect', '/api/barometer/police-imports/inspect']) {
      const refused = await coordinator.request({
        method: 'POST',
        url,
        payload: { filename: 'bomb.xlsx', contentBase64: b64(bomb) },
      });
      expect(refused.statusCode).toBe(422);
      expect(refused.json<{ error: { code: string } }>().error.code).toBe('IMPORT_ZIP_BOMB');
      expect(refused.body.length).toBeLessThan(2_000);
    }
    const longCell = `Datum;Soort;Bereikt;Wijk;Uren\r\n12/03/2020;${'y'.repeat(20_000)};1;Centrum;1\r\n`;
    const tooLong = await coordinator.request({
      method: 'POST',
      url: '/api/registration-imports',
      payload: { filename: 'a.csv', contentBase64: b64(longCell), typeKey: 'activity', mapping, dryRun: true },
    });
    expect(tooLong.statusCode).toBe(422);
    expect(tooLong.json()).toMatchObject({
      error: { code: 'IMPORT_CELL_TOO_LONG', details: { row: 2, column: 2, maxCellLength: 10_000 } },
    });
    expect(tooLong.body.length).toBeLessThan(2_000);
    const many = await coordinator.request({
      method: 'POST',
      url: '/api/registration-imports/inspect',
      payload: { filename: 'a.csv', contentBase64: b64(`Datum\n${'1\n'.repeat(100_001)}`) },
    });
    expect(many.json()).toMatchObject({ error: { code: 'IMPORT_TOO_MANY_ROWS', details: { maxRows: 100_000 } } });
    expect(
      (
        await coordinator.request({
          method: 'POST',
          url: '/api/registration-imports/inspect',
          payload: { filename: 'a.csv', contentBase64: b64(`Datum\n${'1\n'.repeat(100_000)}`) },
        })
      ).json(),
    ).toMatchObject({ rowCount: 100_000 });
  });

  it('clips long cell values quoted in rejected-row reasons', async () => {
    const wijk = 'Nergens'.repeat(1_000);
    const file = `Datum;Soort;Bereikt;Wijk;Uren\r\n12/03/2020;Infosessie;25;${wijk};1\r\n`;
    const dry = (
      await coordinator.request({
        method: 'POST',
        url: '/api/registration-imports',
        payload: { filename: 'a.csv', contentBase64: b64(file), typeKey: 'activity', mapping, dryRun: true },
      })
    ).json<ImportResult>();
    const reason = dry.rejected[0]?.reasons[0];
    expect(reason).toMatchObject({ field: 'Wijk', code: 'IMPORT_CELL_INVALID' });
    expect(reason?.message.length).toBeLessThan(300);
    expect(reason?.message).toMatch(/… \(\d+ characters\)$/);
  });

  it('imports 20,000 rows whole while /api/health keeps answering, with the rollup in step', async () => {
    const daily = async () =>
      Number(
        (
          await t.database.db.kysely
            .selectFrom('registration_daily')
            .select((eb) => eb.fn.sum<number | string>('n').as('n'))
            .where('type_key', '=', 'activity')
            .executeTakeFirst()
        )?.n ?? 0,
      );
    const before = await count();
    const dailyBefore = await daily();
    const rows = 20_000;
    const lines = ['Datum;Soort;Bereikt;Wijk;Uren'];
    for (let i = 0; i < rows; i++) {
      lines.push(
        `${String((i % 28) + 1).padStart(2, '0')}/0${(i % 9) + 1}/2020;Infosessie;${(i % 40) + 1};${['Centrum', 'Arsenaal', 'Battel'][i % 3]};1`,
      );
    }
    let done = false;
    const importing = coordinator
      .request({
        method: 'POST',
        url: '/api/registration-imports',
        payload: {
          filename: 'big.csv',
          contentBase64: b64(lines.join('\r\n')),
          typeKey: 'activity',
          mapping,
          dryRun: false,
        },
      })
      .finally(() => {
        done = true;
      });
    const healthWhileImporting: number[] = [];
    while (!done) {
      const health = await t.app.inject({ method: 'GET', url: '/api/health' });
      if (!done) healthWhileImporting.push(health.statusCode);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const result = (await importing).json<ImportResult>();
    expect(result).toMatchObject({ dryRun: false, total: rows, accepted: rows, imported: rows, rejected: [] });
    expect(healthWhileImporting.length).toBeGreaterThanOrEqual(3);
    expect(new Set(healthWhileImporting)).toEqual(new Set([200]));
    expect(await count()).toBe(before + rows);
    expect(await daily()).toBe(dailyBefore + rows);
  });
});

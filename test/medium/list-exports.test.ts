import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanVersionSummary } from '../../src/shared/api/plan.schema.js';
import { createTestApp, type Agent, type TestApp } from '../support/test-app.js';
import { dialects } from '../support/test-databases.js';

const grandPlace = { lat: 51.0279, lon: 4.4794 };
const bom = '\uFEFF';
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Splits CSV text (`;`, quotes doubled, CRLF) into rows of fields; the byte order mark is dropped. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  const body = text.startsWith(bom) ? text.slice(1) : text;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      row.push(field);
      field = '';
    } else if (c === '\r') continue;
    else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The CSV as header → values objects, after checking it is a CSV download with a BOM and `;`. */
function csvRecords(response: LightMyRequestResponse): Record<string, string>[] {
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
  expect(String(response.headers['content-disposition'])).toMatch(
    /^attachment; filename="[a-z-]+-\d{4}-\d{2}-\d{2}\.csv"$/,
  );
  const text = response.rawPayload.toString('utf8');
  expect(text.startsWith(bom)).toBe(true);
  const [header = [], ...rows] = parseCsv(text);
  expect(header.length).toBeGreaterThan(1);
  expect(text.split('\r\n')[0]).toContain(';');
  return rows.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index] ?? ''])));
}

/** The first worksheet's rows as header → cell text objects. */
async function xlsxRecords(response: LightMyRequestResponse): Promise<Record<string, string>[]> {
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['content-type']).toBe(xlsxType);
  expect(String(response.headers['content-disposition'])).toMatch(/filename="[a-z-]+-\d{4}-\d{2}-\d{2}\.xlsx"$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no worksheet');
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const records: Record<string, string>[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const values = sheet.getRow(r).values as unknown[];
    records.push(
      Object.fromEntries(
        header.map((name, index) => {
          const value = values[index + 1];
          const text =
            value instanceof Date
              ? value.toISOString().slice(0, 10)
              : typeof value === 'string' || typeof value === 'number'
                ? String(value)
                : '';
          return [name, text];
        }),
      ),
    );
  }
  return records;
}

describe.each(dialects)('list exports on %s', (dialect) => {
  let t: TestApp;
  let admin: Agent;
  let coordinator: Agent;
  let staff: Agent;
  let guard: Agent;
  let viewer: Agent;
  let police: Agent;
  let foreign: Agent;
  const get = (agent: Agent, url: string) => agent.request({ method: 'GET', url });
  const exports = async (action: string) =>
    t.database.db.kysely
      .selectFrom('audit_log')
      .select(['actor_email', 'entity', 'after_json'])
      .where('action', '=', action)
      .orderBy('seq')
      .execute();

  beforeAll(async () => {
    t = await createTestApp(dialect);
    t.clock.advance(200 * 86_400_000);
    await t.seedMunicipality('mechelen');
    await t.seedMunicipality('gent');
    [admin, coordinator, staff, guard, viewer, police, foreign] = await Promise.all([
      t.login('admin@mechelen.test'),
      t.login('coordinator@mechelen.test'),
      t.login('staff@mechelen.test'),
      t.login('guard@mechelen.test'),
      t.login('viewer@mechelen.test'),
      t.login('police@mechelen.test'),
      t.login('coordinator@gent.test'),
    ]);
    const meeting = (occurredOn: string, title: string) => ({
      typeKey: 'meeting',
      occurredOn,
      place: grandPlace,
      values: { kind: 'cpr', title, partners: ['Politie'], minutes: true },
    });
    for (const [day, title] of [
      ['2020-03-10', 'CPR maart'],
      ['2020-04-10', 'CPR april; met "quotes"'],
      ['2020-05-10', '=CPR mei'],
    ] as const) {
      const created = await staff.request({ method: 'POST', url: '/api/registrations', payload: meeting(day, title) });
      expect(created.statusCode, created.body).toBe(201);
    }
    const gent = await foreign.request({
      method: 'POST',
      url: '/api/registrations',
      payload: meeting('2020-04-11', 'CPR Gent'),
    });
    expect(gent.statusCode, gent.body).toBe(201);
  });
  afterAll(async () => {
    await t.close();
  });

  it('exports the filtered registrations as CSV (BOM, `;`, ISO dates) and XLSX with the rows of the list', async () => {
    const filter = 'type=meeting&from=2020-04-01&to=2020-12-31';
    const list = (await get(coordinator, `/api/registrations?${filter}&limit=500`)).json<{
      items: { id: string; occurredOn: string }[];
      total: number;
    }>();
    expect(list.total).toBe(2);
    const csv = csvRecords(await get(coordinator, `/api/registrations/export?${filter}&format=csv&lang=nl`));
    expect(csv.map((r) => r.Id)).toEqual(list.items.map((i) => i.id));
    expect(csv.map((r) => r.Datum)).toEqual(['2020-05-10', '2020-04-10']);
    expect(csv.map((r) => r.Titel)).toEqual(["'=CPR mei", 'CPR april; met "quotes"']);

    const xlsx = await xlsxRecords(await get(coordinator, `/api/registrations/export?${filter}&format=xlsx&lang=fr`));
    expect(xlsx.map((r) => r.Id)).toEqual(list.items.map((i) => i.id));
    expect(xlsx.map((r) => r.Date)).toEqual(['2020-05-10', '2020-04-10']);

    // The headers follow the language; another municipality exports only its own rows.
    const english = csvRecords(await get(coordinator, `/api/registrations/export?${filter}&lang=en`));
    expect(Object.keys(english[0] ?? {})).toContain('Register');
    const gent = csvRecords(await get(foreign, `/api/registrations/export?type=meeting&lang=nl`));
    expect(gent.map((r) => r.Titel)).toEqual(['CPR Gent']);
    expect((await get(police, '/api/registrations/export')).statusCode).toBe(403);
    expect((await get(guard, '/api/registrations/export')).statusCode).toBe(403);
    expect((await get(coordinator, '/api/registrations/export?format=ods')).statusCode).toBe(400);

    const written = await exports('list.export');
    expect(written.filter((w) => w.actor_email === 'coordinator@gent.test')).toEqual([
      expect.objectContaining({ entity: 'registrations' }),
    ]);
    const first = written.find((w) => w.actor_email === 'coordinator@mechelen.test');
    expect(JSON.parse(first?.after_json ?? '{}')).toMatchObject({
      format: 'csv',
      rows: 2,
      filter: { type: 'meeting', from: '2020-04-01', to: '2020-12-31' },
    });
  });

  it('exports complaints with the contact data only for desk roles, never to the police', async () => {
    for (const [category, name, email] of [
      ['graffiti', 'Marie Melder', 'marie@example.test'],
      ['dumping', 'Jan Klager', 'jan@example.test'],
    ] as const) {
      const created = await staff.request({
        method: 'POST',
        url: '/api/complaints',
        payload: {
          category,
          occurredAt: '2020-06-10T10:00:00Z',
          place: { wijkCode: '12025W01', address: 'Bruul 1' },
          description: 'Een klacht om te exporteren.',
          contactName: name,
          contactEmail: email,
        },
      });
      expect(created.statusCode, created.body).toBe(201);
    }
    const desk = csvRecords(await get(staff, '/api/complaints/export?category=graffiti&lang=nl'));
    expect(desk).toHaveLength(1);
    expect(desk[0]).toMatchObject({
      Categorie: 'graffiti',
      'Naam melder': 'Marie Melder',
      'E-mail melder': 'marie@example.test',
    });
    const deskXlsx = await xlsxRecords(await get(coordinator, '/api/complaints/export?format=xlsx&lang=nl'));
    expect(deskXlsx.map((r) => r['E-mail melder']).sort()).toEqual(['jan@example.test', 'marie@example.test']);

    for (const reader of [viewer, guard]) {
      const response = await get(reader, '/api/complaints/export?lang=nl');
      const rows = csvRecords(response);
      expect(rows).toHaveLength(2);
      expect(Object.keys(rows[0] ?? {})).not.toContain('E-mail melder');
      expect(response.body).not.toMatch(/example\.test|Marie Melder|Jan Klager/);
      const xlsx = await get(reader, '/api/complaints/export?format=xlsx&lang=nl');
      expect((await xlsxRecords(xlsx)).flatMap((r) => Object.values(r)).join(' ')).not.toMatch(/example\.test/);
    }
    expect((await get(police, '/api/complaints/export')).statusCode).toBe(403);
    expect(csvRecords(await get(foreign, '/api/complaints/export'))).toEqual([]);

    const audited = (await exports('list.export')).filter((w) => w.entity === 'complaints');
    const byStaff = audited.find((w) => w.actor_email === 'staff@mechelen.test');
    const byViewer = audited.find((w) => w.actor_email === 'viewer@mechelen.test');
    expect(JSON.parse(byStaff?.after_json ?? '{}')).toMatchObject({ personal: true, rows: 1 });
    expect(JSON.parse(byViewer?.after_json ?? '{}')).toMatchObject({ personal: false, rows: 2 });
  });

  it('exports cases with names only where the case type shows them, pseudonyms otherwise', async () => {
    const opened = await coordinator.request({
      method: 'POST',
      url: '/api/cases',
      payload: {
        typeKey: 'gas_adult',
        openedOn: '2020-03-01',
        persons: [{ role: 'offender', fullName: 'Geert Proef' }],
      },
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const named = csvRecords(await get(coordinator, '/api/cases/export?type=gas_adult&lang=nl'));
    expect(named).toHaveLength(1);
    expect(named[0]?.Personen).toBe('Overtreder 1: Geert Proef');
    expect(named[0]?.['Geopend op']).toBe('2020-03-01');

    // Staff read cases but not the names of a GAS case they do not own.
    const staffView = await get(staff, '/api/cases/export?type=gas_adult&lang=nl');
    expect(csvRecords(staffView)[0]?.Personen).toBe('Overtreder 1');
    expect(staffView.body).not.toContain('Geert Proef');
    const staffXlsx = await get(staff, '/api/cases/export?type=gas_adult&format=xlsx&lang=nl');
    expect((await xlsxRecords(staffXlsx))[0]?.Personen).toBe('Overtreder 1');

    for (const outsider of [viewer, police, guard]) {
      expect((await get(outsider, '/api/cases/export')).statusCode).toBe(403);
    }
    expect(csvRecords(await get(foreign, '/api/cases/export'))).toEqual([]);
    const audited = (await exports('list.export')).filter((w) => w.entity === 'cases');
    expect(
      audited
        .map((w) => `${w.actor_email} ${(JSON.parse(w.after_json ?? '{}') as { personal: boolean }).personal}`)
        .sort(),
    ).toEqual([
      'coordinator@gent.test false',
      'coordinator@mechelen.test true',
      'staff@mechelen.test false',
      'staff@mechelen.test false',
    ]);
  });

  it('exports the meldingen (a guard: their own) and the audit log (admin only)', async () => {
    const melding = await guard.request({
      method: 'POST',
      url: '/api/registrations',
      payload: {
        id: randomUUID(),
        typeKey: 'guard_report',
        occurredOn: '2020-06-03',
        place: grandPlace,
        values: { kind: 'dumping', service: 'cleaning', description: 'Zakken aan de glasbol', time: '10:15' },
      },
    });
    expect(melding.statusCode, melding.body).toBe(201);
    const own = csvRecords(await get(guard, '/api/guards/meldingen/export?lang=nl'));
    expect(own).toEqual([expect.objectContaining({ Beschrijving: 'Zakken aan de glasbol', Datum: '2020-06-03' })]);
    expect(
      await xlsxRecords(await get(coordinator, '/api/guards/meldingen/export?format=xlsx&year=2020')),
    ).toHaveLength(1);
    expect(csvRecords(await get(coordinator, '/api/guards/meldingen/export?year=2019'))).toEqual([]);
    expect((await get(viewer, '/api/guards/meldingen/export')).statusCode).toBe(403);

    const log = (await get(admin, '/api/audit?limit=500')).json<{ entries: { seq: number }[] }>();
    const csv = csvRecords(await get(admin, '/api/audit/export?lang=en'));
    expect(csv.map((r) => Number(r.Sequence))).toEqual(log.entries.map((e) => e.seq));
    expect(csv.some((r) => r.Action === 'list.export')).toBe(true);
    const xlsx = await xlsxRecords(await get(admin, '/api/audit/export?format=xlsx&lang=en'));
    // The CSV export itself was audited in between: one more row.
    expect(xlsx).toHaveLength(csv.length + 1);
    for (const other of [coordinator, staff, viewer, police]) {
      expect((await get(other, '/api/audit/export')).statusCode).toBe(403);
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/audit/export' })).statusCode).toBe(401);
  });

  it('the report route gives the evaluation and activity reports as DOCX, PDF and XLSX to a viewer', async () => {
    const plan = readFileSync('samples/plans/mechelen-svpp-2020.txt', 'utf8');
    const version = await coordinator.request({
      method: 'POST',
      url: '/api/plan-versions',
      payload: { filename: 'plan.txt', text: plan, confirm: true },
    });
    expect(version.json<PlanVersionSummary>().status).toBe('confirmed');
    const expected = [
      ['evaluation', 'docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'PK'],
      ['activity', 'pdf', 'application/pdf', '%PDF'],
      ['evaluation', 'xlsx', xlsxType, 'PK'],
    ] as const;
    for (const [kind, format, type, magic] of expected) {
      const response = await get(viewer, `/api/reports/${kind}?year=2020&format=${format}&lang=fr`);
      expect(response.statusCode, response.body.slice(0, 200)).toBe(200);
      expect(response.headers['content-type']).toBe(type);
      expect(String(response.headers['content-disposition'])).toMatch(
        new RegExp(`^attachment; filename=".+\\.${format}"$`),
      );
      expect(response.rawPayload.subarray(0, magic.length).toString('latin1')).toBe(magic);
    }
    expect((await get(police, '/api/reports/evaluation?year=2020&format=pdf')).statusCode).toBe(403);
  });
});

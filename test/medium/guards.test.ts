import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testPassword, type Agent, type TestApp } from '../support/test-app.js';
import { dialects } from '../support/test-databases.js';
import { convertWithLibreOffice, pdfText } from '../support/office.js';

const grandPlace = { lat: 51.0279, lon: 4.4794 };
const brussels = { lat: 50.8466, lon: 4.3517 };
type Json = Record<string, unknown>;
const code = (response: { json: <T>() => T }) => response.json<{ error: { code: string } }>().error.code;

describe.each(dialects)('community guards on %s', (dialect) => {
  let t: TestApp;
  let guard: Agent;
  let otherGuard: Agent;
  let coordinator: Agent;
  let staff: Agent;
  let viewer: Agent;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    await t.seedMunicipality('mechelen');
    await t.users.createWithMunicipality('mechelen', {
      email: 'guard2@mechelen.test',
      displayName: 'Tweede Wacht',
      role: 'guard',
      locale: 'nl',
      password: testPassword,
    });
    guard = await t.login('guard@mechelen.test');
    otherGuard = await t.login('guard2@mechelen.test');
    coordinator = await t.login('coordinator@mechelen.test');
    staff = await t.login('staff@mechelen.test');
    viewer = await t.login('viewer@mechelen.test');
  });
  afterAll(() => t.close());

  const register = (agent: Agent, body: Json) =>
    agent.request({ method: 'POST', url: '/api/registrations', payload: body });
  const count = async (table: 'registration' | 'violence_incident' | 'guard_shift', id: string) =>
    Number(
      (
        await t.database.db.kysely
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number | string>().as('n'))
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('lets a guard write the guard registers exactly once per phone-made id, and nothing else', async () => {
    const id = randomUUID();
    const body = {
      id,
      typeKey: 'guard_round',
      occurredOn: '2020-06-01',
      place: grandPlace,
      values: { kind: 'foot', hours: 2.5, people_informed: 7, time: '09:30' },
    };
    const first = await register(guard, body);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ id, wijkCode: '12025W03', hours: 2.5, quantity: 7 });
    for (let i = 0; i < 3; i++) expect((await register(guard, body)).statusCode).toBe(200);
    expect(await count('registration', id)).toBe(1);

    const meeting = await register(guard, { typeKey: 'meeting', occurredOn: '2020-06-01', values: { kind: 'cpr' } });
    expect([meeting.statusCode, code(meeting)]).toEqual([403, 'GUARD_REGISTER_NOT_ALLOWED']);
    const byStaff = await register(staff, {
      typeKey: 'guard_round',
      occurredOn: '2020-06-01',
      values: { kind: 'foot' },
    });
    expect([byStaff.statusCode, code(byStaff)]).toEqual([403, 'GUARD_REGISTER_NOT_ALLOWED']);
    expect((await guard.request({ method: 'GET', url: '/api/registrations' })).statusCode).toBe(403);
    // Another guard can neither change nor remove it.
    expect(
      (
        await otherGuard.request({
          method: 'PATCH',
          url: `/api/registrations/${id}`,
          payload: { values: { kind: 'bike' } },
        })
      ).statusCode,
    ).toBe(404);
    expect((await otherGuard.request({ method: 'DELETE', url: `/api/registrations/${id}` })).statusCode).toBe(404);
  });

  it('refuses an impossible date, a place outside the municipality and a photo too large with stable codes', async () => {
    const future = await register(guard, {
      id: randomUUID(),
      typeKey: 'supervision',
      occurredOn: '2030-01-01',
      values: { place_kind: 'park' },
    });
    expect([future.statusCode, code(future)]).toEqual([422, 'REGISTRATION_DATE_IMPOSSIBLE']);
    const outside = await register(guard, {
      id: randomUUID(),
      typeKey: 'guard_report',
      occurredOn: '2020-06-01',
      place: brussels,
      values: { kind: 'litter', service: 'cleaning', description: 'Zwerfvuil' },
    });
    expect([outside.statusCode, code(outside)]).toEqual([422, 'PLACE_OUTSIDE_MUNICIPALITY']);
    const photo = await guard.request({
      method: 'POST',
      url: '/api/files',
      payload: { name: 'foto.jpg', contentBase64: Buffer.alloc(10 * 1024 * 1024 + 10, 0xff).toString('base64') },
    });
    expect([photo.statusCode, code(photo)]).toEqual([422, 'FILE_TOO_LARGE']);
  });

  it('lets only a guard marked vaststeller write a GAS report', async () => {
    const body = {
      id: randomUUID(),
      typeKey: 'gas_report',
      occurredOn: '2020-06-02',
      place: grandPlace,
      values: { offence: 'litter', offender_age: 'adult', description: 'Blikje weggegooid' },
    };
    const refused = await register(guard, body);
    expect([refused.statusCode, code(refused)]).toEqual([403, 'GAS_VASTSTELLER_REQUIRED']);
    expect((await guard.request({ method: 'GET', url: '/api/guards/me' })).json()).toMatchObject({
      vaststeller: false,
    });
    expect(
      (
        await staff.request({
          method: 'PUT',
          url: `/api/guards/guards/${guard.me.user.id}/vaststeller`,
          payload: { vaststeller: true },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await coordinator.request({
          method: 'PUT',
          url: `/api/guards/guards/${staff.me.user.id}/vaststeller`,
          payload: { vaststeller: true },
        })
      ).statusCode,
    ).toBe(422);
    expect(
      (
        await coordinator.request({
          method: 'PUT',
          url: `/api/guards/guards/${guard.me.user.id}/vaststeller`,
          payload: { vaststeller: true },
        })
      ).statusCode,
    ).toBe(200);
    expect((await guard.request({ method: 'GET', url: '/api/guards/me' })).json()).toMatchObject({ vaststeller: true });
    expect((await register(guard, body)).statusCode).toBe(201);
    expect((await register(otherGuard, { ...body, id: randomUUID() })).statusCode).toBe(403);
  });

  it('follows a melding up: the guard sees their own with the service’s status', async () => {
    const id = randomUUID();
    expect(
      (
        await register(guard, {
          id,
          typeKey: 'guard_report',
          occurredOn: '2020-06-03',
          place: grandPlace,
          values: { kind: 'dumping', service: 'cleaning', description: 'Zakken aan de glasbol', time: '10:15' },
        })
      ).statusCode,
    ).toBe(201);
    const mine = (await guard.request({ method: 'GET', url: '/api/guards/meldingen' })).json<{ items: Json[] }>();
    expect(mine.items).toEqual([expect.objectContaining({ id, status: 'sent', service: 'cleaning', time: '10:15' })]);
    expect(
      (await otherGuard.request({ method: 'GET', url: '/api/guards/meldingen' })).json<{ items: Json[] }>().items,
    ).toEqual([]);
    expect(
      (
        await guard.request({
          method: 'PUT',
          url: `/api/guards/meldingen/${id}/follow-up`,
          payload: { status: 'resolved' },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await coordinator.request({
          method: 'PUT',
          url: `/api/guards/meldingen/${id}/follow-up`,
          payload: { status: 'resolved', note: 'Opgehaald' },
        })
      ).json(),
    ).toMatchObject({ status: 'resolved', note: 'Opgehaald' });
    expect(
      (await guard.request({ method: 'GET', url: '/api/guards/meldingen' })).json<{ items: Json[] }>().items[0],
    ).toMatchObject({ id, status: 'resolved' });
  });

  it('keeps the violence register to the coordinators and the guard concerned, and counts it', async () => {
    const id = randomUUID();
    const incident = {
      occurredAt: '2020-05-20T14:30:00.000Z',
      kind: 'physical',
      injuries: 'light',
      place: grandPlace,
      policeReportNumber: 'ME.12.L1234/20',
      description: 'Geduwd tijdens de ronde',
      stepsDone: [0, 1],
    };
    expect(
      (await guard.request({ method: 'POST', url: '/api/guards/incidents', payload: { id, ...incident } })).statusCode,
    ).toBe(201);
    expect(
      (await guard.request({ method: 'POST', url: '/api/guards/incidents', payload: { id, ...incident } })).statusCode,
    ).toBe(200);
    expect(await count('violence_incident', id)).toBe(1);
    expect(
      (await guard.request({ method: 'GET', url: '/api/guards/incidents' })).json<{ items: Json[] }>().items,
    ).toEqual([expect.objectContaining({ id, kind: 'physical', wijkCode: '12025W03', stepsDone: [0, 1] })]);
    expect(
      (await otherGuard.request({ method: 'GET', url: '/api/guards/incidents' })).json<{ items: Json[] }>().items,
    ).toEqual([]);
    expect((await otherGuard.request({ method: 'GET', url: `/api/guards/incidents/${id}` })).statusCode).toBe(404);
    expect(
      (await otherGuard.request({ method: 'POST', url: '/api/guards/incidents', payload: { id, ...incident } }))
        .statusCode,
    ).toBe(409);
    expect(
      (
        await otherGuard.request({
          method: 'POST',
          url: '/api/guards/incidents',
          payload: { id: randomUUID(), ...incident, guardUserId: guard.me.user.id },
        })
      ).statusCode,
    ).toBe(403);
    for (const agent of [staff, viewer]) {
      expect((await agent.request({ method: 'GET', url: '/api/guards/incidents' })).statusCode).toBe(403);
      expect((await agent.request({ method: 'GET', url: `/api/guards/incidents/${id}` })).statusCode).toBe(403);
      expect((await agent.request({ method: 'GET', url: '/api/guards/incidents/stats?year=2020' })).statusCode).toBe(
        403,
      );
    }
    const future = await guard.request({
      method: 'POST',
      url: '/api/guards/incidents',
      payload: { id: randomUUID(), ...incident, occurredAt: '2030-01-01T10:00:00Z' },
    });
    expect([future.statusCode, code(future)]).toEqual([422, 'GUARD_TIME_IMPOSSIBLE']);
    // The coordinator sees everything, registers for another guard and sets the follow-up; a guard's change keeps it.
    expect(
      (
        await coordinator.request({
          method: 'POST',
          url: '/api/guards/incidents',
          payload: {
            id: randomUUID(),
            ...incident,
            kind: 'verbal',
            injuries: 'none',
            policeReportNumber: null,
            guardUserId: otherGuard.me.user.id,
          },
        })
      ).statusCode,
    ).toBe(201);
    await coordinator.request({
      method: 'POST',
      url: '/api/guards/incidents',
      payload: { id, ...incident, followUpStatus: 'closed' },
    });
    expect(
      (
        await guard.request({
          method: 'POST',
          url: '/api/guards/incidents',
          payload: { id, ...incident, followUpStatus: 'open' },
        })
      ).json(),
    ).toMatchObject({ followUpStatus: 'closed' });
    expect(
      (await coordinator.request({ method: 'GET', url: '/api/guards/incidents?year=2020' })).json<{ items: Json[] }>()
        .items,
    ).toHaveLength(2);
    const stats = (
      await coordinator.request({ method: 'GET', url: '/api/guards/incidents/stats?year=2020' })
    ).json<Json>();
    expect(stats).toMatchObject({ year: 2020, total: 2, withPoliceReport: 1, previousYearTotal: 0 });
    expect(stats.byKind).toMatchObject({ physical: 1, verbal: 1 });
    // Every read of the register is in the audit log.
    const reads = await t.database.db.kysely
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'in', ['violence_incident.list', 'violence_incident.read'])
      .execute();
    expect(reads.length).toBeGreaterThanOrEqual(3);
  });

  it('records shifts by their phone-made id and gives man-hours per core task, weekday × hour and wijk', async () => {
    const id = randomUUID();
    const start = await guard.request({
      method: 'POST',
      url: '/api/guards/shifts',
      payload: { id, startedAt: '2020-06-01T06:00:00.000Z', endedAt: null },
    });
    expect(start.statusCode).toBe(201);
    expect((await guard.request({ method: 'GET', url: '/api/guards/me' })).json()).toMatchObject({ openShift: { id } });
    const end = { startedAt: '2020-06-01T06:00:00.000Z', endedAt: '2020-06-01T13:30:00.000Z' };
    expect(
      (await guard.request({ method: 'POST', url: '/api/guards/shifts', payload: { id, ...end } })).json(),
    ).toMatchObject({ hours: 7.5 });
    expect(
      (await guard.request({ method: 'POST', url: '/api/guards/shifts', payload: { id, ...end } })).statusCode,
    ).toBe(200);
    expect(await count('guard_shift', id)).toBe(1);
    const backwards = await guard.request({
      method: 'POST',
      url: '/api/guards/shifts',
      payload: { id: randomUUID(), startedAt: '2020-06-01T10:00:00Z', endedAt: '2020-06-01T09:00:00Z' },
    });
    expect([backwards.statusCode, code(backwards)]).toEqual([422, 'GUARD_TIME_IMPOSSIBLE']);
    expect(
      (await otherGuard.request({ method: 'POST', url: '/api/guards/shifts', payload: { id, ...end } })).statusCode,
    ).toBe(409);
    await register(guard, {
      id: randomUUID(),
      typeKey: 'school_crossing',
      occurredOn: '2020-06-02',
      place: grandPlace,
      values: { title: 'Basisschool', hours: 1, children: 40, time: '08:05' },
    });
    await register(guard, {
      id: randomUUID(),
      typeKey: 'bike_engraving',
      occurredOn: '2020-06-06',
      values: { bikes: 25, hours: 4, time: '10:00' },
    });

    const overview = (await coordinator.request({ method: 'GET', url: '/api/guards/overview?year=2020' })).json<{
      shiftHours: number;
      shiftHeatmap: number[][];
      tasks: { typeKey: string; hours: number; records: number; quantity: number }[];
      recordHeatmap: Record<string, number[][]>;
      byWijk: Json[];
      engraving: Json;
      violence: Json;
      gasReports: Json;
    }>();
    expect(overview.shiftHours).toBe(7.5);
    expect(overview.shiftHeatmap.flat().reduce((a, b) => a + b, 0)).toBeCloseTo(7.5);
    // 1 June 2020 is a Monday; 06:00 UTC is 08:00 in Brussels (summer time).
    expect(overview.shiftHeatmap[0]?.[8]).toBe(1);
    expect(overview.shiftHeatmap[0]?.[15]).toBe(0.5);
    const task = (key: string) => overview.tasks.find((x) => x.typeKey === key);
    expect(task('guard_round')).toMatchObject({ records: 1, hours: 2.5, quantity: 7 });
    expect(task('school_crossing')).toMatchObject({ records: 1, hours: 1, quantity: 40 });
    expect(overview.recordHeatmap.school_crossing?.[1]?.[8]).toBe(1);
    expect(overview.engraving).toEqual({ actions: 1, bikes: 25 });
    expect(overview.gasReports).toMatchObject({ records: 1 });
    expect(overview.violence).toEqual({ total: 2 });
    expect(overview.byWijk).toContainEqual({ wijkCode: '12025W03', typeKey: 'guard_round', records: 1, hours: 2.5 });
    for (const agent of [guard, staff, viewer]) {
      expect((await agent.request({ method: 'GET', url: '/api/guards/overview' })).statusCode).toBe(403);
    }
  });

  it('writes the briefing for the guards to read', async () => {
    const day = '2020-06-15';
    expect(
      (
        await guard.request({
          method: 'PUT',
          url: '/api/guards/briefing',
          payload: { day, notes: 'x', focusPlaces: [], events: [] },
        })
      ).statusCode,
    ).toBe(403);
    await coordinator.request({
      method: 'PUT',
      url: '/api/guards/briefing',
      payload: {
        day,
        notes: 'Markt: extra aandacht fietsen.',
        focusPlaces: ['Vismarkt', 'Station'],
        events: ['Jaarmarkt'],
      },
    });
    await coordinator.request({
      method: 'PUT',
      url: '/api/guards/briefing',
      payload: { day, notes: 'Markt: extra aandacht fietsen.', focusPlaces: ['Vismarkt'], events: ['Jaarmarkt'] },
    });
    expect((await guard.request({ method: 'GET', url: '/api/guards/me' })).json()).toMatchObject({
      today: day,
      briefing: { focusPlaces: ['Vismarkt'], events: ['Jaarmarkt'] },
    });
  });

  it('writes the yearly guard report as DOCX, PDF and XLSX that open', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'svpp-guards-report-'));
    try {
      for (const format of ['docx', 'pdf', 'xlsx'] as const) {
        const response = await viewer.request({
          method: 'GET',
          url: `/api/reports/guards?year=2020&format=${format}&lang=fr`,
        });
        expect(response.statusCode, format).toBe(200);
        expect(response.headers['content-disposition']).toContain(`svpp-guards-mechelen-2020.${format}`);
        writeFileSync(path.join(dir, `guards.${format}`), response.rawPayload);
      }
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(path.join(dir, 'guards.xlsx'));
      expect(workbook.worksheets.map((sheet) => sheet.name)).toContain('Tâches');
      if (dialect === 'sqlite') {
        const [pdf] = await convertWithLibreOffice(path.join(dir, 'guards.docx'), 'pdf', path.join(dir, 'out'));
        expect(await pdfText(pdf ?? '')).toContain('Rapport annuel des gardiens de la paix 2020');
      }
      expect(await pdfText(path.join(dir, 'guards.pdf'))).toContain('Faits de violence enregistrés');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});

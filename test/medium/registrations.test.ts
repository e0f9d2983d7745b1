import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, type Agent, type TestApp } from '../support/test-app.js';
import { dialects } from '../support/test-databases.js';

const grandPlace = { lat: 51.0279, lon: 4.4794 };

describe.each(dialects)('registers and registrations on %s', (dialect) => {
  let t: TestApp;
  let staff: Agent;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    t.clock.advance(200 * 86_400_000); // 2021-01-01: all of 2020 lies in the past
    await t.seedMunicipality('mechelen');
    staff = await t.login('staff@mechelen.test');
  });
  afterAll(() => t.close());

  const create = (body: Record<string, unknown>) =>
    staff.request({ method: 'POST', url: '/api/registrations', payload: body });

  it('registers a meeting, places a point in its wijk and answers a replayed sync with the same record', async () => {
    const id = randomUUID();
    const body = {
      id,
      typeKey: 'meeting',
      occurredOn: '2020-03-10',
      place: grandPlace,
      values: { kind: 'cpr', title: 'CPR maart', partners: ['Politie'], minutes: true },
    };
    const first = await create(body);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ id, category: 'cpr', wijkCode: '12025W03', title: 'CPR maart' });
    const replay = await create(body);
    expect(replay.statusCode).toBe(200);
    expect(replay.json<{ id: string }>().id).toBe(id);
    const list = (await staff.request({ method: 'GET', url: '/api/registrations?type=meeting' })).json<{
      total: number;
    }>();
    expect(list.total).toBe(1);
  });

  it('refuses bad values, impossible dates and places outside the municipality with stable codes', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ typeKey: 'meeting', occurredOn: '2020-03-10', values: { kind: 'party' } }, 'REGISTRATION_INVALID_VALUES'],
      [
        { typeKey: 'meeting', occurredOn: '2020-03-10', values: { kind: 'cpr', unknown_field: 1 } },
        'REGISTRATION_INVALID_VALUES',
      ],
      [
        { typeKey: 'activity', occurredOn: '2020-03-10', values: { kind: 'campaign', people_reached: -4 } },
        'REGISTRATION_INVALID_VALUES',
      ],
      [{ typeKey: 'meeting', occurredOn: '2030-01-01', values: { kind: 'cpr' } }, 'REGISTRATION_DATE_IMPOSSIBLE'],
      [
        { typeKey: 'visitors', occurredOn: '2020-03-10', occurredUntil: '2020-03-01', values: { visitors: 4 } },
        'REGISTRATION_DATE_IMPOSSIBLE',
      ],
      [
        { typeKey: 'meeting', occurredOn: '2020-03-10', place: { lat: 50.8466, lon: 4.3517 }, values: { kind: 'cpr' } },
        'PLACE_OUTSIDE_MUNICIPALITY',
      ],
      [
        { typeKey: 'meeting', occurredOn: '2020-03-10', place: { wijkCode: 'W99' }, values: { kind: 'cpr' } },
        'PLACE_UNKNOWN_WIJK',
      ],
      [
        { typeKey: 'advice_visit', occurredOn: '2020-03-10', values: { kind: 'home', outcome: 'done' } },
        'PLACE_REQUIRED',
      ],
      [{ typeKey: 'no_such_register', occurredOn: '2020-03-10', values: {} }, 'REGISTER_TYPE_UNKNOWN'],
    ];
    for (const [body, code] of cases) {
      const response = await create(body);
      expect(response.statusCode, code).toBe(422);
      expect(response.json<{ error: { code: string } }>().error.code).toBe(code);
    }
    const invalid = (await create(cases[0]?.[0] ?? {})).json<{ error: { details: { issues: { path: string }[] } } }>();
    expect(invalid.error.details.issues[0]?.path).toBe('values.kind');
  });

  it('keeps the daily rollup equal to the registrations through creates, updates and deletes', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const response = await create({
        typeKey: 'activity',
        occurredOn: `2020-0${1 + (i % 3)}-15`,
        place: { wijkCode: i % 2 ? '12025W01' : '12025W02' },
        values: { kind: i % 2 ? 'campaign' : 'information_session', people_reached: 10 + i, hours: 1.5 },
      });
      ids.push(response.json<{ id: string }>().id);
    }
    await staff.request({
      method: 'PATCH',
      url: `/api/registrations/${ids[0]}`,
      payload: { values: { kind: 'engraving_action', people_reached: 40 }, place: { wijkCode: '12025W05' } },
    });
    await staff.request({ method: 'DELETE', url: `/api/registrations/${ids[1]}` });
    expect((await staff.request({ method: 'GET', url: `/api/registrations/${ids[1]}` })).statusCode).toBe(404);
    const db = t.database.db.kysely;
    const truth = await sql<{ key: string; n: number; quantity: number; hours: number }>`
      select type_key || '|' || coalesce(category, '') || '|' || coalesce(wijk_code, '') || '|' || occurred_on as key,
             count(*) as n, coalesce(sum(quantity), 0) as quantity, coalesce(sum(hours), 0) as hours
      from registration where deleted_at is null group by 1 order by 1`.execute(db);
    const rollup = await sql<{ key: string; n: number; quantity: number; hours: number }>`
      select type_key || '|' || category || '|' || wijk_code || '|' || day as key, sum(n) as n, sum(quantity) as quantity, sum(hours) as hours
      from registration_rollup group by 1 having sum(n) <> 0 order by 1`.execute(db);
    const norm = (rows: { key: string; n: number; quantity: number; hours: number }[]) =>
      rows.map((r) => [r.key, Number(r.n), Number(r.quantity), Number(r.hours)]);
    expect(norm(rollup.rows)).toEqual(norm(truth.rows));
    const dailyTruth = await sql<{ key: string; n: number; quantity: number; hours: number }>`
      select type_key || '|' || coalesce(category, '') || '|' || coalesce(status, '') || '|' || occurred_on as key,
             count(*) as n, coalesce(sum(quantity), 0) as quantity, coalesce(sum(hours), 0) as hours
      from registration where deleted_at is null group by 1 order by 1`.execute(db);
    const daily = await sql<{ key: string; n: number; quantity: number; hours: number }>`
      select type_key || '|' || category || '|' || status || '|' || day as key, sum(n) as n, sum(quantity) as quantity, sum(hours) as hours
      from registration_daily group by 1 having sum(n) <> 0 order by 1`.execute(db);
    expect(norm(daily.rows)).toEqual(norm(dailyTruth.rows));
    // A rebuild from the registrations gives the same rollups as the running updates.
    const { RegistrationRepository } =
      await import('../../src/server/features/registrations/registration.repository.js');
    const municipality = await db.selectFrom('municipality').select('id').executeTakeFirstOrThrow();
    await new RegistrationRepository(db).rebuildRollups(municipality.id);
    const rebuilt = await sql<{ key: string; n: number; quantity: number; hours: number }>`
      select type_key || '|' || category || '|' || status || '|' || day as key, sum(n) as n, sum(quantity) as quantity, sum(hours) as hours
      from registration_daily group by 1 having sum(n) <> 0 order by 1`.execute(db);
    expect(norm(rebuilt.rows)).toEqual(norm(dailyTruth.rows));
  });

  it('lets a coordinator define an own register with typed fields, and uses it', async () => {
    const coordinator = await t.login('coordinator@mechelen.test');
    const definition = {
      key: 'buddy_visit',
      labels: { nl: 'Buddybezoek', fr: 'Visite buddy', en: 'Buddy visit' },
      period: false,
      place: 'optional',
      fields: [
        {
          key: 'kind',
          kind: 'category',
          labels: { nl: 'Soort', fr: 'Type', en: 'Kind' },
          required: true,
          role: 'category',
          options: [{ value: 'first', labels: { nl: 'Eerste', fr: 'Premier', en: 'First' } }],
        },
        { key: 'minutes', kind: 'hours', labels: { nl: 'Duur', fr: 'Durée', en: 'Duration' }, role: 'hours' },
      ],
    };
    expect(
      (await coordinator.request({ method: 'POST', url: '/api/register-types', payload: definition })).statusCode,
    ).toBe(201);
    expect(
      (await coordinator.request({ method: 'POST', url: '/api/register-types', payload: definition })).statusCode,
    ).toBe(409);
    expect(
      (await staff.request({ method: 'POST', url: '/api/register-types', payload: { ...definition, key: 'other' } }))
        .statusCode,
    ).toBe(403);
    const bad = await coordinator.request({
      method: 'POST',
      url: '/api/register-types',
      payload: { ...definition, key: 'broken', fields: [{ ...definition.fields[0], options: [] }] },
    });
    expect(bad.statusCode).toBe(400);
    const used = await create({
      typeKey: 'buddy_visit',
      occurredOn: '2020-05-05',
      values: { kind: 'first', minutes: 2 },
    });
    expect(used.json()).toMatchObject({ category: 'first', hours: 2 });
    await coordinator.request({ method: 'PATCH', url: '/api/register-types/buddy_visit', payload: { active: false } });
    expect(
      (await create({ typeKey: 'buddy_visit', occurredOn: '2020-05-05', values: { kind: 'first' } })).json<{
        error: { code: string };
      }>().error.code,
    ).toBe('REGISTER_TYPE_UNKNOWN');
    const types = (await staff.request({ method: 'GET', url: '/api/register-types' })).json<{
      types: { key: string; builtin: boolean; active: boolean }[];
    }>().types;
    const keys = types.map((x) => x.key);
    // The plan's own registers first, then the guards' and case work's built-in registers, then the municipality's own.
    expect(keys.slice(0, 5)).toEqual(['meeting', 'activity', 'document', 'visitors', 'advice_visit']);
    expect(keys).toEqual(expect.arrayContaining(['guard_round', 'bike_engraving', 'case_work']));
    expect(keys.at(-1)).toBe('buddy_visit');
  });

  it('attaches uploaded minutes to a meeting and serves them back; refuses unknown files and types', async () => {
    const pdf = Buffer.from('%PDF-1.4 minutes of the CPR');
    const upload = await staff.request({
      method: 'POST',
      url: '/api/files',
      payload: { name: 'Verslag CPR maart.pdf', contentBase64: pdf.toString('base64') },
    });
    expect(upload.statusCode).toBe(201);
    const file = upload.json<{ id: string; size: number; contentType: string }>();
    expect(file).toMatchObject({ size: pdf.length, contentType: 'application/pdf' });
    const meeting = await create({
      typeKey: 'meeting',
      occurredOn: '2020-03-11',
      values: { kind: 'cpr', minutes: true, minutes_files: [file.id] },
    });
    expect(meeting.statusCode).toBe(201);
    const download = await staff.request({ method: 'GET', url: `/api/files/${file.id}` });
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''Verslag%20CPR%20maart.pdf");
    const unknown = await create({
      typeKey: 'meeting',
      occurredOn: '2020-03-11',
      values: { kind: 'cpr', minutes_files: ['00000000-0000-4000-8000-000000000000'] },
    });
    expect(unknown.json<{ error: { code: string } }>().error.code).toBe('FILE_UNKNOWN');
    const exe = await staff.request({
      method: 'POST',
      url: '/api/files',
      payload: { name: 'virus.exe', contentBase64: 'TVo=' },
    });
    expect(exe.json<{ error: { code: string } }>().error.code).toBe('FILE_TYPE_NOT_ALLOWED');
  });

  it('serves the 12 wijken with attribution', async () => {
    const body = (await staff.request({ method: 'GET', url: '/api/wijken' })).json<{
      wijken: unknown[];
      attribution: string;
    }>();
    expect(body.wijken).toHaveLength(12);
    expect(body.attribution).toContain('Statbel');
  });
});

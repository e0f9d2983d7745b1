import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail, CaseStatistics, OverdueList, SubjectExport } from '../../src/shared/api/cases.schema.js';
import { ManualClock } from '../../src/server/adapters/clock.js';
import { openDatabase, sqliteFileIn } from '../../src/server/db/database.js';
import { migrateToLatest } from '../../src/server/db/migrator.js';
import { CaseService } from '../../src/server/features/cases/case.service.js';
import { UserService } from '../../src/server/features/users/user.service.js';
import { loadDemo } from '../../src/server/features/demo/demo.service.js';
import type { Db } from '../../src/server/db/database.js';
import { createTestApp, type Agent, type TestApp, testHasher, testPassword } from '../support/test-app.js';
import { dialects } from '../support/test-databases.js';

const run = promisify(execFile);
const monthMs = 31 * 86_400_000;
type ErrorBody = { error: { code: string; details?: { missing?: string[] } } };

describe.each(dialects)('case work on %s', (dialect) => {
  let t: TestApp;
  let staff: Agent;
  let otherStaff: Agent;
  let coordinator: Agent;
  let admin: Agent;
  let viewer: Agent;
  let guard: Agent;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    t.clock.advance(200 * 86_400_000); // 2021-01-01
    await t.seedMunicipality('mechelen');
    await t.users.createWithMunicipality('mechelen', {
      email: 'staff2@mechelen.test',
      displayName: 'Second staff',
      role: 'staff',
      locale: 'nl',
      password: testPassword,
    });
    const agents = await Promise.all(
      ['staff', 'staff2', 'coordinator', 'admin', 'viewer', 'guard'].map((r) => t.login(`${r}@mechelen.test`)),
    );
    [staff, otherStaff, coordinator, admin, viewer, guard] = agents as [Agent, Agent, Agent, Agent, Agent, Agent];
  });
  afterAll(() => t.close());

  const open = async (agent: Agent, body: Record<string, unknown>) => {
    const response = await agent.request({ method: 'POST', url: '/api/cases', payload: body });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ id: string }>().id;
  };
  const step = (agent: Agent, id: string, body: Record<string, unknown>) =>
    agent.request({ method: 'POST', url: `/api/cases/${id}/steps`, payload: body });
  const detail = async (agent: Agent, id: string) =>
    (await agent.request({ method: 'GET', url: `/api/cases/${id}` })).json<CaseDetail>();
  const auditActions = async (action: string) =>
    t.database.db.kysely
      .selectFrom('audit_log')
      .select(['actor_email', 'entity_id', 'after_json'])
      .where('action', '=', action)
      .orderBy('seq')
      .execute();

  it('NERO over HTTP: no step before the youth prosecutor’s consent, hours within 15, the 5-month deadline tracked', async () => {
    const id = await open(staff, {
      typeKey: 'nero',
      openedOn: '2020-02-03',
      persons: [
        { role: 'minor', fullName: 'Mila Voorbeeld', birthDate: '2004-05-06' },
        { role: 'parent', fullName: 'Paul Voorbeeld' },
      ],
    });
    for (const stepKey of ['parents_invited', 'first_talk', 'agreement', 'module', 'evaluation']) {
      const refused = await step(staff, id, {
        stepKey,
        doneOn: '2020-02-10',
        ...(stepKey === 'evaluation' ? { outcome: 'positive' } : {}),
      });
      expect(refused.statusCode, stepKey).toBe(409);
      expect(refused.json<ErrorBody>().error.code).toBe('CASE_CONSENT_REQUIRED');
      expect(refused.json<ErrorBody>().error.details?.missing).toContain('prosecutor_consent');
    }
    expect(
      (await step(staff, id, { stepKey: 'prosecutor_consent', doneOn: '2020-02-10', outcome: 'granted' })).statusCode,
    ).toBe(201);
    for (const [stepKey, doneOn] of [
      ['parents_invited', '2020-02-12'],
      ['first_talk', '2020-02-20'],
      ['agreement', '2020-02-27'],
    ] as const) {
      expect((await step(staff, id, { stepKey, doneOn })).statusCode, stepKey).toBe(201);
    }
    expect((await step(staff, id, { stepKey: 'community_service', doneOn: '2020-03-10', hours: 12 })).statusCode).toBe(
      201,
    );
    const over = await step(staff, id, { stepKey: 'community_service', doneOn: '2020-03-11', hours: 4 });
    expect(over.statusCode).toBe(422);
    expect(over.json<ErrorBody>().error.code).toBe('CASE_HOURS_MAXIMUM');
    const shown = await detail(staff, id);
    expect(shown).toMatchObject({
      reference: 'NERO-2020-001',
      hoursUsed: 12,
      maxHours: 15,
      overdue: true,
      nextDeadline: { key: 'close_within_5_months', due: '2020-07-20', overdue: true },
    });
    const overdue = (await staff.request({ method: 'GET', url: '/api/cases/overdue' })).json<OverdueList>();
    expect(overdue.items).toContainEqual(
      expect.objectContaining({ id, deadline: 'close_within_5_months', due: '2020-07-20' }),
    );
    // Counted for the indicators without names: the opening and community service in the case_work register.
    const counted = await t.database.db.kysely
      .selectFrom('registration')
      .select(['status', 'hours', 'values_json'])
      .where('type_key', '=', 'case_work')
      .where('category', '=', 'nero')
      .execute();
    expect(counted.map((r) => r.status).sort()).toEqual(['community_service', 'opened']);
    expect(JSON.stringify(counted)).not.toContain('Voorbeeld');
  });

  it('GAS for adults: community service capped at 30 hours, no decision inside the 15-day defence period', async () => {
    const id = await open(coordinator, {
      typeKey: 'gas_adult',
      openedOn: '2020-03-01',
      persons: [{ role: 'offender', fullName: 'Geert Proef' }],
    });
    expect((await step(coordinator, id, { stepKey: 'notified', doneOn: '2020-03-05' })).statusCode).toBe(201);
    const early = await step(coordinator, id, { stepKey: 'decision', doneOn: '2020-03-12', outcome: 'fine' });
    expect(early.json<ErrorBody>().error.code).toBe('CASE_STEP_TOO_EARLY');
    expect(
      (await step(coordinator, id, { stepKey: 'community_service', doneOn: '2020-04-01', hours: 30 })).statusCode,
    ).toBe(201);
    expect(
      (
        await step(coordinator, id, { stepKey: 'community_service', doneOn: '2020-04-02', hours: 0.5 })
      ).json<ErrorBody>().error.code,
    ).toBe('CASE_HOURS_MAXIMUM');
    expect(
      (await step(coordinator, id, { stepKey: 'decision', doneOn: '2020-03-20', outcome: 'community_service' }))
        .statusCode,
    ).toBe(201);
    expect(
      (
        await coordinator.request({
          method: 'POST',
          url: `/api/cases/${id}/close`,
          payload: { outcome: 'decided', closedOn: '2020-04-05' },
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await step(coordinator, id, { stepKey: 'defence_received', doneOn: '2020-04-06' })).json<ErrorBody>().error.code,
    ).toBe('CASE_CLOSED');
  });

  it('names only for the owner and the roles the type allows; each read of names audited, none for pseudonyms', async () => {
    const id = await open(staff, {
      typeKey: 'nero',
      openedOn: '2020-04-01',
      persons: [{ role: 'minor', fullName: 'Zoë Fictief', phone: '0470 00 00 00' }],
    });
    const before = (await auditActions('case.personal.read')).length;
    const byOwner = await detail(staff, id);
    expect(byOwner).toMatchObject({
      namesVisible: true,
      canWrite: true,
      persons: [{ fullName: 'Zoë Fictief', phone: '0470 00 00 00', pseudonym: 'Minderjarige 1' }],
    });
    const byCoordinator = await detail(coordinator, id);
    expect(byCoordinator.persons[0]?.fullName).toBe('Zoë Fictief');
    for (const agent of [otherStaff, admin]) {
      const seen = await detail(agent, id);
      expect(seen).toMatchObject({
        namesVisible: false,
        persons: [{ fullName: null, phone: null, pseudonym: 'Minderjarige 1' }],
      });
      expect(JSON.stringify(seen)).not.toContain('Fictief');
    }
    const reads = await auditActions('case.personal.read');
    expect(reads.length - before).toBe(2);
    expect(reads.slice(-2).map((r) => r.actor_email)).toEqual(['staff@mechelen.test', 'coordinator@mechelen.test']);
    const log = await t.database.db.kysely.selectFrom('audit_log').select(['before_json', 'after_json']).execute();
    expect(JSON.stringify(log)).not.toContain('Fictief');
    // Another staff member may not write in a case that is not theirs.
    expect(
      (
        await step(otherStaff, id, { stepKey: 'prosecutor_consent', doneOn: '2020-04-02', outcome: 'granted' })
      ).json<ErrorBody>().error.code,
    ).toBe('CASE_NOT_OWNER');
    // Least privilege: the college sees statistics only, a guard nothing of cases.
    expect((await viewer.request({ method: 'GET', url: '/api/cases' })).statusCode).toBe(403);
    expect((await viewer.request({ method: 'GET', url: `/api/cases/${id}` })).statusCode).toBe(403);
    const stats = await viewer.request({ method: 'GET', url: '/api/cases/statistics?year=2020' });
    expect(stats.statusCode).toBe(200);
    expect(stats.json<CaseStatistics>().byType.find((b) => b.typeKey === 'nero')?.opened).toBeGreaterThanOrEqual(2);
    expect(stats.body).not.toContain('Fictief');
    for (const url of ['/api/cases', '/api/cases/statistics?year=2020', `/api/cases/${id}`, '/api/volunteers']) {
      expect((await guard.request({ method: 'GET', url })).statusCode, url).toBe(403);
    }
    // Street-corner gasten are pseudonymous: no name can be stored.
    const named = await staff.request({
      method: 'POST',
      url: '/api/cases',
      payload: {
        typeKey: 'street_corner',
        openedOn: '2020-05-01',
        persons: [{ role: 'gast', fullName: 'Echte Naam' }],
      },
    });
    expect(named.json<ErrorBody>().error.code).toBe('CASE_PERSON_INVALID');
  });

  it('advice cases keep one advice_visit registration in step: booked, done, reported (feeding “Aantal adviezen”)', async () => {
    const id = await open(staff, {
      typeKey: 'prevention_advice',
      openedOn: '2020-05-04',
      wijkCode: '12025W03',
      persons: [{ role: 'resident', fullName: 'Bewoner Demo' }],
    });
    expect(
      (await step(staff, id, { stepKey: 'booked', doneOn: '2020-05-04', choices: { kind: 'victim' } })).statusCode,
    ).toBe(201);
    expect((await step(staff, id, { stepKey: 'visit_done', doneOn: '2020-05-12' })).statusCode).toBe(201);
    expect((await step(staff, id, { stepKey: 'report_sent', doneOn: '2020-05-20' })).statusCode).toBe(201);
    const visits = await t.database.db.kysely
      .selectFrom('registration')
      .select(['category', 'status', 'occurred_on', 'wijk_code'])
      .where('type_key', '=', 'advice_visit')
      .where('deleted_at', 'is', null)
      .execute();
    expect(visits).toEqual([
      { category: 'victim', status: 'reported', occurred_on: '2020-05-12', wijk_code: '12025W03' },
    ]);
    const daily = await t.database.db.kysely
      .selectFrom('registration_daily')
      .select(['status', 'n'])
      .where('type_key', '=', 'advice_visit')
      .execute();
    expect(daily.filter((d) => Number(d.n) !== 0).map((d) => [d.status, Number(d.n)])).toEqual([['reported', 1]]);
  });

  it('exports everything about one person for a data-subject request (coordinator only), audited without the name', async () => {
    const id = await open(staff, {
      typeKey: 'neighbour_mediation',
      openedOn: '2020-06-01',
      persons: [{ role: 'party', fullName: 'Karel Subject', birthDate: '1970-01-02', email: 'karel@example.test' }],
    });
    await step(staff, id, {
      stepKey: 'intake',
      doneOn: '2020-06-05',
      choices: { conflict: 'noise' },
      note: 'Karel meldt lawaai van de buren.',
    });
    expect(
      (
        await staff.request({
          method: 'POST',
          url: '/api/cases/subject-export',
          payload: { fullName: 'Karel Subject' },
        })
      ).statusCode,
    ).toBe(403);
    const exported = await coordinator.request({
      method: 'POST',
      url: '/api/cases/subject-export',
      payload: { fullName: 'karel subject' },
    });
    expect(exported.statusCode).toBe(200);
    const body = exported.json<SubjectExport>();
    expect(body.cases).toHaveLength(1);
    expect(body.cases[0]).toMatchObject({
      person: { fullName: 'Karel Subject', email: 'karel@example.test' },
      case: { id },
      steps: [{ stepKey: 'intake', note: 'Karel meldt lawaai van de buren.' }],
    });
    const audit = await auditActions('case.subject_export');
    expect(audit.at(-1)?.after_json).toContain(id);
    expect(audit.at(-1)?.after_json).not.toContain('Karel');
  });

  it('erases personal data automatically once the retention period after closing has passed (ManualClock)', async () => {
    const upload = await staff.request({
      method: 'POST',
      url: '/api/files',
      payload: { name: 'verslag.txt', contentBase64: Buffer.from('Verslag over Rita Retentie').toString('base64') },
    });
    const fileId = upload.json<{ id: string }>().id;
    const id = await open(staff, {
      typeKey: 'neighbour_mediation',
      openedOn: '2020-07-01',
      persons: [{ role: 'party', fullName: 'Rita Retentie' }],
    });
    const stillOpen = await open(staff, {
      typeKey: 'neighbour_mediation',
      openedOn: '2020-07-01',
      persons: [{ role: 'party', fullName: 'Olaf Open' }],
    });
    await step(staff, id, { stepKey: 'intake', doneOn: '2020-07-02', note: 'Rita belde.' });
    await step(staff, id, { stepKey: 'result', doneOn: '2020-07-20', outcome: 'agreement' });
    expect(
      (await staff.request({ method: 'POST', url: `/api/cases/${id}/documents`, payload: { fileId } })).statusCode,
    ).toBe(201);
    expect((await staff.request({ method: 'GET', url: `/api/cases/${id}/documents/${fileId}` })).body).toContain(
      'Rita',
    );
    // Once a case holds it, the generic file route no longer serves it: only the case route, with its checks and audit.
    expect((await staff.request({ method: 'GET', url: `/api/files/${fileId}` })).statusCode).toBe(404);
    expect(
      (
        await staff.request({
          method: 'POST',
          url: `/api/cases/${id}/close`,
          payload: { outcome: 'concluded', closedOn: '2020-07-25' },
        })
      ).statusCode,
    ).toBe(200);
    t.clock.advance(17 * monthMs); // June 2022: still within 24 months of closing (sessions expired meanwhile)
    staff = await t.login('staff@mechelen.test');
    coordinator = await t.login('coordinator@mechelen.test');
    expect((await detail(staff, id)).persons[0]?.fullName).toBe('Rita Retentie');
    t.clock.advance(3 * monthMs); // past 24 months: the next read erases first
    staff = await t.login('staff@mechelen.test');
    coordinator = await t.login('coordinator@mechelen.test');
    const after = await detail(staff, id);
    expect(after).toMatchObject({
      persons: [{ fullName: null, erased: true, pseudonym: 'Partij 1' }],
      documents: [],
      steps: [{ note: null }, { note: null }],
    });
    expect(after.personalErasedAt).not.toBeNull();
    const rows = await t.database.db.kysely.selectFrom('case_person').selectAll().where('case_id', '=', id).execute();
    expect(JSON.stringify(rows)).not.toContain('Rita');
    expect(
      await t.database.db.kysely.selectFrom('stored_file').select('id').where('id', '=', fileId).executeTakeFirst(),
    ).toBeUndefined();
    expect((await auditActions('case.personal.erase')).map((a) => a.entity_id)).toContain(id);
    // Open cases are never erased, whatever their age.
    expect((await detail(staff, stillOpen)).persons[0]?.fullName).toBe('Olaf Open');
  });

  it('`svpp cases overdue --format json` lists the cases past a deadline for scripts', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'svpp-cases-cli-'));
    try {
      const db = dialect === 'sqlite' ? openDatabase({ sqliteFile: sqliteFileIn(dataDir) }) : undefined;
      const target: Db = db ?? t.database.db;
      if (db) await migrateToLatest(db);
      const clock = new ManualClock(new Date('2020-09-01T08:00:00Z'));
      const users = new UserService({ db: target, clock, hasher: testHasher });
      const { municipalityId, user } = await users.createWithMunicipality('clistad', {
        email: 'owner@clistad.test',
        displayName: 'Owner',
        role: 'coordinator',
        locale: 'nl',
        password: testPassword,
      });
      const service = new CaseService({ db: target, clock });
      const actor = { userId: user.id, role: 'coordinator' as const, municipalityId, email: 'owner@clistad.test' };
      const late = await service.create(actor, {
        typeKey: 'gas_adult',
        openedOn: '2020-01-15',
        persons: [{ role: 'offender', fullName: 'Cli Persoon' }],
        volunteerIds: [],
      });
      await db?.close();
      const env = {
        ...process.env,
        SVPP_DATA_DIR: dataDir,
        DATABASE_URL: dialect === 'postgres' ? (t.database.url ?? '') : '',
        SVPP_LOG_LEVEL: 'silent',
      };
      const { stdout } = await run(
        process.execPath,
        ['--import', 'tsx', 'src/cli/main.ts', 'cases', 'overdue', '--municipality', 'clistad', '--format', 'json'],
        { env, encoding: 'utf8', timeout: 120_000 },
      );
      const parsed = JSON.parse(stdout) as {
        municipality: string;
        count: number;
        overdue: { id: string; reference: string; deadline: string; due: string; daysOverdue: number }[];
      };
      expect(parsed).toMatchObject({
        municipality: 'clistad',
        count: 1,
        overdue: [{ id: late, reference: 'GAS-2020-001', deadline: 'decision', due: '2020-07-15' }],
      });
      expect(parsed.overdue[0]?.daysOverdue).toBeGreaterThan(100);
      expect(stdout).not.toContain('Cli Persoon');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe.each(dialects)('the case demo on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    t.clock.advance(2000 * 86_400_000); // late 2025: all of 2019–2020 lies in the past
  });
  afterAll(() => t.close());

  it('has cases of every type in 2019 and 2020, some overdue, the NERO figures and the volunteer ratio; loading twice adds nothing', async () => {
    // The demo lives relative to the day it is loaded: loaded on 31 December 2020, it holds 2019 and 2020.
    const deps = { db: t.database.db, clock: new ManualClock(new Date('2020-12-31T09:00:00Z')), hasher: testHasher };
    await loadDemo(deps);
    const db = t.database.db.kysely;
    const rows = await db.selectFrom('case_file').select(['type_key', 'opened_on']).execute();
    for (const type of ['gas_adult', 'nero', 'neighbour_mediation', 'street_corner', 'prevention_advice']) {
      for (const year of ['2019', '2020']) {
        expect(
          rows.filter((r) => r.type_key === type && r.opened_on.startsWith(year)).length,
          `${type} ${year}`,
        ).toBeGreaterThan(0);
      }
    }
    const coordinator = await t.login('preventie@mechelen.demo', 'mechelen-demo-2020');
    const overdue = (await coordinator.request({ method: 'GET', url: '/api/cases/overdue' })).json<OverdueList>();
    expect(new Set(overdue.items.map((i) => i.typeKey)).size).toBeGreaterThanOrEqual(3);
    const nero = (await coordinator.request({ method: 'GET', url: '/api/cases/nero-report?year=2020' })).json<{
      started: number;
      consentRefused: number;
      closedWithinFiveMonths: number;
    }>();
    expect(nero).toMatchObject({ started: 5, consentRefused: 1 });
    expect(nero.closedWithinFiveMonths).toBeGreaterThan(0);
    for (const format of ['pdf', 'docx', 'xlsx'] as const) {
      const document = await coordinator.request({
        method: 'GET',
        url: `/api/cases/nero-report/document?year=2020&format=${format}`,
      });
      expect(document.statusCode, format).toBe(200);
      expect(document.rawPayload.length).toBeGreaterThan(1000);
      if (dialect === 'sqlite') {
        mkdirSync('.tmp', { recursive: true });
        writeFileSync(path.join('.tmp', `nero-2020.${format}`), document.rawPayload);
      }
    }
    expect(
      (
        await coordinator.request({ method: 'GET', url: '/api/cases/nero-report/document?year=2020&format=pdf' })
      ).rawPayload
        .subarray(0, 4)
        .toString(),
    ).toBe('%PDF');
    const volunteers = (
      await coordinator.request({ method: 'GET', url: '/api/volunteers/statistics?year=2020' })
    ).json<{ newInYear: number; engagedOverAYear: number; ratio: number | null }>();
    expect(volunteers).toMatchObject({ newInYear: 2, engagedOverAYear: 7 });
    expect(volunteers.ratio).toBeCloseTo(0.29, 2);
    // Counted once for the indicators: "Aantal adviezen" reads the advice cases' registrations too.
    const advice = await db
      .selectFrom('registration')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('type_key', '=', 'advice_visit')
      .where('source', '=', 'case')
      .where('deleted_at', 'is', null)
      .executeTakeFirstOrThrow();
    expect(Number(advice.n)).toBe(20);
    const before = {
      cases: rows.length,
      registrations: await count(t.database.db, 'registration'),
      audit: await count(t.database.db, 'audit_log'),
    };
    await loadDemo(deps);
    expect({
      cases: await count(t.database.db, 'case_file'),
      registrations: await count(t.database.db, 'registration'),
      audit: await count(t.database.db, 'audit_log'),
    }).toEqual(before);
  });
});

async function count(db: Db, table: 'case_file' | 'registration' | 'audit_log'): Promise<number> {
  const row = await db.kysely
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorState, Overview } from '../../src/shared/api/indicators.schema.js';
import type { PlanVersionSummary } from '../../src/shared/api/plan.schema.js';
import type { Consultation } from '../../src/shared/api/consultations.schema.js';
import type { Subject } from '../../src/shared/subjects/subject.js';
import { incidentRegistrationId } from '../../src/server/features/guards/violence.service.js';
import { createTestApp, type Agent, type TestApp } from '../support/test-app.js';
import { dialects } from '../support/test-databases.js';

const mechelen = readFileSync('samples/plans/mechelen-svpp-2020.txt', 'utf8');
const allIndicators = (o: Overview): IndicatorState[] =>
  o.sections.flatMap((s) => s.strategic.flatMap((st) => st.operational.flatMap((op) => op.indicators)));
const code = (response: { json: <T>() => T }) => response.json<{ error: { code: string } }>().error.code;

// "Register once, every indicator follows" for the work other features record: each writes its pseudonymised
// registration in its own transaction, naming the subject the plan's indicator counts.
describe.each(dialects)('registrations written by other features on %s', (dialect) => {
  let t: TestApp;
  let coordinator: Agent;
  let guard: Agent;
  let staff: Agent;
  let subjects: Subject[];
  const overview = async () =>
    allIndicators(
      (
        await coordinator.request({ method: 'GET', url: '/api/indicators/overview?year=2020&asOf=2020-12-31' })
      ).json<Overview>(),
    );
  const indicator = async (pattern: RegExp) => {
    const found = (await overview()).find((i) => pattern.test(i.text));
    if (!found) throw new Error(`no indicator ${String(pattern)}`);
    return found;
  };
  const registrations = (where: { id?: string; type?: string; subjectId?: string }) => {
    let query = t.database.db.kysely.selectFrom('registration').selectAll().where('deleted_at', 'is', null);
    if (where.id) query = query.where('id', '=', where.id);
    if (where.type) query = query.where('type_key', '=', where.type);
    if (where.subjectId) query = query.where('subject_id', '=', where.subjectId);
    return query.execute();
  };
  const subject = (pattern: RegExp) => {
    const found = subjects.find((s) => pattern.test(s.key));
    if (!found) throw new Error(`no subject ${String(pattern)}`);
    return found;
  };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    t.clock.advance(200 * 86_400_000);
    await t.seedMunicipality('mechelen');
    coordinator = await t.login('coordinator@mechelen.test');
    guard = await t.login('guard@mechelen.test');
    staff = await t.login('staff@mechelen.test');
    const version = (
      await coordinator.request({
        method: 'POST',
        url: '/api/plan-versions',
        payload: { filename: 'plan.txt', text: mechelen, confirm: true },
      })
    ).json<PlanVersionSummary>();
    expect(version.status).toBe('confirmed');
    const proposed = (await overview()).filter((i) => i.proposal).map((i) => i.id);
    expect(
      (
        await coordinator.request({
          method: 'POST',
          url: '/api/indicators/proposals/confirm',
          payload: { indicatorIds: proposed },
        })
      ).statusCode,
    ).toBe(200);
    subjects = (await coordinator.request({ method: 'GET', url: '/api/subjects' })).json<{ subjects: Subject[] }>()
      .subjects;
  }, 120_000);
  afterAll(() => t.close());

  it('counts a violence incident on its Belgian day, without the guard or the description, and moves it when the incident changes', async () => {
    const id = randomUUID();
    // 23:30 UTC on 14 March is 00:30 on 15 March in Brussels (winter time).
    const incident = {
      occurredAt: '2020-03-14T23:30:00.000Z',
      kind: 'threat',
      injuries: 'none',
      place: { wijkCode: '12025W03' },
      description: 'Bedreigd door een voorbijganger',
      stepsDone: [0],
    };
    expect(
      (await guard.request({ method: 'POST', url: '/api/guards/incidents', payload: { id, ...incident } })).statusCode,
    ).toBe(201);
    expect(
      (await guard.request({ method: 'POST', url: '/api/guards/incidents', payload: { id, ...incident } })).statusCode,
    ).toBe(200);
    const [row, ...others] = await registrations({ type: 'violence_incident' });
    expect(others).toEqual([]);
    expect(row).toMatchObject({
      id: incidentRegistrationId(id),
      occurred_on: '2020-03-15',
      category: 'threat',
      wijk_code: '12025W03',
      source: 'violence',
      created_by: null,
      lat: null,
      address: null,
    });
    expect(row?.values_json).toBe(JSON.stringify({ kind: 'threat' }));
    const violence = await indicator(/geregistreerde geweldsfeiten/i);
    expect(violence.link).toMatchObject({ mode: 'query', state: 'confirmed' });
    expect(violence.value).toBe(1);

    // The coordinator corrects kind and moment: the same registration moves, nothing is counted twice.
    const corrected = await coordinator.request({
      method: 'POST',
      url: '/api/guards/incidents',
      payload: {
        id,
        ...incident,
        kind: 'physical',
        occurredAt: '2020-07-01T10:00:00.000Z',
        guardUserId: guard.me.user.id,
      },
    });
    expect(corrected.statusCode).toBe(200);
    expect(await registrations({ type: 'violence_incident' })).toEqual([
      expect.objectContaining({ id: incidentRegistrationId(id), occurred_on: '2020-07-01', category: 'physical' }),
    ]);
    expect((await indicator(/geregistreerde geweldsfeiten/i)).value).toBe(1);
    const daily = await t.database.db.kysely
      .selectFrom('registration_daily')
      .select(['category', 'day', 'n'])
      .where('type_key', '=', 'violence_incident')
      .where('n', '!=', 0)
      .execute();
    expect(daily).toEqual([{ category: 'physical', day: '2020-07-01', n: 1 }]);

    // New Year's Eve at 23:30 UTC is New Year's Day in Brussels: the registration and the statistics agree on 2020.
    const newYear = randomUUID();
    expect(
      (
        await guard.request({
          method: 'POST',
          url: '/api/guards/incidents',
          payload: { ...incident, id: newYear, occurredAt: '2019-12-31T23:30:00.000Z' },
        })
      ).statusCode,
    ).toBe(201);
    expect(await registrations({ id: incidentRegistrationId(newYear) })).toEqual([
      expect.objectContaining({ occurred_on: '2020-01-01' }),
    ]);
    const stats = (await coordinator.request({ method: 'GET', url: '/api/guards/incidents/stats?year=2020' })).json<{
      total: number;
      byMonth: number[];
    }>();
    expect([stats.total, stats.byMonth[0], stats.byMonth[6]]).toEqual([2, 1, 1]);
    expect((await indicator(/geregistreerde geweldsfeiten/i)).value).toBe(2);
  });

  it('makes an approved activity report count for "4 activiteitenrapporten" from its college step, and a correction moves it', async () => {
    const reportSubject = subject(/^report\.activity$/);
    const step = {
      subjectKind: 'report',
      subjectKey: 'activity:2020',
      step: 'college_referral',
      decidedOn: '2020-12-10',
      reference: 'Collegebesluit 10 december 2020 – punt 12',
    };
    expect((await coordinator.request({ method: 'PUT', url: '/api/decisions', payload: step })).statusCode).toBe(200);
    const reports = await indicator(/4 activiteitenrapporten/i);
    expect([reports.value, reports.status]).toEqual([1, 'missed']);
    expect(await registrations({ type: 'document', subjectId: reportSubject.id })).toEqual([
      expect.objectContaining({ status: 'approved', occurred_on: '2020-12-10', source: 'reports' }),
    ]);
    expect(await registrations({ type: 'decision', subjectId: reportSubject.id })).toEqual([
      expect.objectContaining({ status: 'college_referral', occurred_on: '2020-12-10', source: 'decisions' }),
    ]);
    // Only the approval step writes the document; the council's step is a decision registration only.
    expect(
      (
        await coordinator.request({
          method: 'PUT',
          url: '/api/decisions',
          payload: { ...step, step: 'council_approval', decidedOn: '2020-12-21' },
        })
      ).statusCode,
    ).toBe(200);
    expect(await registrations({ type: 'document', subjectId: reportSubject.id })).toHaveLength(1);
    expect(await registrations({ type: 'decision', subjectId: reportSubject.id })).toHaveLength(2);
    // A corrected date moves the same registration: still one approved report.
    expect(
      (
        await coordinator.request({
          method: 'PUT',
          url: '/api/decisions',
          payload: { ...step, decidedOn: '2020-12-01' },
        })
      ).statusCode,
    ).toBe(200);
    expect(await registrations({ type: 'document', subjectId: reportSubject.id })).toEqual([
      expect.objectContaining({ occurred_on: '2020-12-01' }),
    ]);
    expect((await indicator(/4 activiteitenrapporten/i)).value).toBe(1);
  });

  it('counts the college step on the action programmes when the step names that decision subject, and refuses a subject of another register', async () => {
    const programmes = subject(/\.decision\.actieprogramma-s$/);
    const step = {
      subjectKind: 'report',
      subjectKey: 'evaluation:2019',
      step: 'college_referral',
      decidedOn: '2020-03-23',
      reference: 'Collegebesluit 23 maart 2020',
    };
    const wrong = await coordinator.request({
      method: 'PUT',
      url: '/api/decisions',
      payload: { ...step, subjectId: subject(/\.meeting\.cpr$/).id },
    });
    expect([wrong.statusCode, code(wrong)]).toEqual([422, 'SUBJECT_WRONG_REGISTER']);
    const unknown = await coordinator.request({
      method: 'PUT',
      url: '/api/decisions',
      payload: { ...step, subjectId: randomUUID() },
    });
    expect([unknown.statusCode, code(unknown)]).toEqual([422, 'SUBJECT_UNKNOWN']);
    expect(await registrations({ type: 'decision', subjectId: programmes.id })).toEqual([]);

    expect(
      (
        await coordinator.request({
          method: 'PUT',
          url: '/api/decisions',
          payload: { ...step, subjectId: programmes.id },
        })
      ).statusCode,
    ).toBe(200);
    expect((await indicator(/collegeverslagen ter goedkeuring/i)).value).toBe(1);
    // A correction that names no subject keeps the one named before.
    expect(
      (
        await coordinator.request({
          method: 'PUT',
          url: '/api/decisions',
          payload: { ...step, decidedOn: '2020-03-24' },
        })
      ).statusCode,
    ).toBe(200);
    expect(await registrations({ type: 'decision', subjectId: programmes.id })).toEqual([
      expect.objectContaining({ occurred_on: '2020-03-24' }),
    ]);
    // The approved evaluation report has its own report subject, created when the plan had none.
    const evaluationSubject = (await coordinator.request({ method: 'GET', url: '/api/subjects?typeKey=document' }))
      .json<{ subjects: Subject[] }>()
      .subjects.find((s) => s.reportKind === 'evaluation');
    expect(evaluationSubject).toMatchObject({ key: 'report.evaluation', state: 'proposed' });
    expect(await registrations({ type: 'document', subjectId: evaluationSubject?.id ?? '' })).toHaveLength(1);
  });

  it('names the police–prevention subject in the meeting that final consultation minutes register', async () => {
    const policePrevention = subjects.filter((s) => s.typeKey === 'meeting' && s.category === 'police_prevention');
    expect(policePrevention).toHaveLength(1);
    const consultation = (
      await staff.request({ method: 'POST', url: '/api/consultations', payload: { heldOn: '2020-11-05' } })
    ).json<Consultation>();
    expect(
      (
        await staff.request({
          method: 'PUT',
          url: `/api/consultations/${consultation.id}/minutes`,
          payload: { attendees: 'Politie\nPreventiedienst', minutes: 'Hotspots besproken.' },
        })
      ).statusCode,
    ).toBe(200);
    const final = (
      await staff.request({ method: 'POST', url: `/api/consultations/${consultation.id}/finalize` })
    ).json<Consultation>();
    expect(await registrations({ id: final.registrationId ?? '' })).toEqual([
      expect.objectContaining({
        type_key: 'meeting',
        category: 'police_prevention',
        subject_id: policePrevention[0]?.id,
        occurred_on: '2020-11-05',
      }),
    ]);
    expect((await indicator(/werkverslagen van het overleg is groter of gelijk aan 26/i)).value).toBe(1);
  });

  it('lets an agreement name the document subject it is, in the agreement’s own transaction', async () => {
    const rojm = subject(/\.document\.samenwerkingsovereenkomst-stad-jeugdhuis-rojm$/);
    const partner = (
      await coordinator.request({
        method: 'POST',
        url: '/api/partners',
        payload: { name: 'Jeugdhuis ROJM', kind: 'non_profit' },
      })
    ).json<{ id: string }>();
    const agreement = {
      partnerId: partner.id,
      title: 'Samenwerkingsovereenkomst jeugdhuis',
      objectives: ['Halfjaarlijks overleg'],
      rhythm: 'half_yearly',
      signedOn: '2020-02-03',
    };
    const wrong = await coordinator.request({
      method: 'POST',
      url: '/api/agreements',
      payload: { ...agreement, subjectId: subject(/\.meeting\.cpr$/).id },
    });
    expect([wrong.statusCode, code(wrong)]).toEqual([422, 'SUBJECT_WRONG_REGISTER']);
    expect(await t.database.db.kysely.selectFrom('agreement').selectAll().execute()).toEqual([]);
    const created = await coordinator.request({
      method: 'POST',
      url: '/api/agreements',
      payload: { ...agreement, subjectId: rojm.id },
    });
    expect(created.statusCode).toBe(201);
    expect(await registrations({ id: created.json<{ id: string }>().id })).toEqual([
      expect.objectContaining({
        type_key: 'document',
        category: 'agreement',
        status: 'approved',
        subject_id: rojm.id,
        source: 'partners',
      }),
    ]);
    expect(
      (await indicator(/samenwerkingsovereenkomst tussen de stad en jeugdhuis ROJM/i)).value,
    ).toBeGreaterThanOrEqual(1);
  });
});

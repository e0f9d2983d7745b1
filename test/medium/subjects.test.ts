import { readFileSync } from 'node:fs';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../src/shared/api/audit.schema.js';
import type { IndicatorState, Overview } from '../../src/shared/api/indicators.schema.js';
import type { PlanVersionSummary } from '../../src/shared/api/plan.schema.js';
import type { Registration } from '../../src/shared/api/registrations.schema.js';
import { errorMessage } from '../../src/shared/errors/error-catalog.js';
import type { Subject } from '../../src/shared/subjects/subject.js';
import { createTestApp, type Agent, type TestApp } from '../support/test-app.js';
import { dialects } from '../support/test-databases.js';

const mechelen = readFileSync('samples/plans/mechelen-svpp-2020.txt', 'utf8');
const allIndicators = (o: Overview): IndicatorState[] =>
  o.sections.flatMap((s) => s.strategic.flatMap((st) => st.operational.flatMap((op) => op.indicators)));
const cprText = /^Aantal vergaderingen van de CPR/i;

describe.each(dialects)('subjects: bad input, merges and flags on %s', (dialect) => {
  let t: TestApp;
  let coordinator: Agent;
  let betaCoordinator: Agent;
  let cpr: IndicatorState;
  let cprSubjectId: string;
  let betaSubject: Subject;
  const overview = async () =>
    (await coordinator.request({ method: 'GET', url: '/api/indicators/overview?year=2020' })).json<Overview>();
  const indicator = async (id: string) => allIndicators(await overview()).find((i) => i.id === id);
  const meetings = async () =>
    (await coordinator.request({ method: 'GET', url: '/api/registrations?type=meeting&limit=500' })).json<{
      total: number;
    }>().total;
  const subjects = async (agent: Agent = coordinator) =>
    (await agent.request({ method: 'GET', url: '/api/subjects?includeInactive=true' })).json<{ subjects: Subject[] }>()
      .subjects;
  const meeting = (
    subjectId: string,
    day = '2020-03-10',
    typeKey = 'meeting',
    values: Record<string, unknown> = { kind: 'cpr' },
  ) => ({
    method: 'POST' as const,
    url: '/api/registrations',
    payload: { typeKey, occurredOn: day, subjectId, values },
  });
  const create = async (agent: Agent, name: string, typeKey = 'meeting', kind = 'body') => {
    const response = await agent.request({ method: 'POST', url: '/api/subjects', payload: { typeKey, kind, name } });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<Subject>();
  };
  /** A refusal with a stable code and the catalog's message in the request's language. */
  const refused = (
    response: LightMyRequestResponse,
    status: number,
    code: Parameters<typeof errorMessage>[0],
    locale: 'nl' | 'fr' = 'nl',
  ) => {
    expect(response.statusCode, response.body).toBe(status);
    expect(response.json()).toMatchObject({ error: { code, message: errorMessage(code, locale) } });
  };
  const fr = { svpp_locale: 'fr' };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    await t.seedMunicipality('mechelen');
    await t.seedMunicipality('beta');
    coordinator = await t.login('coordinator@mechelen.test');
    betaCoordinator = await t.login('coordinator@beta.test');
    const version = (
      await coordinator.request({
        method: 'POST',
        url: '/api/plan-versions',
        payload: { filename: 'plan.txt', text: mechelen, confirm: true },
      })
    ).json<PlanVersionSummary>();
    expect(version.status).toBe('confirmed');
    await coordinator.request({ method: 'POST', url: '/api/indicators/proposals', payload: {} });
    const found = allIndicators(await overview()).find((i) => cprText.test(i.text));
    if (!found?.proposal || found.proposal.link.mode !== 'query' || !found.proposal.link.query.subjectId) {
      throw new Error('no CPR proposal with a subject');
    }
    cpr = found;
    cprSubjectId = found.proposal.link.query.subjectId;
    expect(
      (
        await coordinator.request({
          method: 'POST',
          url: '/api/indicators/proposals/confirm',
          payload: { indicatorIds: [cpr.id] },
        })
      ).statusCode,
    ).toBe(200);
    betaSubject = await create(betaCoordinator, 'Beta adviesraad');
  });
  afterAll(() => t.close());

  it('says what a saved registration counts for: the CPR indicator with its value and target', async () => {
    const saved = await coordinator.request(meeting(cprSubjectId));
    expect(saved.statusCode, saved.body).toBe(201);
    expect(saved.json<Registration>()).toMatchObject({
      subjectId: cprSubjectId,
      countsFor: [{ indicatorId: cpr.id, text: cpr.text, value: 1, required: 3, status: 'at_risk' }],
    });
    // A meeting without the subject counts for nothing the plan says.
    expect(
      (
        await coordinator.request({
          method: 'POST',
          url: '/api/registrations',
          payload: { typeKey: 'meeting', occurredOn: '2020-03-11', values: { kind: 'other' } },
        })
      ).json<Registration>().countsFor ?? [],
    ).toEqual([]);
  });

  it('refuses a subject of another municipality, an inactive one and one of another register, storing nothing', async () => {
    const before = await meetings();
    const beforeValue = (await indicator(cpr.id))?.value;
    refused(await coordinator.request(meeting(betaSubject.id)), 422, 'SUBJECT_UNKNOWN');
    refused(await coordinator.request({ ...meeting(betaSubject.id), cookies: fr }), 422, 'SUBJECT_UNKNOWN', 'fr');
    refused(await coordinator.request(meeting('00000000-0000-4000-8000-000000000000')), 422, 'SUBJECT_UNKNOWN');

    const stopped = await create(coordinator, 'Opgeheven overleg');
    expect(
      (await coordinator.request({ method: 'PATCH', url: `/api/subjects/${stopped.id}`, payload: { active: false } }))
        .statusCode,
    ).toBe(200);
    refused(await coordinator.request(meeting(stopped.id)), 422, 'SUBJECT_INACTIVE');
    refused(await coordinator.request({ ...meeting(stopped.id), cookies: fr }), 422, 'SUBJECT_INACTIVE', 'fr');

    refused(
      await coordinator.request(meeting(cprSubjectId, '2020-03-12', 'activity', { kind: 'training' })),
      422,
      'SUBJECT_WRONG_REGISTER',
    );
    refused(
      await coordinator.request({
        ...meeting(cprSubjectId, '2020-03-12', 'activity', { kind: 'training' }),
        cookies: fr,
      }),
      422,
      'SUBJECT_WRONG_REGISTER',
      'fr',
    );

    expect(await meetings()).toBe(before);
    expect(
      (await coordinator.request({ method: 'GET', url: '/api/registrations?type=activity' })).json<{ total: number }>()
        .total,
    ).toBe(0);
    expect((await indicator(cpr.id))?.value).toBe(beforeValue);
  });

  it('refuses a merge onto another register’s subject (422) or another municipality’s (404), and a ratio over zero (400)', async () => {
    const training = await create(coordinator, 'Vorming retail', 'activity', 'activity');
    const twin = await create(coordinator, 'CPR (tweede naam)');
    const list = await subjects();
    // Each subject names its indicators in the plan's order (not the links' row order, which PostgreSQL may change).
    for (const subject of list) {
      const numbers = subject.indicators.map((i) => i.number);
      expect(numbers).toEqual([...numbers].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
    }
    expect(list.some((subject) => subject.indicators.length > 1)).toBe(true);
    refused(
      await coordinator.request({
        method: 'POST',
        url: `/api/subjects/${twin.id}/merge`,
        payload: { intoId: training.id },
      }),
      422,
      'SUBJECT_MERGE_WRONG_REGISTER',
    );
    refused(
      await coordinator.request({
        method: 'POST',
        url: `/api/subjects/${twin.id}/merge`,
        payload: { intoId: training.id },
        cookies: fr,
      }),
      422,
      'SUBJECT_MERGE_WRONG_REGISTER',
      'fr',
    );
    refused(
      await coordinator.request({
        method: 'POST',
        url: `/api/subjects/${twin.id}/merge`,
        payload: { intoId: betaSubject.id },
      }),
      404,
      'NOT_FOUND',
    );
    refused(
      await coordinator.request({
        method: 'POST',
        url: `/api/subjects/${twin.id}/merge`,
        payload: { intoId: betaSubject.id },
        cookies: fr,
      }),
      404,
      'NOT_FOUND',
      'fr',
    );
    // Whichever id sorts first (the merge locks in id order): every Mechelen subject onto Beta's, and Beta's onto each.
    for (const own of list) {
      expect(
        (
          await coordinator.request({
            method: 'POST',
            url: `/api/subjects/${own.id}/merge`,
            payload: { intoId: betaSubject.id },
          })
        ).statusCode,
      ).toBe(404);
      expect(
        (
          await coordinator.request({
            method: 'POST',
            url: `/api/subjects/${betaSubject.id}/merge`,
            payload: { intoId: own.id },
          })
        ).statusCode,
      ).toBe(404);
    }
    // Beta's coordinator cannot reach Mechelen's subjects either way.
    refused(
      await betaCoordinator.request({
        method: 'POST',
        url: `/api/subjects/${betaSubject.id}/merge`,
        payload: { intoId: twin.id },
      }),
      404,
      'NOT_FOUND',
    );
    expect(await subjects()).toEqual(list);
    expect((await subjects(betaCoordinator)).map((s) => s.id)).toEqual([betaSubject.id]);

    const linkBefore = (await indicator(cpr.id))?.link;
    const ratio = {
      mode: 'ratio',
      ratio: {
        numerator: { typeKey: 'meeting', subjectId: cprSubjectId, measure: 'count' },
        denominator: { constant: 0 },
        scale: 100,
      },
    };
    refused(
      await coordinator.request({ method: 'PUT', url: `/api/indicators/${cpr.id}/link`, payload: ratio }),
      400,
      'VALIDATION_FAILED',
    );
    refused(
      await coordinator.request({ method: 'PUT', url: `/api/indicators/${cpr.id}/link`, payload: ratio, cookies: fr }),
      400,
      'VALIDATION_FAILED',
      'fr',
    );
    refused(
      await coordinator.request({
        method: 'PUT',
        url: `/api/indicators/${cpr.id}/link`,
        payload: { ...ratio, ratio: { ...ratio.ratio, denominator: { constant: -2 } } },
      }),
      400,
      'VALIDATION_FAILED',
    );
    // A ratio may not read another municipality's subject.
    refused(
      await coordinator.request({
        method: 'PUT',
        url: `/api/indicators/${cpr.id}/link`,
        payload: {
          mode: 'ratio',
          ratio: { ...ratio.ratio, denominator: { typeKey: 'meeting', subjectId: betaSubject.id, measure: 'count' } },
        },
      }),
      422,
      'SUBJECT_UNKNOWN',
    );
    expect((await indicator(cpr.id))?.link).toEqual(linkBefore);
  });

  it('merges a subject into another of its register: the registrations move, the indicator follows, the audit log says so', async () => {
    const twin = (await subjects()).find((s) => s.name === 'CPR (tweede naam)');
    if (!twin) throw new Error('no twin subject');
    for (const day of ['2020-04-01', '2020-05-01']) {
      expect((await coordinator.request(meeting(twin.id, day))).statusCode).toBe(201);
    }
    expect((await indicator(cpr.id))?.value).toBe(1);
    const merged = await coordinator.request({
      method: 'POST',
      url: `/api/subjects/${twin.id}/merge`,
      payload: { intoId: cprSubjectId },
    });
    expect(merged.statusCode, merged.body).toBe(200);
    expect(merged.json()).toEqual({ moved: 2 });
    expect(await indicator(cpr.id)).toMatchObject({ value: 3, sources: 3, status: 'achieved' });
    const after = await subjects();
    expect(after.find((s) => s.id === twin.id)).toMatchObject({
      active: false,
      mergedIntoId: cprSubjectId,
      registrations: 0,
    });
    expect(after.find((s) => s.id === cprSubjectId)).toMatchObject({ active: true, registrations: 3 });
    // The merged subject is no longer named by new registrations.
    refused(await coordinator.request(meeting(twin.id)), 422, 'SUBJECT_INACTIVE');
    const admin = await t.login('admin@mechelen.test');
    const audit = (await admin.request({ method: 'GET', url: '/api/audit?limit=50' })).json<{ entries: AuditEntry[] }>()
      .entries;
    expect(audit.find((e) => e.action === 'subject.merge')).toMatchObject({
      entity: 'subject',
      entityId: twin.id,
      actorEmail: 'coordinator@mechelen.test',
      after: { merged_into_id: cprSubjectId, registrations_moved: 2 },
    });
  });

  it('flags two indicators on one computation and a value five times its target, until a person accepts with a comment', async () => {
    const candidates = allIndicators(await overview()).filter(
      (i) => !cprText.test(i.text) && i.targets.some((target) => target.kind === 'count'),
    );
    const [first, second] = candidates;
    if (!first || !second) throw new Error('no indicators to link');
    const other = await create(coordinator, 'Werkgroep buurt');
    const same = { mode: 'query', query: { typeKey: 'meeting', subjectId: other.id, measure: 'count' } };
    for (const i of [first, second]) {
      expect(
        (await coordinator.request({ method: 'PUT', url: `/api/indicators/${i.id}/link`, payload: same })).statusCode,
      ).toBe(200);
    }
    const a = await indicator(first.id);
    const b = await indicator(second.id);
    const flagOf = (i: IndicatorState | undefined) => i?.flags?.find((f) => f.kind === 'shared_computation');
    expect(flagOf(a)).toMatchObject({ accepted: null, others: [expect.stringContaining(second.text)] });
    expect(flagOf(b)).toMatchObject({ accepted: null, others: [expect.stringContaining(first.text)] });
    const flag = flagOf(a);
    if (!flag) throw new Error('no flag');
    expect(
      (
        await coordinator.request({
          method: 'POST',
          url: `/api/indicators/${first.id}/flags/accept?year=2020`,
          payload: { kind: 'shared_computation', fingerprint: flag.fingerprint, comment: 'Zelfde werkgroep, bewust.' },
        })
      ).statusCode,
    ).toBe(200);
    expect(flagOf(await indicator(first.id))?.accepted).toMatchObject({ comment: 'Zelfde werkgroep, bewust.' });
    expect(flagOf(await indicator(second.id))?.accepted).toBeNull();
    refused(
      await coordinator.request({
        method: 'POST',
        url: `/api/indicators/${first.id}/flags/accept?year=2020`,
        payload: { kind: 'far_above_target', fingerprint: 'nothing', comment: 'Niets.' },
      }),
      409,
      'INDICATOR_NOT_FLAGGED',
    );

    // The CPR (target 3) at 15 meetings: five times its target.
    expect((await indicator(cpr.id))?.flags?.some((f) => f.kind === 'far_above_target')).toBe(false);
    for (let n = 0; n < 12; n++) {
      expect(
        (await coordinator.request(meeting(cprSubjectId, `2020-06-${String(n + 1).padStart(2, '0')}`))).statusCode,
      ).toBe(201);
    }
    const far = (await indicator(cpr.id))?.flags?.find((f) => f.kind === 'far_above_target');
    expect(far).toMatchObject({ value: 15, required: 3, accepted: null });
    // The table says it in words.
    const table = (
      await coordinator.request({ method: 'GET', url: '/api/indicators/table?year=2020&format=json&lang=nl' })
    ).json<{ indicators: { indicatorId: string; flags: { kind: string; words: string }[] }[] }>();
    expect(table.indicators.find((r) => r.indicatorId === cpr.id)?.flags).toEqual([
      expect.objectContaining({
        kind: 'far_above_target',
        words: expect.stringContaining('Waarde 15 is minstens vijf keer de streefwaarde 3') as unknown,
      }) as unknown,
    ]);
    expect(table.indicators.find((r) => r.indicatorId === first.id)?.flags[0]?.words).toContain(
      'Aanvaard: Zelfde werkgroep, bewust.',
    );
  });
});

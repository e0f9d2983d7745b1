import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Overview, IndicatorState } from '../../src/shared/api/indicators.schema.js';
import type { PlanVersionSummary } from '../../src/shared/api/plan.schema.js';
import { createTestApp, type Agent, type TestApp } from '../support/test-app.js';
import { dialects } from '../support/test-databases.js';

const mechelen = readFileSync('samples/plans/mechelen-svpp-2020.txt', 'utf8');
const allIndicators = (o: Overview): IndicatorState[] =>
  o.sections.flatMap((s) => s.strategic.flatMap((st) => st.operational.flatMap((op) => op.indicators)));

describe.each(dialects)('indicators computed from registrations on %s', (dialect) => {
  let t: TestApp;
  let coordinator: Agent;
  let overview: (query?: string) => Promise<Overview>;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    t.clock.advance(200 * 86_400_000);
    await t.seedMunicipality('mechelen');
    coordinator = await t.login('coordinator@mechelen.test');
    const version = (
      await coordinator.request({
        method: 'POST',
        url: '/api/plan-versions',
        payload: { filename: 'plan.txt', text: mechelen, confirm: true },
      })
    ).json<PlanVersionSummary>();
    expect(version.status).toBe('confirmed');
    overview = async (query = 'year=2020&asOf=2020-12-31') =>
      (await coordinator.request({ method: 'GET', url: `/api/indicators/overview?${query}` })).json<Overview>();
  });
  afterAll(() => t.close());

  const cprOf = (o: Overview) => allIndicators(o).find((i) => /vergaderingen van de CPR/i.test(i.text));

  it('proposes at import what each indicator counts — its own subject — and nothing counts until a person confirms it', async () => {
    const before = await overview();
    expect(before.plan.status).toBe('no_data');
    const subjects = (await coordinator.request({ method: 'GET', url: '/api/subjects?typeKey=meeting' })).json<{
      subjects: { id: string; name: string; state: string; category: string | null }[];
    }>().subjects;
    const cprSubject = subjects.find((s) => s.name === 'CPR');
    expect(cprSubject).toMatchObject({ state: 'proposed', category: 'cpr' });
    expect(subjects.find((s) => /overlegplatform probleemgedrag/i.test(s.name))).toBeDefined();
    expect(cprOf(before)?.proposal?.link).toEqual({
      mode: 'query',
      query: { typeKey: 'meeting', subjectId: cprSubject?.id, measure: 'count' },
    });
    expect(cprOf(before)).toMatchObject({
      status: 'no_data',
      link: { state: 'proposed', subjects: [{ name: 'CPR' }] },
    });
    // Every indicator already has a proposal (a computation or a manual reason): another round proposes nothing new.
    expect(allIndicators(before).every((i) => i.link !== null)).toBe(true);
    expect(
      (await coordinator.request({ method: 'POST', url: '/api/indicators/proposals', payload: {} })).json<{
        proposed: number;
      }>().proposed,
    ).toBe(0);
  });

  it('computes the CPR indicator from meetings that name the CPR, once the link is confirmed, with pace and history', async () => {
    const cpr = cprOf(await overview());
    if (!cpr) throw new Error('no CPR indicator');
    const subjectId = cpr.proposal?.link.mode === 'query' ? cpr.proposal.link.query.subjectId : undefined;
    expect(
      (
        await coordinator.request({
          method: 'POST',
          url: '/api/indicators/proposals/confirm',
          payload: { indicatorIds: [cpr.id] },
        })
      ).json(),
    ).toMatchObject({ confirmed: 1 });
    for (const day of ['2019-03-01', '2019-06-01', '2019-10-01', '2020-02-10', '2020-05-12']) {
      await coordinator.request({
        method: 'POST',
        url: '/api/registrations',
        payload: { typeKey: 'meeting', occurredOn: day, values: { kind: 'cpr' }, subjectId },
      });
    }
    // Another body's meeting, and a CPR-kind meeting that names no subject, count for nothing here.
    await coordinator.request({
      method: 'POST',
      url: '/api/registrations',
      payload: { typeKey: 'meeting', occurredOn: '2020-05-13', values: { kind: 'steering_group' } },
    });
    await coordinator.request({
      method: 'POST',
      url: '/api/registrations',
      payload: { typeKey: 'meeting', occurredOn: '2020-05-14', values: { kind: 'cpr' } },
    });
    const endOfYear = cprOf(await overview());
    expect(endOfYear).toMatchObject({
      status: 'missed',
      value: 2,
      sources: 2,
      reason: { rule: 'not_met', value: 2, required: 3 },
      history: [{ year: 2019, status: 'achieved', value: 3 }],
    });
    expect(endOfYear?.months.slice(0, 6)).toEqual([0, 1, 0, 0, 1, 0]);
    expect(cprOf(await overview('year=2020&asOf=2020-06-30'))?.status).toBe('on_track');
    const saved = await coordinator.request({
      method: 'POST',
      url: '/api/registrations',
      payload: { typeKey: 'meeting', occurredOn: '2020-11-20', values: { kind: 'cpr' }, subjectId },
    });
    // Saving says what it counted for and where that indicator stands now.
    expect(saved.json<{ countsFor: unknown[] }>().countsFor).toEqual([
      expect.objectContaining({ indicatorId: cpr.id, value: 3, required: 3, status: 'achieved' }),
    ]);
    expect(cprOf(await overview())?.status).toBe('achieved');
    const subjects = (await coordinator.request({ method: 'GET', url: '/api/subjects?typeKey=meeting' })).json<{
      subjects: { id: string; state: string; registrations: number }[];
    }>().subjects;
    expect(subjects.find((s) => s.id === subjectId)).toMatchObject({ state: 'confirmed', registrations: 6 });
  });

  it('rejects a proposal for good and removes a confirmed link, leaving no link and no proposal', async () => {
    const proposedOne = allIndicators(await overview()).find((i) => i.link?.state === 'proposed');
    if (!proposedOne) throw new Error('no proposed link left');
    const reject = await coordinator.request({ method: 'DELETE', url: `/api/indicators/${proposedOne.id}/link` });
    expect(reject.statusCode).toBe(200);
    const afterReject = allIndicators(await overview()).find((i) => i.id === proposedOne.id);
    expect(afterReject).toMatchObject({ link: null, proposal: null, status: 'no_data' });
    // A new round of proposals does not bring the rejected one back; rejecting twice is a conflict.
    await coordinator.request({ method: 'POST', url: '/api/indicators/proposals', payload: {} });
    expect(allIndicators(await overview()).find((i) => i.id === proposedOne.id)?.link).toBeNull();
    expect(
      (await coordinator.request({ method: 'DELETE', url: `/api/indicators/${proposedOne.id}/link` })).json(),
    ).toMatchObject({ error: { code: 'INDICATOR_NO_LINK' } });
    // A person can still link it by hand afterwards.
    expect(
      (
        await coordinator.request({
          method: 'PUT',
          url: `/api/indicators/${proposedOne.id}/link`,
          payload: { mode: 'manual' },
        })
      ).statusCode,
    ).toBe(200);
    expect(allIndicators(await overview()).find((i) => i.id === proposedOne.id)?.link).toMatchObject({
      mode: 'manual',
      state: 'confirmed',
    });
    expect(
      (await coordinator.request({ method: 'DELETE', url: `/api/indicators/${proposedOne.id}/link` })).statusCode,
    ).toBe(200);
    expect(allIndicators(await overview()).find((i) => i.id === proposedOne.id)?.link).toBeNull();
    const staff = await t.login('staff@mechelen.test');
    expect((await staff.request({ method: 'DELETE', url: `/api/indicators/${proposedOne.id}/link` })).statusCode).toBe(
      403,
    );
  });

  it('follows a manual indicator by its entered values and an exists-target by an approved document', async () => {
    const o = await overview();
    const monitor = allIndicators(o).find((i) => i.text === 'Aantal vrijwilligers');
    const playbook = allIndicators(o).find((i) => i.targets[0]?.kind === 'exists' && /draaiboek/i.test(i.text));
    if (!monitor || !playbook) throw new Error('indicators not found');
    await coordinator.request({
      method: 'PUT',
      url: `/api/indicators/${monitor.id}/link`,
      payload: { mode: 'manual' },
    });
    expect(
      (
        await coordinator.request({
          method: 'PUT',
          url: `/api/indicators/${monitor.id}/values`,
          payload: { periodStart: '2020-01-01', periodEnd: '2020-12-31', value: 17, comment: 'telling december' },
        })
      ).statusCode,
    ).toBe(200);
    const bad = await coordinator.request({
      method: 'PUT',
      url: `/api/indicators/${monitor.id}/values`,
      payload: { periodStart: '2020-12-31', periodEnd: '2020-01-01', value: 1 },
    });
    expect(bad.statusCode).toBe(400);
    await coordinator.request({
      method: 'PUT',
      url: `/api/indicators/${playbook.id}/link`,
      payload: {
        mode: 'query',
        query: { typeKey: 'document', categories: ['playbook'], statuses: ['approved'], measure: 'count' },
      },
    });
    const missing = allIndicators(await overview()).find((i) => i.id === playbook.id);
    expect(missing?.status).toBe('missed');
    await coordinator.request({
      method: 'POST',
      url: '/api/registrations',
      payload: {
        typeKey: 'document',
        occurredOn: '2019-05-01',
        values: { kind: 'playbook', status: 'approved', title: 'Draaiboek' },
      },
    });
    const after = await overview();
    expect(allIndicators(after).find((i) => i.id === monitor.id)).toMatchObject({ status: 'monitor', value: 17 });
    expect(allIndicators(after).find((i) => i.id === playbook.id)?.status).toBe('achieved');
  });

  it('rolls statuses up to objectives, sections, programmes and the plan with the weakest-link rule', async () => {
    const o = await overview();
    const section = o.sections.find((s) =>
      s.strategic.some((st) =>
        st.operational.some((op) => op.indicators.some((i) => /vergaderingen van de CPR/i.test(i.text))),
      ),
    );
    expect(section?.counts.achieved).toBeGreaterThanOrEqual(1);
    expect(o.programmes).toHaveLength(4);
    expect(['achieved', 'on_track', 'at_risk', 'missed']).toContain(o.plan.status);
    expect(o.plan.counts.missed ?? 0).toBeGreaterThanOrEqual(0);
  });

  it('keeps the evaluator’s yearly text and status beside the computed status', async () => {
    const list = (await coordinator.request({ method: 'GET', url: '/api/evaluations?year=2020' })).json<{
      evaluations: { objectiveId: string; computedStatus: string; evaluation: unknown }[];
    }>();
    expect(list.evaluations).toHaveLength(54);
    const target = list.evaluations.find((e) => e.computedStatus === 'achieved') ?? list.evaluations[0];
    const body = {
      done: 'Drie CPR-vergaderingen.',
      bottlenecks: 'Weinig partners in maart.',
      adjustments: 'Uitnodiging vroeger sturen.',
      status: 'on_track',
    };
    const written = await coordinator.request({
      method: 'PUT',
      url: `/api/evaluations/${target?.objectiveId}/2020`,
      payload: body,
    });
    expect(written.json()).toMatchObject({
      year: 2020,
      computedStatus: target?.computedStatus,
      evaluation: {
        done: body.done,
        status: 'on_track',
        computedStatusAtWriting: target?.computedStatus,
        updatedBy: 'coordinator@mechelen.test',
      },
    });
    const staff = await t.login('staff@mechelen.test');
    expect(
      (await staff.request({ method: 'PUT', url: `/api/evaluations/${target?.objectiveId}/2020`, payload: body }))
        .statusCode,
    ).toBe(403);
    const strategicId = (
      await coordinator.request({ method: 'GET', url: '/api/indicators/overview?year=2020' })
    ).json<Overview>().sections[0]?.strategic[0]?.id;
    expect(
      (await coordinator.request({ method: 'PUT', url: `/api/evaluations/${strategicId}/2020`, payload: body }))
        .statusCode,
    ).toBe(404);
  });

  it('lets staff read but not link, and refuses unknown indicators', async () => {
    const staff = await t.login('staff@mechelen.test');
    const some = allIndicators(await overview())[0];
    expect(
      (await staff.request({ method: 'PUT', url: `/api/indicators/${some?.id}/link`, payload: { mode: 'manual' } }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await coordinator.request({
          method: 'PUT',
          url: '/api/indicators/00000000-0000-4000-8000-000000000000/link',
          payload: { mode: 'manual' },
        })
      ).statusCode,
    ).toBe(404);
  });
});

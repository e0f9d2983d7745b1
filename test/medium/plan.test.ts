import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanTree, PlanVersionSummary } from '../../src/shared/api/plan.schema.js';
import { createTestApp, type Agent, type TestApp } from '../support/test-app.js';
import { dialects } from '../support/test-databases.js';

const mechelen = readFileSync('samples/plans/mechelen-svpp-2020.txt', 'utf8');

/** The 2021 extension: the same plan one year later, with one indicator reworded and one added. */
const extension2021 = mechelen
  .replaceAll('2020', '2021')
  .replace('Aantal vergaderingen van de CPR', 'Aantal vergaderingen van de Comité Preventie Raad CPR');

describe.each(dialects)('plan import and workspace on %s', (dialect) => {
  let t: TestApp;
  let coordinator: Agent;
  let first: PlanVersionSummary;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    await t.seedMunicipality('alpha');
    coordinator = await t.login('coordinator@alpha.test');
    const response = await coordinator.request({
      method: 'POST',
      url: '/api/plan-versions',
      payload: { filename: 'mechelen-svpp-2020.txt', text: mechelen },
    });
    expect(response.statusCode, response.body).toBe(201);
    first = response.json<PlanVersionSummary>();
  });
  afterAll(() => t.close());

  it('stores the Mechelen plan as a draft version with every element', () => {
    expect(first).toMatchObject({
      versionNo: 1,
      label: 'SVPP 2020',
      status: 'draft',
      language: 'nl',
      periodStart: '2020-01-01',
      periodEnd: '2020-12-31',
    });
    expect(first.counts).toMatchObject({ sections: 16, general: 17, strategic: 31, operational: 54 });
    expect(first.counts.indicators).toBeGreaterThan(100);
    expect(first.funding.map((f) => f.amount_eur)).toEqual(expect.arrayContaining([810553.07, 42714.57, 16220.58]));
  });

  it('serves the tree with sections, action programmes, objectives, results, indicators and targets', async () => {
    const tree = (await coordinator.request({ method: 'GET', url: `/api/plan-versions/${first.id}` })).json<PlanTree>();
    expect(tree.sections[0]).toMatchObject({ number: '1', kind: 'coordination' });
    expect(tree.actionProgrammes).toHaveLength(4);
    const operational = tree.sections.flatMap((s) => s.strategic.flatMap((st) => st.operational));
    expect(operational).toHaveLength(54);
    expect(operational.every((o) => o.results.length > 0 && o.indicators.length > 0)).toBe(true);
    const cpr = operational.flatMap((o) => o.indicators).find((i) => /vergaderingen van de CPR/i.test(i.text));
    expect(cpr?.targets[0]).toMatchObject({ kind: 'count', op: '>=', value: 3 });
  });

  it('lets a coordinator correct an indicator’s targets and an objective’s owner, with history', async () => {
    const tree = (await coordinator.request({ method: 'GET', url: `/api/plan-versions/${first.id}` })).json<PlanTree>();
    const op = tree.sections[1]?.strategic[0]?.operational[0];
    const indicator = op?.indicators[0];
    if (!op || !indicator) throw new Error('no operational objective');
    const targets = [{ kind: 'count', op: '>=', value: 12, per: 'year', from: 2020 }];
    expect(
      (await coordinator.request({ method: 'PATCH', url: `/api/indicators/${indicator.id}`, payload: { targets } }))
        .statusCode,
    ).toBe(200);
    expect(
      (
        await coordinator.request({
          method: 'PATCH',
          url: `/api/plan-objectives/${op.id}`,
          payload: { owner: 'Preventiedienst', partners: ['Politie', 'CAW'] },
        })
      ).statusCode,
    ).toBe(200);
    const after = (
      await coordinator.request({ method: 'GET', url: `/api/plan-versions/${first.id}` })
    ).json<PlanTree>();
    const op2 = after.sections[1]?.strategic[0]?.operational[0];
    expect(op2).toMatchObject({ owner: 'Preventiedienst', partners: ['Politie', 'CAW'] });
    expect(op2?.indicators[0]).toMatchObject({ targets, targetsEdited: true });
    const history = (
      await coordinator.request({ method: 'GET', url: `/api/plan-elements/${indicator.id}/history` })
    ).json<{ entries: { action: string; actorEmail: string; after: unknown }[] }>();
    expect(history.entries[0]).toMatchObject({
      action: 'indicator.update',
      actorEmail: 'coordinator@alpha.test',
      after: { targets_edited: 1 },
    });
    const invalid = await coordinator.request({
      method: 'PATCH',
      url: `/api/indicators/${indicator.id}`,
      payload: { targets: [{ kind: 'count', value: 'three' }] },
    });
    expect(invalid.statusCode).toBe(400);
  });

  it('keeps each indicator’s identity when the next year’s text is imported', async () => {
    expect(
      (await coordinator.request({ method: 'POST', url: `/api/plan-versions/${first.id}/confirm` })).json(),
    ).toMatchObject({ status: 'confirmed' });
    expect(
      (await coordinator.request({ method: 'POST', url: `/api/plan-versions/${first.id}/confirm` })).statusCode,
    ).toBe(409);
    const second = (
      await coordinator.request({
        method: 'POST',
        url: '/api/plan-versions',
        payload: { filename: 'mechelen-svpp-2021.txt', text: extension2021, confirm: true },
      })
    ).json<PlanVersionSummary>();
    expect(second).toMatchObject({ versionNo: 2, label: 'SVPP 2021', status: 'confirmed' });
    expect(second.continuedIndicators).toBe(second.counts.indicators);
    const [a, b] = await Promise.all(
      [first.id, second.id].map(async (id) =>
        (await coordinator.request({ method: 'GET', url: `/api/plan-versions/${id}` })).json<PlanTree>(),
      ),
    );
    const lineages = (tree: PlanTree | undefined) =>
      tree?.sections.flatMap((s) =>
        s.strategic.flatMap((st) => st.operational.flatMap((o) => o.indicators.map((i) => i.lineageId))),
      ) ?? [];
    expect(lineages(b)).toEqual(lineages(a));
    const ids = (tree: PlanTree | undefined) =>
      tree?.sections.flatMap((s) =>
        s.strategic.flatMap((st) => st.operational.flatMap((o) => o.indicators.map((i) => i.id))),
      ) ?? [];
    expect(ids(b).some((id) => ids(a).includes(id))).toBe(false);
  });

  it('refuses bad files with a stable code and stores nothing', async () => {
    const before = (await coordinator.request({ method: 'GET', url: '/api/plan-versions' })).json<{
      versions: unknown[];
    }>().versions.length;
    // A text with NUL bytes is refused before the parser sees it (400 TEXT_INVALID_CHARACTERS, on every route);
    // control characters without NUL still reach the parser's binary check.
    const cases: [string, string, number][] = [
      ['', 'PLAN_PARSE_EMPTY', 422],
      ['   \n\n  ', 'PLAN_PARSE_EMPTY', 422],
      ['\u0000\u0001\u0002binary\u0000'.repeat(50), 'TEXT_INVALID_CHARACTERS', 400],
      ['\u0001\u0002\u0003binary\u0004'.repeat(50), 'PLAN_PARSE_BINARY', 422],
      ['Boodschappenlijst\nmelk\nbrood\nkaas\n'.repeat(20), 'PLAN_PARSE_NO_SECTIONS', 422],
      ['x'.repeat(20 * 1024 * 1024), 'PLAN_PARSE_TOO_LARGE', 422],
    ];
    for (const [text, code, status] of cases) {
      const response = await coordinator.request({
        method: 'POST',
        url: '/api/plan-versions',
        payload: { filename: 'bad.txt', text },
        headers: { 'accept-language': 'fr' },
      });
      expect(response.statusCode, code).toBe(status);
      expect(response.json<{ error: { code: string; message: string } }>().error.code).toBe(code);
    }
    const after = (await coordinator.request({ method: 'GET', url: '/api/plan-versions' })).json<{
      versions: unknown[];
    }>().versions.length;
    expect(after).toBe(before);
  });

  it('lets every role read the plan but only admins and coordinators change it', async () => {
    for (const role of ['staff', 'guard', 'viewer']) {
      const agent = await t.login(`${role}@alpha.test`);
      expect((await agent.request({ method: 'GET', url: `/api/plan-versions/${first.id}` })).statusCode).toBe(200);
      expect(
        (
          await agent.request({
            method: 'POST',
            url: '/api/plan-versions',
            payload: { filename: 'x.txt', text: mechelen },
          })
        ).statusCode,
      ).toBe(403);
    }
  });
});

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EnforcementPlan, SteeringOverview } from '../../src/shared/api/enforcement-steering.schema.js';
import type { IndicatorState, Overview } from '../../src/shared/api/indicators.schema.js';
import { errorMessage } from '../../src/shared/errors/error-catalog.js';
import { createTestApp, type Agent, type TestApp } from '../support/test-app.js';
import { dialects } from '../support/test-databases.js';

const mechelen = readFileSync('samples/plans/mechelen-svpp-2020.txt', 'utf8');
const allIndicators = (o: Overview): IndicatorState[] =>
  o.sections.flatMap((s) => s.strategic.flatMap((st) => st.operational.flatMap((op) => op.indicators)));
const reportsText = /^Aantal verslagen van de stuurgroep bestuurlijk handhaven/i;
const proposalsText = /^Aantal beleidsvoorstellen aangaande structurele maatregelen/i;
const signedPlanText = /ondertekend handavingsplan/i;

describe.each(dialects)('the steering group and the enforcement plan on %s', (dialect) => {
  let t: TestApp;
  let coordinator: Agent;
  let staff: Agent;
  let beta: Agent;
  let steeringSubject: string;
  let planSubject: string;
  const overview = async () =>
    allIndicators(
      (await coordinator.request({ method: 'GET', url: '/api/indicators/overview?year=2020' })).json<Overview>(),
    );
  const plan = (signatories: { party: string; signedBy: string; signedOn?: string | null }[], extra = {}) => ({
    title: 'Bestuurlijk handhavingsplan',
    version: '2020',
    validFrom: '2020-03-01',
    validTo: '2022-12-31',
    summary: 'Leidraad',
    signatories,
    subjectId: planSubject,
    ...extra,
  });
  const city = { party: 'city', signedBy: 'Burgemeester', signedOn: '2020-02-10' };
  const police = { party: 'police', signedBy: 'Korpschef', signedOn: '2020-02-14' };
  const prosecutor = { party: 'prosecutor', signedBy: 'Procureur des Konings', signedOn: '2020-02-21' };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    await t.seedMunicipality('mechelen');
    await t.seedMunicipality('beta');
    coordinator = await t.login('coordinator@mechelen.test');
    staff = await t.login('staff@mechelen.test');
    beta = await t.login('coordinator@beta.test');
    await coordinator.request({
      method: 'POST',
      url: '/api/plan-versions',
      payload: { filename: 'plan.txt', text: mechelen, confirm: true },
    });
    await coordinator.request({ method: 'POST', url: '/api/indicators/proposals', payload: {} });
    const indicators = await overview();
    const wanted = [reportsText, proposalsText, signedPlanText].map((p) => indicators.find((i) => p.test(i.text)));
    const subjectOf = (indicator: IndicatorState | undefined): string | undefined => {
      const link = indicator?.proposal?.link;
      return link?.mode === 'query' ? link.query.subjectId : undefined;
    };
    const [reports, , signed] = wanted;
    const reportsSubject = subjectOf(reports);
    const signedSubject = subjectOf(signed);
    if (!reportsSubject || !signedSubject) throw new Error('no proposals for the steering group and the signed plan');
    steeringSubject = reportsSubject;
    planSubject = signedSubject;
    const confirmed = await coordinator.request({
      method: 'POST',
      url: '/api/indicators/proposals/confirm',
      payload: { indicatorIds: wanted.map((i) => i?.id) },
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
  });
  afterAll(() => t.close());

  it('counts the steering group’s meetings and policy proposals for their own indicators, against the target', async () => {
    const register = (occurredOn: string, kind: string, title: string) =>
      coordinator.request({
        method: 'POST',
        url: '/api/registrations',
        payload: { typeKey: 'enforcement_steering', occurredOn, subjectId: steeringSubject, values: { kind, title } },
      });
    for (const [day, kind] of [
      ['2020-01-20', 'meeting'],
      ['2020-03-16', 'meeting'],
      ['2020-03-20', 'feedback'],
      ['2020-05-11', 'policy_proposal'],
    ] as const) {
      const saved = await register(day, kind, `Stuurgroep ${day}`);
      expect(saved.statusCode, saved.body).toBe(201);
    }
    // A title is required: bad input is refused with the registrations' own code, nothing stored.
    expect((await register('2020-05-12', 'meeting', '')).statusCode).toBe(422);

    const answer = await staff.request({ method: 'GET', url: '/api/enforcement/steering?year=2020' });
    expect(answer.statusCode, answer.body).toBe(200);
    const steering = answer.json<SteeringOverview>();
    expect(steering).toMatchObject({
      year: 2020,
      registerKey: 'enforcement_steering',
      subjectId: steeringSubject,
      counts: { meeting: 2, feedback: 1, policy_proposal: 1 },
      meetingsRequired: 6,
    });
    expect(steering.indicators.map((i) => [i.value, i.required])).toEqual([
      [2, 6],
      [1, null],
    ]);
    // The dashboard says the same, each indicator on its own computation.
    const indicators = await overview();
    expect(indicators.find((i) => reportsText.test(i.text))?.value).toBe(2);
    expect(indicators.find((i) => proposalsText.test(i.text))?.value).toBe(1);
    expect(
      indicators.filter((i) => i.flags?.some((f) => f.kind === 'shared_computation') && /stuurgroep/i.test(i.text)),
    ).toEqual([]);
    // Another municipality sees none of it.
    const other = (
      await beta.request({ method: 'GET', url: '/api/enforcement/steering?year=2020' })
    ).json<SteeringOverview>();
    expect(other.counts).toEqual({ meeting: 0, feedback: 0, policy_proposal: 0 });
    expect((await staff.request({ method: 'GET', url: '/api/enforcement/steering?year=junk' })).statusCode).toBe(400);
  });

  it('keeps the enforcement plan with its signatories: counted once police, prosecutor and city signed', async () => {
    expect(
      (await staff.request({ method: 'POST', url: '/api/enforcement/plans', payload: plan([city]) })).statusCode,
    ).toBe(403);
    const created = await coordinator.request({
      method: 'POST',
      url: '/api/enforcement/plans',
      payload: plan([city, police]),
    });
    expect(created.statusCode, created.body).toBe(201);
    const draft = created.json<EnforcementPlan>();
    expect(draft).toMatchObject({ fullySigned: false, current: true, subjectId: planSubject });
    const signedValue = async () => (await overview()).find((i) => signedPlanText.test(i.text))?.value ?? null;
    expect(await signedValue()).toBe(0);

    const updated = await coordinator.request({
      method: 'PUT',
      url: `/api/enforcement/plans/${draft.id}`,
      payload: plan([prosecutor, city, police]),
    });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json<EnforcementPlan>()).toMatchObject({ fullySigned: true, current: true });
    expect(updated.json<EnforcementPlan>().signatories.map((s) => s.party)).toEqual(['police', 'prosecutor', 'city']);
    expect(await signedValue()).toBe(1);
    const listed = (await staff.request({ method: 'GET', url: '/api/enforcement/plans' })).json<{
      plans: EnforcementPlan[];
    }>();
    expect(listed.plans).toHaveLength(1);
    expect(listed.plans[0]).toMatchObject({ id: draft.id, fullySigned: true, subjectId: planSubject });

    // Bad input: stable codes and localized messages, nothing changed.
    const refused = async (payload: object, status: number, code?: Parameters<typeof errorMessage>[0]) => {
      const response = await coordinator.request({
        method: 'PUT',
        url: `/api/enforcement/plans/${draft.id}`,
        payload,
        cookies: { svpp_locale: 'fr' },
      });
      expect(response.statusCode, response.body).toBe(status);
      if (code) expect(response.json()).toMatchObject({ error: { code, message: errorMessage(code, 'fr') } });
    };
    await refused(plan([city, city]), 400);
    await refused(plan([city], { validTo: '2019-01-01' }), 422, 'GAS_PLAN_DATES_INVALID');
    await refused(plan([{ ...city, signedOn: '2030-01-01' }]), 422, 'GAS_PLAN_DATES_INVALID');
    await refused(plan([city], { fileId: '00000000-0000-4000-8000-000000000000' }), 422, 'FILE_UNKNOWN');
    await refused(plan([city], { subjectId: steeringSubject }), 422, 'SUBJECT_WRONG_REGISTER');
    expect(await signedValue()).toBe(1);

    // Another municipality neither sees nor changes it.
    expect((await beta.request({ method: 'GET', url: '/api/enforcement/plans' })).json()).toEqual({ plans: [] });
    const foreign = await beta.request({
      method: 'PUT',
      url: `/api/enforcement/plans/${draft.id}`,
      payload: { ...plan([city]), subjectId: null },
    });
    expect(foreign.statusCode).toBe(404);
    expect((await beta.request({ method: 'DELETE', url: `/api/enforcement/plans/${draft.id}` })).statusCode).toBe(404);

    const removed = await coordinator.request({ method: 'DELETE', url: `/api/enforcement/plans/${draft.id}` });
    expect(removed.statusCode, removed.body).toBe(200);
    expect(await signedValue()).toBe(0);
    expect((await staff.request({ method: 'GET', url: '/api/enforcement/plans' })).json()).toEqual({ plans: [] });
  });
});

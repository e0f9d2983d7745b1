import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FinanceOverview, Staff } from '../../src/shared/api/finance.schema.js';
import { createTestApp, type Agent, type TestApp } from '../support/test-app.js';
import { dialects } from '../support/test-databases.js';

// PUT /api/finance/staff/:id — correcting a funded person from the finance page (added for the web forms of #4).

const mechelen = readFileSync('samples/plans/mechelen-svpp-2020.txt', 'utf8');

describe.each(dialects)('correcting funded staff on %s', (dialect) => {
  let t: TestApp;
  let coordinator: Agent;
  let overview: FinanceOverview;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    await t.seedMunicipality('mechelen');
    coordinator = await t.login('coordinator@mechelen.test');
    await coordinator.request({
      method: 'POST',
      url: '/api/plan-versions',
      payload: { filename: 'plan.txt', text: mechelen, confirm: true },
    });
    overview = (
      await coordinator.request({ method: 'POST', url: '/api/finance/schemes/from-plan', payload: { year: 2020 } })
    ).json<FinanceOverview>();
  });
  afterAll(() => t.close());

  const scheme = (name: string) => {
    const found = overview.schemes.find((s) => s.name === name);
    if (!found) throw new Error(`no scheme ${name}`);
    return found;
  };

  it('changes regime and period, recomputes the subsidy and keeps an audit record', async () => {
    const guards = scheme('Gemeenschapswachten 346');
    const added = (
      await coordinator.request({
        method: 'POST',
        url: '/api/finance/staff',
        payload: { schemeId: guards.id, label: 'Wacht C', regime: '1/1', startOn: '2020-01-01' },
      })
    ).json<Staff>();
    expect(added.yearCents).toBe(504_000);
    const put = (id: string, body: Record<string, unknown>) =>
      coordinator.request({
        method: 'PUT',
        url: `/api/finance/staff/${id}`,
        payload: { schemeId: guards.id, label: 'Wacht C', regime: '1/2', startOn: '2020-07-01', endOn: null, ...body },
      });
    const changed = await put(added.id, {});
    expect(changed.statusCode).toBe(200);
    expect(changed.json<Staff>()).toMatchObject({
      id: added.id,
      regime: '1/2',
      startOn: '2020-07-01',
      yearCents: 6 * 21_000,
    });
    const listed = (await coordinator.request({ method: 'GET', url: '/api/finance?year=2020' }))
      .json<FinanceOverview>()
      .staff.find((s) => s.id === added.id);
    expect(listed).toMatchObject({ regime: '1/2', yearCents: 126_000 });
    const audit = await t.database.db.kysely
      .selectFrom('audit_log')
      .select(['action', 'entity_id'])
      .where('action', '=', 'finance.staff.update')
      .execute();
    expect(audit).toEqual([{ action: 'finance.staff.update', entity_id: added.id }]);

    expect((await put(added.id, { regime: '3/2' })).json()).toMatchObject({
      error: { code: 'FINANCE_REGIME_INVALID' },
    });
    expect((await put(added.id, { endOn: '2020-01-01' })).json()).toMatchObject({
      error: { code: 'FINANCE_DATES_INVALID' },
    });
    expect((await put(added.id, { schemeId: scheme('SVPP').id })).json()).toMatchObject({
      error: { code: 'FINANCE_SCHEME_HAS_NO_STAFF' },
    });
    expect((await put('00000000-0000-4000-8000-000000000000', {})).statusCode).toBe(404);
  });

  it('is refused to a viewer', async () => {
    const viewer = await t.login('viewer@mechelen.test');
    const staff = (await coordinator.request({ method: 'GET', url: '/api/finance?year=2020' })).json<FinanceOverview>()
      .staff[0];
    const response = await viewer.request({
      method: 'PUT',
      url: `/api/finance/staff/${staff?.id ?? ''}`,
      payload: { schemeId: scheme('Gemeenschapswachten 346').id, label: 'X', regime: '1/1', startOn: '2020-01-01' },
    });
    expect(response.statusCode).toBe(403);
  });
});

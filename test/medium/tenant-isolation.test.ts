import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { PlanVersionSummary } from '../../src/shared/api/plan.schema.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { dialects } from '../support/test-databases.js';
import { exampleFor, operationsOf, urlFor } from '../support/openapi-operations.js';

const alphaRegisterKey = 'alpha_register';

/**
 * Bodies the schema-driven generator cannot make valid (rules across fields); every other route gets a generated one.
 */
const validBodies: Record<string, unknown> = {
  // The guards' create-by-client-id routes: a fresh id of their own, so no answer echoes an alpha id.
  'POST /api/guards/shifts': {
    id: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b',
    startedAt: '2020-06-01T06:00:00Z',
    endedAt: '2020-06-01T10:00:00Z',
  },
  'POST /api/guards/incidents': {
    id: '7a2e3d4c-5b6f-4a71-9b8c-0d1e2f3a4b5c',
    occurredAt: '2020-06-01T10:00:00Z',
    kind: 'verbal',
    injuries: 'none',
    description: 'leak',
  },
  'PUT /api/finance/schemes/{id}/stated': { statedWageCents: 1, statedEquipmentCents: 1 },
  'PUT /api/finance/staff/{id}': {
    schemeId: '8b3f4e5d-6c7a-4b82-9c9d-1e2f3a4b5c6d',
    label: 'leak',
    regime: '1/1',
    startOn: '2020-01-01',
  },
  'POST /api/agreements/{id}/reviews': { dueOn: '2020-07-15', reviewedOn: '2020-07-10', notes: 'leak' },
  'PATCH /api/register-types/{key}': { active: false },
  'POST /api/cases/{id}/steps': { stepKey: 'notified', doneOn: '2020-03-01' },
  'POST /api/cases/{id}/close': { outcome: 'withdrawn', closedOn: '2020-03-01' },
  'POST /api/cases/{id}/persons': { role: 'minor' },
  'POST /api/volunteers/{id}/intervisions': { month: '2020-01', attended: true },
  'PATCH /api/enforcement/agreements/{id}': { validTo: '2030-12-31' },
};

/**
 * Walks every route of the OpenAPI document as each role of municipality "beta", aimed at the data of
 * municipality "alpha" (ids taken from every table that has them): nothing of alpha may come back, and
 * nothing of alpha may change.
 */
describe.each(dialects)('tenant isolation on %s', (dialect) => {
  let t: TestApp;
  let alphaIds: string[];
  let sampledIds: string[];
  beforeAll(async () => {
    t = await createTestApp(dialect);
    t.clock.advance(200 * 86_400_000);
    await t.seedMunicipality('alpha');
    await t.seedMunicipality('beta');
    const admin = await t.login('admin@alpha.test');
    const plan = (
      await admin.request({
        method: 'POST',
        url: '/api/plan-versions',
        payload: { filename: 'plan.txt', text: readFileSync('samples/plans/mechelen-svpp-2020.txt', 'utf8') },
      })
    ).json<PlanVersionSummary>();
    await admin.request({ method: 'POST', url: '/api/indicators/proposals', payload: { versionId: plan.id } });
    await admin.request({
      method: 'POST',
      url: '/api/registrations',
      payload: { typeKey: 'meeting', occurredOn: '2020-03-01', values: { kind: 'cpr', title: 'Alpha secret meeting' } },
    });
    await admin.request({
      method: 'POST',
      url: '/api/cases',
      payload: {
        typeKey: 'nero',
        openedOn: '2020-03-01',
        persons: [{ role: 'minor', fullName: 'Alpha secret minor' }],
      },
    });
    await admin.request({
      method: 'POST',
      url: '/api/register-types',
      payload: {
        key: alphaRegisterKey,
        labels: { nl: 'A', fr: 'A', en: 'A' },
        fields: [{ key: 'n', kind: 'count', labels: { nl: 'n', fr: 'n', en: 'n' } }],
      },
    });
    const db = t.database.db.kysely;
    alphaIds = [];
    sampledIds = [];
    const tables = await db.introspection.getTables();
    for (const table of tables) {
      const columns = table.columns.map((c) => c.name);
      if (!columns.includes('id') || !columns.includes('municipality_id')) continue;
      const rows = await sql<{
        id: string;
      }>`select id from ${sql.table(table.name)} where municipality_id in (select id from municipality where slug = 'alpha')`.execute(
        db,
      );
      // Only UUIDs can be addressed through routes (session ids are hashes, never in a URL).
      const ids = rows.rows
        .map((r) => r.id)
        .filter((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id));
      alphaIds.push(...ids);
      sampledIds.push(...ids.slice(0, 2));
    }
    const indicatorValue = (await admin.request({ method: 'GET', url: '/api/indicators/overview?year=2020' })).json<{
      sections: { strategic: { operational: { indicators: { id: string }[] }[] }[] }[];
    }>();
    const someIndicator = indicatorValue.sections[1]?.strategic[0]?.operational[0]?.indicators[0]?.id;
    await admin.request({
      method: 'PUT',
      url: `/api/indicators/${someIndicator}/values`,
      payload: { periodStart: '2020-01-01', periodEnd: '2020-12-31', value: 5 },
    });
    // Money, decisions, partners and the calendar feed of alpha (finance feature).
    const money = (
      await admin.request({
        method: 'POST',
        url: '/api/finance/schemes/from-plan',
        payload: { versionId: plan.id, year: 2020 },
      })
    ).json<{ schemes: { id: string; kind: string }[] }>();
    const guardScheme = money.schemes.find((s) => s.kind === 'guards')?.id;
    await admin.request({
      method: 'POST',
      url: '/api/finance/staff',
      payload: { schemeId: guardScheme, label: 'Alpha wacht', regime: '1/1', startOn: '2020-01-01' },
    });
    await admin.request({
      method: 'POST',
      url: '/api/finance/expenses',
      payload: {
        schemeId: guardScheme,
        category: 'equipment',
        spentOn: '2020-03-01',
        amountCents: 1000,
        description: 'Alpha secret expense',
      },
    });
    await admin.request({
      method: 'PUT',
      url: '/api/finance/budget-lines',
      payload: { year: 2020, code: 'MJP000001', label: 'Alpha', budgetCents: 100, schemeNames: ['SVPP'] },
    });
    await admin.request({
      method: 'PUT',
      url: '/api/decisions',
      payload: {
        subjectKind: 'plan_version',
        subjectKey: plan.id,
        step: 'college_referral',
        decidedOn: '2020-03-16',
        reference: 'Alpha secret decision',
      },
    });
    const partner = (
      await admin.request({
        method: 'POST',
        url: '/api/partners',
        payload: { name: 'Alpha secret partner', kind: 'other' },
      })
    ).json<{ id: string }>();
    await admin.request({
      method: 'POST',
      url: '/api/agreements',
      payload: {
        partnerId: partner.id,
        title: 'Alpha agreement',
        objectives: ['x1'],
        rhythm: 'half_yearly',
        signedOn: '2020-01-15',
      },
    });
    await admin.request({ method: 'POST', url: '/api/calendar/feed' });
  });
  afterAll(() => t.close());

  const snapshotOfAlpha = async () => {
    const admin = await t.login('admin@alpha.test');
    const get = async (url: string) => (await admin.request({ method: 'GET', url })).body;
    const audit = (await admin.request({ method: 'GET', url: '/api/audit?limit=500' })).json<{
      entries: { action: string }[];
    }>();
    return {
      users: await get('/api/users'),
      plans: await get('/api/plan-versions'),
      registrations: await get('/api/registrations?limit=500'),
      types: await get('/api/register-types'),
      // Alpha's own logins are audited; anything else new would be a leak of beta's writes into alpha.
      audit: audit.entries.filter((e) => e.action !== 'auth.login' && e.action !== 'auth.logout'),
    };
  };

  it('has alpha data in every tenant table with ids, and the OpenAPI walk lists the routes we know', () => {
    expect(sampledIds.length).toBeGreaterThan(15);
    const routes = operationsOf(t.app).map((o) => `${o.method} ${o.path}`);
    expect(routes).toEqual(
      expect.arrayContaining([
        'GET /api/users/{id}',
        'PATCH /api/users/{id}',
        'GET /api/audit',
        'GET /api/plan-versions/{id}',
        'PATCH /api/indicators/{id}',
        'POST /api/registrations',
      ]),
    );
  });

  it.each(['admin', 'coordinator', 'staff', 'guard', 'viewer', 'police'])(
    'a %s of beta can neither read nor change alpha',
    async (role) => {
      const before = await snapshotOfAlpha();
      const agent = await t.login(`${role}@beta.test`);
      for (const operation of operationsOf(t.app)) {
        if (operation.path === '/api/auth/logout' || operation.path === '/api/auth/login') continue;
        const targets = operation.path.includes('{') ? sampledIds : [sampledIds[0] ?? ''];
        for (const alphaId of targets) {
          const body =
            validBodies[`${operation.method} ${operation.path}`] ??
            (operation.body ? exampleFor(operation.body, { id: alphaId, email: `leak-${role}@beta.test` }) : undefined);
          const url = urlFor(operation, (name) =>
            name === 'key' ? alphaRegisterKey : name === 'year' ? '2020' : alphaId,
          );
          const response = await agent.request({
            method: operation.method,
            url,
            ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
          });
          const where = `${role} ${operation.method} ${url}`;
          expect(response.statusCode, where).toBeLessThan(500);
          expect(
            alphaIds.find((id) => response.body.includes(id)),
            `${where} leaked an alpha id`,
          ).toBeUndefined();
          expect(
            response.body.includes('@alpha.test') || response.body.includes('Alpha secret'),
            `${where} leaked alpha data`,
          ).toBe(false);
          if (operation.path.includes('{')) {
            expect([403, 404], `${where}: ${response.body.slice(0, 200)}`).toContain(response.statusCode);
          }
        }
      }
      expect(await snapshotOfAlpha()).toEqual(before);
    },
  );
});

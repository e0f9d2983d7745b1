import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { dialects } from '../support/test-databases.js';
import { exampleFor, operationsOf, urlFor } from '../support/openapi-operations.js';

/**
 * Walks every route of the OpenAPI document as each role of municipality "beta", aimed at the data of
 * municipality "alpha": nothing of alpha may come back, and nothing of alpha may change.
 */
describe.each(dialects)('tenant isolation on %s', (dialect) => {
  let t: TestApp;
  let alphaIds: string[];
  beforeAll(async () => {
    t = await createTestApp(dialect);
    const alphaMunicipality = await t.seedMunicipality('alpha');
    await t.seedMunicipality('beta');
    const alphaAdmin = await t.login('admin@alpha.test');
    const users = (await alphaAdmin.request({ method: 'GET', url: '/api/users' })).json<{ users: { id: string }[] }>().users;
    alphaIds = [alphaMunicipality, ...users.map((u) => u.id)];
  });
  afterAll(() => t.close());

  const snapshotOfAlpha = async () => {
    const admin = await t.login('admin@alpha.test');
    const users = (await admin.request({ method: 'GET', url: '/api/users' })).body;
    const audit = (await admin.request({ method: 'GET', url: '/api/audit?limit=500' })).json<{ entries: { action: string; actorEmail: string | null }[] }>();
    // Alpha's own logins are audited; anything else new would be a leak of beta's writes into alpha.
    return { users, audit: audit.entries.filter((e) => e.action !== 'auth.login' && e.action !== 'auth.logout') };
  };

  it('walks the OpenAPI document (sanity: it lists the routes we know)', () => {
    const routes = operationsOf(t.app).map((o) => `${o.method} ${o.path}`);
    expect(routes).toEqual(expect.arrayContaining(['GET /api/users/{id}', 'PATCH /api/users/{id}', 'GET /api/audit', 'POST /api/auth/login']));
  });

  it.each(['admin', 'coordinator', 'staff', 'guard', 'viewer'])('a %s of beta can neither read nor change alpha', async (role) => {
    const before = await snapshotOfAlpha();
    for (const operation of operationsOf(t.app)) {
      if (operation.path === '/api/auth/logout' || operation.path === '/api/auth/login') continue;
      for (const alphaId of alphaIds) {
        const agent = await t.login(`${role}@beta.test`);
        const body = operation.body ? exampleFor(operation.body, { id: alphaId, email: `leak-${role}@beta.test` }) : undefined;
        const response = await agent.request({ method: operation.method, url: urlFor(operation, () => alphaId), ...(body === undefined ? {} : { payload: body as Record<string, unknown> }) });
        const where = `${role} ${operation.method} ${operation.path} (${alphaId})`;
        expect(response.statusCode, where).toBeLessThan(500);
        for (const id of alphaIds) expect(response.body.includes(id), `${where} leaked ${id}`).toBe(false);
        expect(response.body.includes('@alpha.test'), `${where} leaked an alpha e-mail`).toBe(false);
        if (operation.path.includes('{')) expect([403, 404], where).toContain(response.statusCode);
      }
    }
    expect(await snapshotOfAlpha()).toEqual(before);
  });
});

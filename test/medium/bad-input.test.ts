import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InjectOptions } from 'fastify';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { dialects } from '../support/test-databases.js';
import { operationsOf, urlFor } from '../support/openapi-operations.js';

const malformed = ['{', '{"email":', 'null', '[]', '"text"', '12', 'true', '\u0000', '{"a":1}}', '\uFEFF{}', '{"__proto__":{"admin":true}}', '{"constructor":{"prototype":{}}}'];

/** Sends malformed and random bodies, queries and path values to every route: never a 5xx, always the error shape. */
describe.each(dialects)('bad input on %s', (dialect) => {
  let t: TestApp;
  let userId: string;
  beforeAll(async () => {
    t = await createTestApp(dialect, { throttleLimits: { perEmail: 1_000_000, perAddress: 1_000_000, windowMs: 1000 } });
    await t.seedMunicipality('alpha');
    userId = (await t.login('viewer@alpha.test')).me.user.id;
  });
  afterAll(() => t.close());

  it('answers every malformed or random request with a 4xx and {"error":{"code","message"}}', async () => {
    const randomBodies = fc.sample(fc.jsonValue({ maxDepth: 3 }), { numRuns: 25, seed: 20200427 });
    const randomStrings = fc.sample(fc.string({ unit: 'binary', maxLength: 40 }), { numRuns: 8, seed: 31 });
    let requests = 0;
    for (const operation of operationsOf(t.app)) {
      const agent = await t.login('admin@alpha.test');
      const cases: InjectOptions[] = [];
      // Odd values matter where they land: path and query parameters. A route without any gets one URL; a route
      // without a body (GET) gets no bodies. Every body route gets every malformed and random body at one URL and
      // a few malformed bodies at each odd URL, so the walk grows with the routes, not with their product.
      const takesValues = operation.parameters.some((p) => p.in === 'path' || p.in === 'query');
      const takesBody = operation.method !== 'GET';
      const pathValues = takesValues ? [userId, 'not-a-uuid', '../../etc/passwd', ...randomStrings] : [userId];
      for (const [index, value] of pathValues.entries()) {
        const url = urlFor(operation, () => value, { limit: value, beforeSeq: value });
        if (!takesBody) {
          cases.push({ method: operation.method, url });
          continue;
        }
        for (const raw of index === 0 ? malformed : malformed.slice(0, 3)) cases.push({ method: operation.method, url, payload: raw, headers: { 'content-type': 'application/json' } });
        if (index === 0) for (const body of randomBodies) cases.push({ method: operation.method, url, payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
        cases.push({ method: operation.method, url, payload: 'a=1&b=2', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
        cases.push({ method: operation.method, url, payload: Buffer.from([0xff, 0xfe, 0x00, 0x01]), headers: { 'content-type': 'application/octet-stream' } });
      }
      if (takesBody) cases.push({ method: operation.method, url: urlFor(operation, () => userId), payload: `{"x":"${'y'.repeat(1_100_000)}"}`, headers: { 'content-type': 'application/json' } });
      for (const options of cases) {
        const isLogout = operation.path === '/api/auth/logout';
        const response = isLogout ? await t.app.inject(options) : await agent.request(options);
        requests++;
        const where = `${options.method} ${JSON.stringify(options.url)} ${JSON.stringify(options.payload)?.slice(0, 60) ?? ''}`;
        expect(response.statusCode, where).toBeLessThan(500);
        if (response.statusCode >= 400) {
          const body = response.json<{ error?: { code?: unknown; message?: unknown } }>();
          expect(typeof body.error?.code, where).toBe('string');
          expect(typeof body.error?.message, where).toBe('string');
        }
      }
    }
    expect(requests).toBeGreaterThan(1000);
  }, 300_000);

  it('answers unknown API routes with ROUTE_NOT_FOUND, localized', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/nothing-here', headers: { 'accept-language': 'en' } });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: 'ROUTE_NOT_FOUND', message: 'This page or API route does not exist.' } });
  });
});

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InjectOptions } from 'fastify';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { dialects } from '../support/test-databases.js';
import { exampleFor, type Operation, operationsOf, urlFor } from '../support/openapi-operations.js';

/** Every string in a value replaced by `bad` (and `bad` added when there was none), so each text field carries it. */
function withBadText(value: unknown, bad: string): unknown {
  let replaced = false;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      replaced = true;
      return `x${bad}y`;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, item]) => [k, walk(item)]));
    return v;
  };
  const out = walk(value);
  return replaced ? out : { ...(out && typeof out === 'object' && !Array.isArray(out) ? out : {}), note: `x${bad}y` };
}

/** The URLs of an operation with a NUL byte in one path or query parameter at a time. */
function urlsWithNul(operation: Operation, id: string): string[] {
  const urls: string[] = [];
  for (const parameter of operation.parameters.filter((p) => p.in === 'path' || p.in === 'query')) {
    const path = operation.path.replace(/\{(\w+)\}/g, (_m, name: string) => (name === parameter.name ? 'a%00b' : id));
    urls.push(parameter.in === 'path' ? path : `${path}?${parameter.name}=a%00b`);
  }
  return urls;
}

const malformed = [
  '{',
  '{"email":',
  'null',
  '[]',
  '"text"',
  '12',
  'true',
  '\u0000',
  '{"a":1}}',
  '\uFEFF{}',
  '{"__proto__":{"admin":true}}',
  '{"constructor":{"prototype":{}}}',
];

/** Sends malformed and random bodies, queries and path values to every route: never a 5xx, always the error shape. */
describe.each(dialects)('bad input on %s', (dialect) => {
  let t: TestApp;
  let userId: string;
  beforeAll(async () => {
    t = await createTestApp(dialect, {
      throttleLimits: { perEmail: 1_000_000, perAddress: 1_000_000, windowMs: 1000 },
    });
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
        for (const raw of index === 0 ? malformed : malformed.slice(0, 3)) {
          cases.push({ method: operation.method, url, payload: raw, headers: { 'content-type': 'application/json' } });
        }
        if (index === 0) {
          for (const body of randomBodies) {
            cases.push({
              method: operation.method,
              url,
              payload: JSON.stringify(body),
              headers: { 'content-type': 'application/json' },
            });
          }
        }
        cases.push({
          method: operation.method,
          url,
          payload: 'a=1&b=2',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        });
        cases.push({
          method: operation.method,
          url,
          payload: Buffer.from([0xff, 0xfe, 0x00, 0x01]),
          headers: { 'content-type': 'application/octet-stream' },
        });
      }
      if (takesBody) {
        cases.push({
          method: operation.method,
          url: urlFor(operation, () => userId),
          payload: `{"x":"${'y'.repeat(1_100_000)}"}`,
          headers: { 'content-type': 'application/json' },
        });
      }
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

  it('refuses a NUL byte or a lone surrogate in any path value, query value or JSON text with 400 TEXT_INVALID_CHARACTERS', async () => {
    const agent = await t.login('admin@alpha.test');
    const hint = { id: userId, email: 'x@alpha.test' };
    let requests = 0;
    for (const operation of operationsOf(t.app)) {
      if (operation.path === '/api/auth/logout') continue;
      const cases: InjectOptions[] = urlsWithNul(operation, userId).map((url) => ({ method: operation.method, url }));
      if (operation.method !== 'GET') {
        const url = urlFor(operation, () => userId);
        // JSON.stringify writes a lone surrogate as the escape \ud800, which JSON.parse turns back into one.
        for (const bad of ['\u0000', '\ud800', '\udc00']) {
          cases.push({
            method: operation.method,
            url,
            payload: JSON.stringify(withBadText(exampleFor(operation.body, hint), bad)),
            headers: { 'content-type': 'application/json' },
          });
        }
      }
      for (const options of cases) {
        const response = await agent.request(options);
        requests++;
        const where = `${options.method} ${JSON.stringify(options.url)} ${typeof options.payload === 'string' ? options.payload.slice(0, 80) : ''}`;
        // The access rule is checked before the input is read: a route the admin may not use answers 403 first.
        if (response.statusCode === 403) continue;
        expect([response.statusCode, response.json<{ error?: { code?: string } }>().error?.code], where).toEqual([
          400,
          'TEXT_INVALID_CHARACTERS',
        ]);
      }
    }
    expect(requests).toBeGreaterThan(200);
    // Without a session: the public complaint form and status page.
    const form = await t.app.inject({ method: 'GET', url: '/api/public/complaint-form?municipality=a%00b' });
    expect([form.statusCode, form.json<{ error: { code: string } }>().error.code]).toEqual([
      400,
      'TEXT_INVALID_CHARACTERS',
    ]);
    for (const reference of ['OV-2020-\u0000', 'OV-2020-\ud83d']) {
      const status = await t.app.inject({
        method: 'POST',
        url: '/api/public/complaints/status',
        payload: JSON.stringify({ municipality: 'alpha', reference, accessCode: 'AAAA-BBBB-CCCC' }),
        headers: { 'content-type': 'application/json' },
      });
      expect([status.statusCode, status.json<{ error: { code: string; details: unknown } }>().error]).toEqual([
        400,
        expect.objectContaining({ code: 'TEXT_INVALID_CHARACTERS', details: { location: 'body', path: 'reference' } }),
      ]);
    }
  }, 120_000);

  it('answers unknown API routes with ROUTE_NOT_FOUND, localized', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/nothing-here',
      headers: { 'accept-language': 'en' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      error: { code: 'ROUTE_NOT_FOUND', message: 'This page or API route does not exist.' },
    });
  });
});

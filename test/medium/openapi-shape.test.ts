import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { dialects } from '../support/test-databases.js';

interface OpenApiOperation {
  tags?: string[];
  parameters?: { name: string; in: string; required?: boolean }[];
  requestBody?: { required?: boolean; content?: Record<string, unknown> };
  responses?: Record<string, unknown>;
}

/**
 * One line per operation of the generated OpenAPI document: method, path, tags, parameters, body media types and
 * response codes. Route files share their schema shapes (src/server/http/route-shapes.ts); this snapshot shows that
 * writing a shape once changes no path, method, parameter or response. A new or changed route updates the snapshot
 * on purpose (`npx vitest run test/medium/openapi-shape.test.ts -u`), and the diff shows what the API gained.
 */
function shapeOf(doc: { paths?: Record<string, Record<string, OpenApiOperation>> }): string {
  const lines: string[] = [];
  for (const [path, methods] of Object.entries(doc.paths ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
    for (const [method, op] of Object.entries(methods).sort(([a], [b]) => a.localeCompare(b))) {
      const parameters = (op.parameters ?? [])
        .map((p) => `${p.in}:${p.name}${p.required ? '' : '?'}`)
        .sort()
        .join(',');
      const body = op.requestBody ? Object.keys(op.requestBody.content ?? {}).join('|') : '-';
      const responses = Object.keys(op.responses ?? {}).join(',');
      lines.push(
        `${method.toUpperCase()} ${path} [${(op.tags ?? []).join(',')}] params(${parameters}) body(${body}) -> ${responses}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

describe.each(dialects)('the OpenAPI document on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('keeps its paths, methods, parameters and response codes', async () => {
    const doc = t.app.swagger() as Parameters<typeof shapeOf>[0];
    await expect(shapeOf(doc)).toMatchFileSnapshot('__snapshots__/openapi-shape.txt');
  });

  it('is served at /api/openapi.json', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    expect(shapeOf(response.json())).toBe(shapeOf(t.app.swagger() as Parameters<typeof shapeOf>[0]));
  });
});

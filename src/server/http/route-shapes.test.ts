import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { errorResponseSchema, limitQuery, pageQuery } from '../../shared/api/common.schema.js';
import { errorResponses, route, tabularImportRoutes, uploadBodyLimit } from './route-shapes.js';

describe('route shapes', () => {
  it('documents one error response per status code, in order', () => {
    const errors = errorResponses(404, 409, 422);
    expect(Object.keys(errors)).toEqual(['404', '409', '422']);
    expect(Object.values(errors).every((schema) => schema === errorResponseSchema)).toBe(true);
    expect(errorResponses()).toEqual({});
  });

  it('puts the access in config and keeps the schema as given', () => {
    const schema = { tags: ['x'], summary: 'X', response: { 200: z.object({}) } };
    const options = route('complaint.read', schema);
    expect(options.config).toEqual({ access: 'complaint.read' });
    expect(options.schema).toBe(schema);
  });

  it('spells paging the way list queries did: limit 1..max with a default, offset from 0', () => {
    const query = z.object({ ...pageQuery(50, 1_000) });
    expect(query.parse({})).toEqual({ limit: 50, offset: 0 });
    expect(query.parse({ limit: '500', offset: '1000' })).toEqual({ limit: 500, offset: 1000 });
    expect(query.safeParse({ limit: '501' }).success).toBe(false);
    expect(query.safeParse({ offset: '1001' }).success).toBe(false);
    expect(z.object(limitQuery(100, 200)).safeParse({ limit: '201' }).success).toBe(false);
  });

  it('declares the inspect and import routes of a file import with the upload body limit', async () => {
    const app = Fastify().withTypeProvider<ZodTypeProvider>();
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    const seen: { path: string; access: unknown; bodyLimit: unknown }[] = [];
    app.addHook('onRoute', (options) => {
      seen.push({ path: options.url, access: options.config?.access, bodyLimit: options.bodyLimit });
    });
    const calls: unknown[] = [];
    // The import route reads the session in production; here a fake session stands in for the access hook.
    app.decorateRequest('session', undefined);
    app.addHook('onRequest', async (request) => {
      request.session = { actor: { userId: 'u' } } as never;
      request.locale = 'nl';
    });
    tabularImportRoutes(app, {
      path: '/api/things-imports',
      access: 'register.manage',
      tags: ['things'],
      summaries: { inspect: 'Read', run: 'Import' },
      body: z.object({ filename: z.string(), contentBase64: z.string(), dryRun: z.boolean() }),
      importer: {
        run: async (actor, locale, body) => {
          calls.push(['run', actor.userId, locale, body.dryRun]);
          return { dryRun: body.dryRun, total: 1, accepted: 1, rejected: [], imported: 0 };
        },
      },
    });
    await app.ready();
    expect(seen.map((s) => s.path).sort()).toEqual(['/api/things-imports', '/api/things-imports/inspect']);
    expect(seen.every((s) => s.access === 'register.manage' && s.bodyLimit === uploadBodyLimit)).toBe(true);

    const inspected = await app.inject({
      method: 'POST',
      url: '/api/things-imports/inspect',
      payload: { filename: 'a.csv', contentBase64: Buffer.from('a\n1\n').toString('base64') },
    });
    expect(inspected.statusCode).toBe(200);
    expect(inspected.json()).toMatchObject({ columns: ['a'], rowCount: 1 });
    const refused = await app.inject({ method: 'POST', url: '/api/things-imports', payload: { filename: 'a.csv' } });
    expect(refused.statusCode).toBe(400);
    const checked = await app.inject({
      method: 'POST',
      url: '/api/things-imports',
      payload: { filename: 'a.csv', contentBase64: 'YQ==', dryRun: true },
    });
    expect(checked.statusCode).toBe(200);
    expect(checked.json()).toMatchObject({ dryRun: true, accepted: 1 });
    expect(calls).toEqual([['run', 'u', 'nl', true]]);
    await app.close();
  });
});

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { healthSchema } from '../../../shared/api/common.schema.js';
import type { Dialect } from '../../db/database.js';

export function healthRoutes(dialect: Dialect, version: string): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/health', {
      config: { access: 'public' },
      schema: { tags: ['system'], summary: 'Liveness and database kind', response: { 200: healthSchema } },
    }, () => ({ status: 'ok' as const, database: dialect, version }));
  };
}

import { randomBytes } from 'node:crypto';
import { mkdir, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { healthSchema, healthUnavailableSchema } from '../../../shared/api/common.schema.js';
import { type Db, pingDatabase } from '../../db/database.js';
import { route } from '../../http/route-shapes.js';

export interface HealthProbes {
  /** Resolves when the database answers a `select 1`. */
  database(): Promise<void>;
  /** Resolves when a file can be written to (and removed from) the data directory. */
  dataDir(): Promise<void>;
}

const within = <T>(ms: number, promise: Promise<T>): Promise<T> =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref()),
  ]);

/** The real probes: `select 1` on the database, a probe file written and removed in SVPP_DATA_DIR. */
export function healthProbes(db: Db, dataDir: string): HealthProbes {
  return {
    database: () => within(3_000, pingDatabase(db)),
    dataDir: async () => {
      const probe = path.join(dataDir, `.health-${process.pid}-${randomBytes(4).toString('hex')}`);
      await within(
        3_000,
        mkdir(dataDir, { recursive: true }).then(() => writeFile(probe, 'ok', { flag: 'wx' })),
      );
      await unlink(probe);
    },
  };
}

export function healthRoutes(dialect: Db['dialect'], version: string, probes: HealthProbes): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/health',
      route('public', {
        tags: ['system'],
        summary: 'Liveness: the database answers and the data directory is writable',
        response: { 200: healthSchema, 503: healthUnavailableSchema },
      }),
      async (request, reply) => {
        const [database, dataDir] = await Promise.allSettled([probes.database(), probes.dataDir()]);
        const failed: ('database' | 'data_dir')[] = [];
        if (database.status === 'rejected') failed.push('database');
        if (dataDir.status === 'rejected') failed.push('data_dir');
        if (failed.length === 0) return { status: 'ok' as const, database: dialect, version };
        request.log.warn(
          {
            database: database.status === 'rejected' ? String(database.reason) : 'ok',
            dataDir: dataDir.status === 'rejected' ? String(dataDir.reason) : 'ok',
          },
          'health check failed',
        );
        return reply.status(503).send({ status: 'unavailable' as const, database: dialect, version, failed });
      },
    );
  };
}

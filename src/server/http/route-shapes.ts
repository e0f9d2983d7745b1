import type { FastifyContextConfig, FastifySchema } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { SignedInActor } from '../../shared/access/roles.js';
import { errorResponseSchema } from '../../shared/api/common.schema.js';
import {
  importFileSchema,
  importResultSchema,
  inspectResultSchema,
  type ImportResult,
} from '../../shared/api/imports.schema.js';
import type { Locale } from '../../shared/i18n/locale.js';
import { actorOf } from './session-guard.js';

/**
 * The shapes route declarations share, written once. Each route still names its path, access, params, body and
 * responses where it is declared; these helpers only spell the repeated parts (`config: { access }`, one
 * `errorResponseSchema` per status code, the inspect + import pair of a file upload).
 */

/** Who may call a route (see request-context.ts). */
export type RouteAccess = NonNullable<FastifyContextConfig['access']>;
type ZodApp = Parameters<FastifyPluginAsyncZod>[0];

/** The error statuses routes document; each answers `errorResponseSchema`. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 503;

/** `{ 404: errorResponseSchema, 409: errorResponseSchema }` for `errorResponses(404, 409)`: spread it into `response`. */
export function errorResponses<const C extends readonly ErrorStatus[]>(
  ...codes: C
): { [K in C[number]]: typeof errorResponseSchema } {
  return Object.fromEntries(codes.map((code) => [code, errorResponseSchema])) as {
    [K in C[number]]: typeof errorResponseSchema;
  };
}

/**
 * The options of a route: who may call it and its OpenAPI schema, e.g.
 * `app.get('/api/x/:id', route('x.read', { tags, summary, params: idParamsSchema, response: { 200: x } }), handler)`.
 */
export function route<const S extends FastifySchema>(
  access: RouteAccess,
  schema: S,
): { config: { access: RouteAccess }; schema: S } {
  return { config: { access }, schema };
}

/** The body limit of a CSV/XLSX upload (the file in base64 and its mapping). */
export const uploadBodyLimit = 16 * 1024 * 1024;

/** A service that imports a CSV/XLSX file: reads its columns first, then checks (dry run) or imports it whole. */
export interface TabularImporter<Body> {
  inspect(filename: string, contentBase64: string): Promise<z.infer<typeof inspectResultSchema>>;
  run(actor: SignedInActor, locale: Locale, body: Body): Promise<ImportResult>;
}

/**
 * The two routes of a file import: `POST <path>/inspect` (columns and first rows, to map them) and `POST <path>`
 * (check with `dryRun` or import; all or nothing). Both answer 422 with the reason a file cannot be read.
 */
export function tabularImportRoutes<B extends z.ZodType>(
  app: ZodApp,
  options: {
    path: string;
    access: RouteAccess;
    tags: string[];
    summaries: { inspect: string; run: string };
    body: B;
    importer: TabularImporter<z.infer<B>>;
  },
): void {
  const { path, access, tags, summaries, body, importer } = options;
  app.post(
    `${path}/inspect`,
    {
      ...route(access, {
        tags,
        summary: summaries.inspect,
        body: importFileSchema,
        response: { 200: inspectResultSchema, ...errorResponses(422) },
      }),
      bodyLimit: uploadBodyLimit,
    },
    (request) => importer.inspect(request.body.filename, request.body.contentBase64),
  );
  app.post(
    path,
    {
      ...route(access, {
        tags,
        summary: summaries.run,
        body,
        response: { 200: importResultSchema, ...errorResponses(422) },
      }),
      bodyLimit: uploadBodyLimit,
    },
    (request) => importer.run(actorOf(request.session), request.locale, request.body as z.infer<B>),
  );
}

import type { FastifyContextConfig, FastifyRequest, FastifySchema } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { SignedInActor } from '../../shared/access/roles.js';
import { errorResponseSchema } from '../../shared/api/common.schema.js';
import {
  importFileSchema,
  importResultSchema,
  inspectResultSchema,
  type ImportResult,
} from '../../shared/api/imports.schema.js';
import type { Locale } from '../../shared/i18n/locale.js';
import { inspectUpload } from '../features/imports/import-tally.js';
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

/**
 * `{ 404: errorResponseSchema, 409: errorResponseSchema }` for `errorResponses(404, 409)`: spread it into `response`.
 */
export function errorResponses<const C extends readonly ErrorStatus[]>(
  ...codes: C
): { [K in C[number]]: typeof errorResponseSchema } {
  return Object.fromEntries(codes.map((code) => [code, errorResponseSchema])) as {
    [K in C[number]]: typeof errorResponseSchema;
  };
}

/**
 * The options of a route: who may call it and its OpenAPI schema, e.g.
 * `app.get('/api/x/:id', route('x.read', { tags, summary, params: idParamsSchema, response: { 200: x } }), handler)`;
 * an upload also names its `bodyLimit`.
 */
export function route<const S extends FastifySchema>(
  access: RouteAccess,
  schema: S,
  limits: { bodyLimit?: number } = {},
): { config: { access: RouteAccess }; schema: S; bodyLimit?: number } {
  return { config: { access }, schema, ...limits };
}

/** `{ ok: true }`: the answer of a command that has nothing else to say. */
export const okSchema = z.object({ ok: z.literal(true) });

/** What a handler helper reads of a request: the session, and the `:id` and body where it takes them. */
type ActorRequest = Pick<FastifyRequest, 'session'>;
interface IdRequest<B> extends ActorRequest {
  params: { id: string };
  body: B;
}

/**
 * The handler of a command on the record named by `:id` that answers `okSchema`:
 * `idCommand((actor, id, body) => cases.update(actor, id, body))`.
 */
export function idCommand<B>(
  run: (actor: SignedInActor, id: string, body: B) => Promise<unknown>,
): (request: IdRequest<B>) => Promise<{ ok: true }> {
  return async (request) => {
    await run(actorOf(request.session), request.params.id, request.body);
    return { ok: true as const };
  };
}

/** The part of a reply `created` uses (a method, so Fastify's typed reply fits it). */
interface CreatedReply {
  code(statusCode: 201): unknown;
}

/**
 * The handler of a route that creates a record from its body and answers it with 201:
 * `created((actor, body) => consultations.create(actor, body))`.
 */
export function created<B, R>(
  run: (actor: SignedInActor, body: B) => Promise<R>,
): (request: ActorRequest & { body: B }, reply: CreatedReply) => Promise<R> {
  return async (request, reply) => {
    const record = await run(actorOf(request.session), request.body);
    reply.code(201);
    return record;
  };
}

/** The body limit of a file upload (the file in base64, and the mapping of a CSV/XLSX import). */
export const uploadBodyLimit = 16 * 1024 * 1024;

/** A service that imports a CSV/XLSX file whole, or checks it (dry run). */
export interface TabularImporter<Body> {
  run(actor: SignedInActor, locale: Locale, body: Body): Promise<ImportResult>;
}

/**
 * The two routes of a file import: `POST <path>/inspect` (columns and first rows, to map them; the same reading for
 * every import) and `POST <path>` (check with `dryRun` or import; all or nothing). Both answer 422 with the reason a
 * file cannot be read.
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
    route(
      access,
      {
        tags,
        summary: summaries.inspect,
        body: importFileSchema,
        response: { 200: inspectResultSchema, ...errorResponses(422) },
      },
      { bodyLimit: uploadBodyLimit },
    ),
    (request) => inspectUpload(request.body.filename, request.body.contentBase64),
  );
  app.post(
    path,
    route(
      access,
      { tags, summary: summaries.run, body, response: { 200: importResultSchema, ...errorResponses(422) } },
      { bodyLimit: uploadBodyLimit },
    ),
    (request) => importer.run(actorOf(request.session), request.locale, request.body as z.infer<B>),
  );
}

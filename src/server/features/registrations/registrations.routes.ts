import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../shared/api/common.schema.js';
import {
  createRegisterTypeBodySchema,
  registerTypeKeyParamsSchema,
  registerTypeListSchema,
  registerTypeSchema,
  registrationInputSchema,
  registrationListQuerySchema,
  registrationListSchema,
  registrationSchema,
  registrationUpdateSchema,
  updateRegisterTypeBodySchema,
  wijkListSchema,
} from '../../../shared/api/registrations.schema.js';
import { errorResponses, okSchema, route } from '../../http/route-shapes.js';
import { actorOf } from '../../http/session-guard.js';
import type { RegisterTypeService } from './register-types.service.js';
import type { RegistrationService } from './registration.service.js';

export function registerRoutes(types: RegisterTypeService, registrations: RegistrationService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['registers'];
    app.get(
      '/api/register-types',
      {
        // Definitions hold no personal data; guards, who write but do not read registers, need them for their forms.
        config: { access: 'signed-in' },
        schema: {
          tags,
          summary: 'Built-in and own registers with their fields',
          response: { 200: registerTypeListSchema },
        },
      },
      async (request) => ({ types: await types.list(actorOf(request.session)) }),
    );

    app.post(
      '/api/register-types',
      route('register.manage', {
        tags,
        summary: 'Define an own register with typed fields',
        body: createRegisterTypeBodySchema,
        response: { 201: registerTypeSchema, ...errorResponses(409) },
      }),
      async (request, reply) => reply.status(201).send(await types.create(actorOf(request.session), request.body)),
    );

    app.patch(
      '/api/register-types/:key',
      route('register.manage', {
        tags,
        summary: 'Change or deactivate an own register',
        params: registerTypeKeyParamsSchema,
        body: updateRegisterTypeBodySchema,
        response: { 200: registerTypeSchema, ...errorResponses(404, 409) },
      }),
      (request) => types.update(actorOf(request.session), request.params.key, request.body),
    );

    app.get(
      '/api/registrations',
      route('register.read', {
        tags,
        summary: 'Registrations, newest first, filtered',
        querystring: registrationListQuerySchema,
        response: { 200: registrationListSchema },
      }),
      (request) => {
        const { limit, offset, ...filter } = request.query;
        return registrations.list(actorOf(request.session), filter, limit, offset);
      },
    );

    app.post(
      '/api/registrations',
      route('register.write', {
        tags,
        summary: 'Register work (idempotent on the client id)',
        body: registrationInputSchema,
        response: { 200: registrationSchema, 201: registrationSchema, ...errorResponses(422) },
      }),
      async (request, reply) => {
        const { registration, created } = await registrations.create(actorOf(request.session), request.body);
        return reply.status(created ? 201 : 200).send(registration);
      },
    );

    app.get(
      '/api/registrations/:id',
      route('register.read', {
        tags,
        summary: 'One registration',
        params: idParamsSchema,
        response: { 200: registrationSchema, ...errorResponses(404) },
      }),
      (request) => registrations.get(actorOf(request.session), request.params.id),
    );

    app.patch(
      '/api/registrations/:id',
      route('register.write', {
        tags,
        summary: 'Correct a registration',
        params: idParamsSchema,
        body: registrationUpdateSchema,
        response: {
          200: registrationSchema,
          ...errorResponses(404, 409, 422),
        },
      }),
      (request) => registrations.update(actorOf(request.session), request.params.id, request.body),
    );

    app.delete(
      '/api/registrations/:id',
      route('register.write', {
        tags,
        summary: 'Remove a registration (kept in the audit log)',
        params: idParamsSchema,
        response: { 200: okSchema, ...errorResponses(404) },
      }),
      async (request) => {
        await registrations.remove(actorOf(request.session), request.params.id);
        return { ok: true as const };
      },
    );

    app.get(
      '/api/wijken',
      route('signed-in', {
        tags,
        summary: 'The municipality’s wijken, with GeoJSON for maps',
        response: { 200: wijkListSchema },
      }),
      async (request) => {
        const geo = await registrations.geometry(actorOf(request.session).municipalityId);
        if (!geo) return { attribution: null, wijken: [], geojson: null };
        return {
          attribution: geo.attribution,
          wijken: geo.wijken.features.map((f) => ({ code: f.properties.wijk_code, name: f.properties.wijk_naam })),
          geojson: geo.wijken,
        };
      },
    );
  };
}

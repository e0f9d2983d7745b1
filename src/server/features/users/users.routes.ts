import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../shared/api/common.schema.js';
import {
  createUserBodySchema,
  updateUserBodySchema,
  userListSchema,
  userSchema,
} from '../../../shared/api/users.schema.js';
import { errorResponses, route } from '../../http/route-shapes.js';
import { actorOf } from '../../http/session-guard.js';
import type { UserService } from './user.service.js';

export function userRoutes(users: UserService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['users'];
    app.get(
      '/api/users',
      route('user.read', { tags, summary: 'Users of the municipality', response: { 200: userListSchema } }),
      async (request) => ({ users: await users.list(actorOf(request.session)) }),
    );

    app.get(
      '/api/users/:id',
      route('user.read', {
        tags,
        summary: 'One user',
        params: idParamsSchema,
        response: { 200: userSchema, ...errorResponses(404) },
      }),
      (request) => users.get(actorOf(request.session), request.params.id),
    );

    app.post(
      '/api/users',
      route('user.manage', {
        tags,
        summary: 'Create a user',
        body: createUserBodySchema,
        response: { 201: userSchema, ...errorResponses(409) },
      }),
      async (request, reply) => {
        const user = await users.create(actorOf(request.session), request.body);
        return reply.status(201).send(user);
      },
    );

    app.patch(
      '/api/users/:id',
      route('user.manage', {
        tags,
        summary: 'Change a user’s name, role, language, password or activity',
        params: idParamsSchema,
        body: updateUserBodySchema,
        response: { 200: userSchema, ...errorResponses(404, 409) },
      }),
      (request) => users.update(actorOf(request.session), request.params.id, request.body),
    );
  };
}

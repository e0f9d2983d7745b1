import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponseSchema, idParamsSchema } from '../../../shared/api/common.schema.js';
import {
  createUserBodySchema,
  updateUserBodySchema,
  userListSchema,
  userSchema,
} from '../../../shared/api/users.schema.js';
import { actorOf } from '../../http/session-guard.js';
import type { UserService } from './user.service.js';

export function userRoutes(users: UserService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['users'];
    app.get(
      '/api/users',
      {
        config: { access: 'user.read' },
        schema: { tags, summary: 'Users of the municipality', response: { 200: userListSchema } },
      },
      async (request) => ({ users: await users.list(actorOf(request.session)) }),
    );

    app.get(
      '/api/users/:id',
      {
        config: { access: 'user.read' },
        schema: {
          tags,
          summary: 'One user',
          params: idParamsSchema,
          response: { 200: userSchema, 404: errorResponseSchema },
        },
      },
      (request) => users.get(actorOf(request.session), request.params.id),
    );

    app.post(
      '/api/users',
      {
        config: { access: 'user.manage' },
        schema: {
          tags,
          summary: 'Create a user',
          body: createUserBodySchema,
          response: { 201: userSchema, 409: errorResponseSchema },
        },
      },
      async (request, reply) => {
        const user = await users.create(actorOf(request.session), request.body);
        return reply.status(201).send(user);
      },
    );

    app.patch(
      '/api/users/:id',
      {
        config: { access: 'user.manage' },
        schema: {
          tags,
          summary: 'Change a user’s name, role, language, password or activity',
          params: idParamsSchema,
          body: updateUserBodySchema,
          response: { 200: userSchema, 404: errorResponseSchema, 409: errorResponseSchema },
        },
      },
      (request) => users.update(actorOf(request.session), request.params.id, request.body),
    );
  };
}

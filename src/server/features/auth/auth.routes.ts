import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { loginBodySchema, meSchema } from '../../../shared/api/auth.schema.js';
import { updateOwnLocaleBodySchema } from '../../../shared/api/users.schema.js';
import {
  changeOwnPasswordBodySchema,
  clearLoginBlockBodySchema,
  clearLoginBlockResultSchema,
  loginBlockListSchema,
} from '../../../shared/api/security.schema.js';
import { errorResponses, route } from '../../http/route-shapes.js';
import { actorOf } from '../../http/session-guard.js';
import { AppError } from '../../http/app-error.js';
import { localeCookieName, sessionCookieName } from '../../http/request-context.js';
import type { UserService } from '../users/user.service.js';
import type { AuthService } from './auth.service.js';

export function authRoutes(auth: AuthService, users: UserService, secureCookies: boolean): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/auth/login',
      route('public', {
        tags: ['auth'],
        summary: 'Log in with e-mail and password',
        body: loginBodySchema,
        response: { 200: meSchema, ...errorResponses(401, 429) },
      }),
      async (request, reply) => {
        const { token, context, expiresAt } = await auth.login(request.body.email, request.body.password, request.ip);
        void reply.setCookie(sessionCookieName, token, {
          httpOnly: true,
          sameSite: 'strict',
          secure: secureCookies,
          path: '/',
          expires: expiresAt,
        });
        return context.me;
      },
    );

    app.post(
      '/api/auth/logout',
      route('signed-in', {
        tags: ['auth'],
        summary: 'End the session',
        response: { 200: z.object({ ok: z.literal(true) }) },
      }),
      async (request, reply) => {
        if (!request.session) throw new AppError('AUTH_REQUIRED');
        await auth.logout(request.session);
        void reply.clearCookie(sessionCookieName, { path: '/' });
        return { ok: true as const };
      },
    );

    app.get(
      '/api/auth/me',
      route('signed-in', {
        tags: ['auth'],
        summary: 'The signed-in user, role and municipality',
        response: { 200: meSchema, ...errorResponses(401) },
      }),
      (request) => {
        if (!request.session) throw new AppError('AUTH_REQUIRED');
        return request.session.me;
      },
    );

    app.put(
      '/api/auth/me/password',
      route('signed-in', {
        tags: ['auth'],
        summary: 'Change one’s own password (the current one is asked); ends one’s other sessions and calendar feed',
        body: changeOwnPasswordBodySchema,
        response: { 200: z.object({ ok: z.literal(true) }), ...errorResponses(422, 429) },
      }),
      async (request) => {
        if (!request.session) throw new AppError('AUTH_REQUIRED');
        await auth.changeOwnPassword(
          request.session,
          request.body.currentPassword,
          request.body.newPassword,
          request.ip,
        );
        return { ok: true as const };
      },
    );

    app.get(
      '/api/login-blocks',
      route('user.manage', {
        tags: ['auth'],
        summary: 'Current login blocks of the municipality’s users and of the addresses their failures came from',
        response: { 200: loginBlockListSchema },
      }),
      async (request) => ({ blocks: await auth.loginBlocks(actorOf(request.session)) }),
    );

    app.post(
      '/api/login-blocks/clear',
      route('user.manage', {
        tags: ['auth'],
        summary: 'Clear a login block (one e-mail from one address, or one address)',
        body: clearLoginBlockBodySchema,
        response: { 200: clearLoginBlockResultSchema },
      }),
      async (request) => ({ cleared: await auth.clearLoginBlock(actorOf(request.session), request.body) }),
    );

    app.put(
      '/api/auth/me/locale',
      route('signed-in', {
        tags: ['auth'],
        summary: 'Set the signed-in user’s language',
        body: updateOwnLocaleBodySchema,
        response: { 200: meSchema },
      }),
      async (request, reply) => {
        const session = request.session;
        if (!session) throw new AppError('AUTH_REQUIRED');
        await users.setOwnLocale(session.actor, request.body.locale);
        void reply.setCookie(localeCookieName, request.body.locale, {
          sameSite: 'strict',
          secure: secureCookies,
          path: '/',
          maxAge: 365 * 24 * 3600,
        });
        return { ...session.me, user: { ...session.me.user, locale: request.body.locale } };
      },
    );
  };
}

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  passwordResetAcceptedSchema,
  passwordResetConfirmBodySchema,
  passwordResetRequestBodySchema,
} from '../../../shared/api/password-reset.schema.js';
import type { PasswordResetService } from './password-reset.service.js';
import { errorResponses, route } from '../../http/route-shapes.js';

/**
 * "Wachtwoord vergeten?": public, rate-limited per client address; the request never tells whether an e-mail exists.
 */
export function passwordResetRoutes(reset: PasswordResetService): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/auth/password-reset',
      route('public', {
        tags: ['auth'],
        summary: 'Mail a password reset link (valid once, 30 minutes); the same answer whether the e-mail exists',
        body: passwordResetRequestBodySchema,
        response: { 200: passwordResetAcceptedSchema, ...errorResponses(429) },
      }),
      async (request) => {
        await reset.request(request.body.email, request.ip);
        return { ok: true as const };
      },
    );

    app.post(
      '/api/auth/password-reset/confirm',
      route('public', {
        tags: ['auth'],
        summary: 'Set a new password with the token from the mailed link; ends every session of the user',
        body: passwordResetConfirmBodySchema,
        response: {
          200: passwordResetAcceptedSchema,
          ...errorResponses(400, 422, 429),
        },
      }),
      async (request) => {
        await reset.confirm(request.body.token, request.body.password, request.ip);
        return { ok: true as const };
      },
    );
  };
}

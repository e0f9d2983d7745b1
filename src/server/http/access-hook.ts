import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { can } from '../../shared/access/roles.js';
import { isLocale, localeFromAcceptLanguage } from '../../shared/i18n/locale.js';
import type { AuthService } from '../features/auth/auth.service.js';
import { AppError } from './app-error.js';
import { csrfHeaderName, localeCookieName, sessionCookieName } from './request-context.js';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function pickLocale(request: FastifyRequest): void {
  const cookie = request.cookies[localeCookieName];
  request.locale = isLocale(cookie) ? cookie : localeFromAcceptLanguage(request.headers['accept-language']);
}

/**
 * Runs before body parsing on every request: language, session, then the route's access rule
 * (401 without a session, 403 for a wrong CSRF token or a role the policy refuses).
 */
export function installAccessHook(app: FastifyInstance, auth: AuthService): void {
  app.decorateRequest('locale', 'nl');
  app.decorateRequest('session', undefined);

  app.addHook('onRequest', async (request) => {
    pickLocale(request);
    const token = request.cookies[sessionCookieName];
    if (token) {
      request.session = await auth.resolve(token);
      if (request.session && !isLocale(request.cookies[localeCookieName])) {
        request.locale = request.session.me.user.locale;
      }
    }
    const access = request.routeOptions.config.access;
    if (!request.url.startsWith('/api/') || access === 'public' || request.is404) return;
    const session = request.session;
    if (!session) throw new AppError('AUTH_REQUIRED');
    if (!safeMethods.has(request.method)) {
      const header = request.headers[csrfHeaderName];
      if (typeof header !== 'string' || !sameToken(header, session.csrfToken)) throw new AppError('CSRF_INVALID');
    }
    // A route without a declared rule is closed to everyone: forgetting the rule cannot open a route.
    if (access === undefined) throw new AppError('FORBIDDEN');
    if (access !== 'signed-in' && !can(session.actor, access)) throw new AppError('FORBIDDEN');
  });
}

import type { Action } from '../../shared/access/roles.js';
import type { Locale } from '../../shared/i18n/locale.js';
import type { SessionContext } from '../features/auth/auth.service.js';

/** Who may call a route: anyone (`public`), any signed-in user (`signed-in`), or the holders of an action. */
type RouteAccess = 'public' | 'signed-in' | Action;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    locale: Locale;
    session: SessionContext | undefined;
  }
}

export const sessionCookieName = 'svpp_session';
export const localeCookieName = 'svpp_locale';
export const csrfHeaderName = 'x-csrf-token';

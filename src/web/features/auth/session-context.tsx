import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { Me } from '../../../shared/api/auth.schema.js';
import { type Action, can } from '../../../shared/access/roles.js';
import { DEFAULT_TIME_ZONE, todayIn } from '../../../shared/calendar/days.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import { apiClient } from '../../api/api-client.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { authApi } from './auth.api.js';

/** `loggedOut`: the user ended the session themselves (nothing to return to after the next login). */
export type SessionState =
  { status: 'loading' } | { status: 'anonymous'; loggedOut?: boolean } | { status: 'signed-in'; me: Me };

export interface Session {
  state: SessionState;
  login: (email: string, password: string) => Promise<void>;
  logout: () => Promise<void>;
  /** Switches the language; when signed in it is saved to the user's profile. */
  changeLocale: (locale: Locale) => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/** Who is signed in. Asks `/api/auth/me` once at start; the profile's language wins once signed in. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const { locale, setLocale } = useI18n();
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  // A language picked on the login page is saved to the profile at login instead of being overridden by it.
  const pickedBeforeLogin = useRef(false);

  const signIn = useCallback((me: Me) => {
    apiClient.setCsrfToken(me.csrfToken);
    setState({ status: 'signed-in', me });
  }, []);

  const signOut = useCallback((loggedOut = false) => {
    apiClient.setCsrfToken(undefined);
    setState({ status: 'anonymous', loggedOut });
  }, []);

  useEffect(() => {
    apiClient.onUnauthorized(() => signOut());
    let current = true;
    authApi.me().then(
      (me) => {
        if (!current) return;
        signIn(me);
        setLocale(me.user.locale);
      },
      () => current && signOut(),
    );
    return () => {
      current = false;
      apiClient.onUnauthorized(undefined);
    };
  }, [signIn, signOut, setLocale]);

  const login = useCallback(
    async (email: string, password: string) => {
      let me = await authApi.login({ email, password });
      apiClient.setCsrfToken(me.csrfToken);
      if (pickedBeforeLogin.current && me.user.locale !== locale) {
        me = await authApi.setLocale(locale).catch(() => me);
      }
      pickedBeforeLogin.current = false;
      signIn(me);
      setLocale(me.user.locale);
    },
    [locale, signIn, setLocale],
  );

  const logout = useCallback(async () => {
    try {
      await authApi.logout();
    } finally {
      signOut(true);
    }
  }, [signOut]);

  const changeLocale = useCallback(
    async (next: Locale) => {
      setLocale(next);
      if (state.status !== 'signed-in') {
        pickedBeforeLogin.current = true;
        return;
      }
      const me = await authApi.setLocale(next);
      setState({ status: 'signed-in', me: { ...me, csrfToken: state.me.csrfToken } });
    },
    [setLocale, state],
  );

  const value = useMemo<Session>(() => ({ state, login, logout, changeLocale }), [state, login, logout, changeLocale]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const context = useContext(SessionContext);
  if (!context) throw new Error('useSession must be used inside <SessionProvider>');
  return context;
}

/** The signed-in user; only for components rendered behind <RequireSession>. */
export function useMe(): Me {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useMe needs a signed-in session');
  return state.me;
}

/** May the signed-in user do this action (same policy as the server)? */
export function useCan(): (action: Action) => boolean {
  const me = useMe();
  return useCallback(
    (action: Action) => can({ userId: me.user.id, role: me.user.role, municipalityId: me.municipality.id }, action),
    [me],
  );
}

/** The municipality's time zone (Europe/Brussels when no one is signed in, e.g. the public complaint form). */
export function useTimeZone(): string {
  const { state } = useSession();
  return state.status === 'signed-in' ? state.me.municipality.timeZone : DEFAULT_TIME_ZONE;
}

/** Today on the municipality's calendar (not the browser's own zone): the web's one "today". */
export function useToday(): string {
  return todayIn(useTimeZone(), new Date());
}

import { MantineProvider } from '@mantine/core';
import { configure, render, type RenderResult } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { vi } from 'vitest';
import type { Me } from '../../shared/api/auth.schema.js';
import { App } from '../app.js';
import { SessionProvider } from '../features/auth/session-context.js';
import { I18nProvider } from '../i18n/i18n-context.js';
import { cssVariablesResolver, theme } from '../theme.js';

/** What jsdom lacks and Mantine needs. */
export function installDomShims(): void {
  if (!window.matchMedia) {
    window.matchMedia = (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    });
  }
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  // Mantine's autosize textarea listens for web fonts, which jsdom does not have.
  if (!('fonts' in document)) {
    Object.defineProperty(document, 'fonts', {
      value: { addEventListener: () => undefined, removeEventListener: () => undefined },
      configurable: true,
    });
  }
  if (!('scrollIntoView' in window.HTMLElement.prototype)) {
    Object.defineProperty(window.HTMLElement.prototype, 'scrollIntoView', { value: () => undefined });
  }
}

export interface FakeResponse {
  status: number;
  body: unknown;
}

/**
 * Answers the app's fetches from a handler: `(method, path with query, body) → response`; unknown routes fail the test.
 */
export function fakeServer(handler: (method: string, url: string, body: unknown) => FakeResponse | undefined): void {
  vi.stubGlobal('fetch', (url: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    const body: unknown = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    const answer = handler(method, url, body);
    if (!answer) return Promise.reject(new Error(`unexpected request ${method} ${url}`));
    return Promise.resolve({
      ok: answer.status >= 200 && answer.status < 300,
      status: answer.status,
      json: () => Promise.resolve(answer.body),
    });
  });
}

export const fakeMe: Me = {
  user: {
    id: '00000000-0000-4000-8000-000000000001',
    email: 'admin@mechelen.demo',
    displayName: 'Demo Beheerder',
    role: 'admin',
    locale: 'nl',
  },
  municipality: {
    id: '00000000-0000-4000-8000-0000000000aa',
    slug: 'mechelen',
    name: 'Mechelen',
    timeZone: 'Europe/Brussels',
  },
  csrfToken: 'csrf-token',
};

/**
 * The app's pages are lazy chunks: the first page a test file opens is transformed on demand, which on a busy
 * two-core machine takes over the one second `findBy…` waits by default. Waits are for appearing, never timing.
 */
configure({ asyncUtilTimeout: 5000 });

/** The whole app at `path`, in Dutch, with Mantine's test environment (no transitions, no portals). */
export function renderApp(path: string): RenderResult {
  installDomShims();
  return render(
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} forceColorScheme="light" env="test">
      <I18nProvider initial="nl">
        <SessionProvider>
          <MemoryRouter initialEntries={[path]}>
            <App />
          </MemoryRouter>
        </SessionProvider>
      </I18nProvider>
    </MantineProvider>,
  );
}

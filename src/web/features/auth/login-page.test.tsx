// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeMe, fakeServer, renderApp } from '../../testing/render-app.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function fill(label: string, value: string): void {
  fireEvent.change(screen.getByLabelText(label, { exact: false }), { target: { value } });
}

describe('LoginPage', () => {
  it('asks for both fields, shows the server message with its code, then lets the user in', async () => {
    let attempts = 0;
    fakeServer((method, url, body) => {
      if (url === '/api/auth/me') {
        return { status: 401, body: { error: { code: 'AUTH_REQUIRED', message: 'Meld u aan om verder te gaan.' } } };
      }
      if (method === 'POST' && url === '/api/auth/login') {
        attempts += 1;
        const { password } = body as { password: string };
        if (password === 'right-password') return { status: 200, body: fakeMe };
        return {
          status: 429,
          body: { error: { code: 'AUTH_THROTTLED', message: 'Te veel mislukte aanmeldpogingen.' } },
        };
      }
      return undefined;
    });
    renderApp('/users');

    expect(await screen.findByRole('heading', { level: 1, name: 'Aanmelden' })).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Aanmelden' }));
    expect(screen.getByText('Vul uw e-mailadres in.')).toBeDefined();
    expect(screen.getByText('Vul uw wachtwoord in.')).toBeDefined();
    expect(attempts).toBe(0);

    fill('E-mailadres', 'admin@mechelen.demo');
    fill('Wachtwoord', 'wrong');
    fireEvent.click(screen.getByRole('button', { name: 'Aanmelden' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Te veel mislukte aanmeldpogingen.');
    expect(alert.textContent).toContain('AUTH_THROTTLED');

    fill('Wachtwoord', 'right-password');
    fireEvent.click(screen.getByRole('button', { name: 'Aanmelden' }));
    // Back to the page that asked for the login; the users list then loads (and fails here: no such route).
    expect(await screen.findByRole('heading', { level: 1, name: 'Gebruikers' })).toBeDefined();
  });
});

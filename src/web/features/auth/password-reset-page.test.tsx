// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeServer, renderApp } from '../../testing/render-app.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const signedOut = { status: 401, body: { error: { code: 'AUTH_REQUIRED', message: 'Meld u aan om verder te gaan.' } } };

describe('PasswordResetPage', () => {
  it('is reached from the login page and asks for the link by e-mail', async () => {
    const asked: unknown[] = [];
    fakeServer((method, url, body) => {
      if (url === '/api/auth/me') return signedOut;
      if (method === 'POST' && url === '/api/auth/password-reset') {
        asked.push(body);
        return { status: 200, body: { ok: true } };
      }
      return undefined;
    });
    renderApp('/login');
    fireEvent.click(await screen.findByRole('link', { name: 'Wachtwoord vergeten?' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Wachtwoord opnieuw instellen' })).toBeDefined();
    fireEvent.change(screen.getByLabelText('E-mailadres', { exact: false }), {
      target: { value: ' staff@alpha.test ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Link versturen' }));
    expect((await screen.findByRole('status')).textContent).toContain('Als dit e-mailadres bij svpp bekend is');
    expect(asked).toEqual([{ email: 'staff@alpha.test' }]);
  });

  it('sets the new password with the token from the link, and says so when the link has expired', async () => {
    const sent: unknown[] = [];
    fakeServer((method, url, body) => {
      if (url === '/api/auth/me') return signedOut;
      if (method === 'POST' && url === '/api/auth/password-reset/confirm') {
        sent.push(body);
        return sent.length === 1
          ? {
              status: 400,
              body: { error: { code: 'AUTH_RESET_TOKEN_INVALID', message: 'Deze link is verlopen of al gebruikt.' } },
            }
          : { status: 200, body: { ok: true } };
      }
      return undefined;
    });
    const token = 'a'.repeat(20) + 'B_-9';
    renderApp(`/password-reset#token=${token}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Kies een nieuw wachtwoord' })).toBeDefined();
    const fill = (name: string, value: string) => {
      const input = document.querySelector<HTMLInputElement>(`input[name=${name}]`);
      if (!input) throw new Error(`no input ${name}`);
      fireEvent.change(input, { target: { value } });
    };

    fill('confirmPassword', 'kort');
    fireEvent.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));
    expect(screen.getByText('De twee nieuwe wachtwoorden zijn niet gelijk.')).toBeDefined();
    expect(sent).toHaveLength(0);

    fill('newPassword', 'paarse olifant danst traag');
    fill('confirmPassword', 'paarse olifant danst traag');
    fireEvent.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));
    expect((await screen.findByRole('alert')).textContent).toContain('AUTH_RESET_TOKEN_INVALID');
    fireEvent.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));
    expect((await screen.findByRole('status')).textContent).toContain('Uw nieuwe wachtwoord is ingesteld.');
    expect(sent[1]).toEqual({ token, password: 'paarse olifant danst traag' });
  });

  it('shows the server refusing a weak password under the password field, not as an alert', async () => {
    fakeServer((method, url) => {
      if (url === '/api/auth/me') return signedOut;
      if (method === 'POST' && url === '/api/auth/password-reset/confirm') {
        return { status: 400, body: { error: { code: 'PASSWORD_TOO_WEAK', message: 'Dit wachtwoord is te zwak.' } } };
      }
      return undefined;
    });
    renderApp(`/password-reset#token=${'a'.repeat(20)}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Kies een nieuw wachtwoord' })).toBeDefined();
    for (const name of ['newPassword', 'confirmPassword']) {
      const input = document.querySelector<HTMLInputElement>(`input[name=${name}]`);
      if (!input) throw new Error(`no input ${name}`);
      fireEvent.change(input, { target: { value: 'paarse olifant danst traag' } });
    }
    fireEvent.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));
    expect(await screen.findByText('Dit wachtwoord is te zwak.')).toBeDefined();
    const refusal = screen.getByText('Dit wachtwoord is te zwak.');
    expect(document.querySelector('input[name=newPassword]')?.getAttribute('aria-describedby')).toBe(refusal.id);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { builtinRegisterTypes } from '../../../shared/indicators/builtin-register-types.js';
import type { Subject } from '../../../shared/subjects/subject.js';
import { fakeMe, fakeServer, renderApp } from '../../testing/render-app.js';

const subject = (id: string, name: string, changes: Partial<Subject> = {}): Subject => ({
  id: `00000000-0000-4000-8000-0000000000${id}`,
  typeKey: 'meeting',
  kind: 'body',
  key: `k${id}`,
  name,
  sectionNumber: '1',
  category: null,
  reportKind: null,
  state: 'proposed',
  active: true,
  mergedIntoId: null,
  registrations: 0,
  indicators: [],
  ...changes,
});
const cpr = subject('01', 'CPR', {
  state: 'confirmed',
  registrations: 12,
  indicators: [
    { id: '00000000-0000-4000-8000-0000000000f1', number: '1.2.4.1', text: 'Aantal vergaderingen van de CPR' },
  ],
});
const preventieraad = subject('02', 'Preventieraad', { registrations: 3 });
const inbraak = subject('03', 'Toezicht inbraak', { typeKey: 'supervision', kind: 'guard_task', sectionNumber: '11' });
const types = builtinRegisterTypes.map((definition) => ({
  key: definition.key,
  builtin: true,
  active: true,
  definition,
}));

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('SubjectsPage', () => {
  it('groups the subjects per register with state, registrations and indicators; a coordinator merges, and the server’s refusal is shown', async () => {
    const calls: string[] = [];
    fakeServer((method, url, body) => {
      if (url === '/api/auth/me') {
        return { status: 200, body: { ...fakeMe, user: { ...fakeMe.user, role: 'coordinator' } } };
      }
      if (url === '/api/subjects?includeInactive=true') {
        return { status: 200, body: { subjects: [cpr, preventieraad, inbraak] } };
      }
      if (url === '/api/register-types') return { status: 200, body: { types } };
      if (method === 'POST' && url === `/api/subjects/${preventieraad.id}/merge`) {
        calls.push(JSON.stringify(body));
        return {
          status: 422,
          body: {
            error: {
              code: 'SUBJECT_MERGE_WRONG_REGISTER',
              message: 'Onderwerpen van verschillende registers kunnen niet samengevoegd worden.',
            },
          },
        };
      }
      if (method === 'PATCH' && url === `/api/subjects/${preventieraad.id}`) {
        calls.push(`patch ${JSON.stringify(body)}`);
        return { status: 200, body: { ok: true } };
      }
      return undefined;
    });
    renderApp('/subjects');

    expect(await screen.findByRole('heading', { level: 1, name: 'Onderwerpen' })).toBeDefined();
    const meetings = await screen.findByRole('region', { name: /Vergadering/ });
    const cprRow = within(meetings).getByText('CPR').closest('tr')!;
    expect(within(cprRow).getByText('bevestigd')).toBeDefined();
    expect(within(cprRow).getByText('12')).toBeDefined();
    expect(within(cprRow).getByText('Aantal vergaderingen van de CPR')).toBeDefined();
    expect(within(screen.getByRole('region', { name: /Toezichtmoment/ })).getByText('Toezicht inbraak')).toBeDefined();
    expect(screen.getByText('3 onderwerpen, waarvan 2 voorgesteld.')).toBeDefined();

    fireEvent.click(screen.getByRole('button', { name: 'Preventieraad samenvoegen met een ander onderwerp' }));
    const dialog = await screen.findByRole('dialog', { name: 'Preventieraad samenvoegen' });
    expect(
      within(dialog).getByText(/De 3 registraties van “Preventieraad” gaan naar het gekozen onderwerp/),
    ).toBeDefined();
    expect(within(dialog).getByText(/auditlog/)).toBeDefined();
    // Only subjects of the same register are offered.
    const options = within(dialog)
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(options).toEqual(['Kies een onderwerp', 'CPR (sectie 1)']);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Samenvoegen' }));
    expect(await within(dialog).findByText('Kies het onderwerp waarin het samengevoegd wordt.')).toBeDefined();
    expect(calls).toHaveLength(0);
    fireEvent.change(within(dialog).getByRole('combobox'), { target: { value: cpr.id } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Samenvoegen' }));
    expect(
      await within(dialog).findByText('Onderwerpen van verschillende registers kunnen niet samengevoegd worden.'),
    ).toBeDefined();
    expect(calls).toEqual([JSON.stringify({ intoId: cpr.id })]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Annuleren' }));

    fireEvent.click(screen.getByRole('button', { name: 'Preventieraad bevestigen' }));
    await vi.waitFor(() => expect(calls).toContain(`patch ${JSON.stringify({ confirm: true })}`));
  });

  it('shows a viewer the subjects without any action', async () => {
    fakeServer((_method, url) => {
      if (url === '/api/auth/me') return { status: 200, body: { ...fakeMe, user: { ...fakeMe.user, role: 'viewer' } } };
      if (url === '/api/subjects?includeInactive=true') {
        return { status: 200, body: { subjects: [cpr, preventieraad] } };
      }
      if (url === '/api/register-types') return { status: 200, body: { types } };
      return undefined;
    });
    renderApp('/subjects');
    expect(await screen.findByText('Preventieraad')).toBeDefined();
    expect(
      screen.getByText('U kunt de onderwerpen bekijken; alleen een coördinator of beheerder kan ze wijzigen.'),
    ).toBeDefined();
    expect(screen.queryByRole('button', { name: /samenvoegen|bevestigen|hernoemen/i })).toBeNull();
  });
});

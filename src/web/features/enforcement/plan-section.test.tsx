// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EnforcementPlan } from '../../../shared/api/enforcement-steering.schema.js';
import { fakeMe, fakeServer, renderApp } from '../../testing/render-app.js';

const planId = '00000000-0000-4000-8000-00000000e001';
const plan: EnforcementPlan = {
  id: planId,
  title: 'Handhavingsplan Mechelen',
  version: '2026',
  validFrom: '2026-01-01',
  validTo: '2028-12-31',
  fileId: null,
  summary: 'Parkeren en autoluwe binnenstad.',
  signatories: [
    {
      id: '00000000-0000-4000-8000-00000000e101',
      party: 'police',
      signedBy: 'Korpschef Peeters',
      signedOn: '2026-02-03',
    },
    { id: '00000000-0000-4000-8000-00000000e102', party: 'city', signedBy: 'Burgemeester Janssens', signedOn: null },
  ],
  fullySigned: false,
  current: true,
  subjectId: '00000000-0000-4000-8000-00000000e201',
  createdAt: '2026-02-01T10:00:00.000Z',
  updatedAt: '2026-02-03T10:00:00.000Z',
};
const overview = {
  year: 2026,
  registerKey: 'enforcement_steering',
  subjectId: null,
  counts: { meeting: 0, feedback: 0, policy_proposal: 0 },
  meetingsRequired: null,
  indicators: [],
  recent: [],
};

type Role = 'coordinator' | 'staff';

/** The app at the steering tab, the server answering the plans from `plans` and recording every write. */
function serve(role: Role, plans: EnforcementPlan[], write?: (method: string, url: string, body: unknown) => unknown) {
  const writes: { method: string; url: string; body: unknown }[] = [];
  const loads: string[] = [];
  fakeServer((method, url, body) => {
    if (url === '/api/auth/me') return { status: 200, body: { ...fakeMe, user: { ...fakeMe.user, role } } };
    if (url === '/api/enforcement/steering') return { status: 200, body: overview };
    if (method === 'GET' && url === '/api/enforcement/plans') {
      loads.push(url);
      return { status: 200, body: { plans } };
    }
    if (url.startsWith('/api/enforcement/plans')) {
      writes.push({ method, url, body });
      const answer = write?.(method, url, body);
      return answer ? (answer as { status: number; body: unknown }) : { status: 200, body: { ok: true } };
    }
    return undefined;
  });
  renderApp('/enforcement?tab=steering');
  return Object.assign(writes, { loads });
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('PlanSection', () => {
  it('shows each plan’s status: who signed when, who has not yet, its validity', async () => {
    serve('staff', [plan]);
    const card = await screen.findByRole('article');
    expect(within(card).getByText('Nog niet volledig ondertekend')).toBeDefined();
    expect(within(card).getByText('Van kracht')).toBeDefined();
    expect(within(card).getByText(/Geldig van 01\/01\/2026 tot 31\/12\/2028/)).toBeDefined();
    const police = within(card).getByText('Korpschef Peeters').closest('tr')!;
    expect(within(police).getByText('Lokale politie')).toBeDefined();
    expect(within(police).getByText('03/02/2026')).toBeDefined();
    const city = within(card).getByText('Burgemeester Janssens').closest('tr')!;
    expect(within(city).getByText('Nog niet ondertekend')).toBeDefined();
    expect(within(card).getByText('Nog te ondertekenen door: Parket, Stadsbestuur')).toBeDefined();
    // Staff read enforcement but do not manage it: no form, no edit.
    expect(screen.queryByRole('button', { name: 'Handhavingsplan toevoegen' })).toBeNull();
    expect(within(card).queryByRole('button', { name: /wijzigen|verwijderen/ })).toBeNull();
  });

  it('edits a plan: adds the prosecutor’s row, signs for the city, keeps file and subject, and reloads', async () => {
    const writes = serve('coordinator', [plan], (method) =>
      method === 'PUT' ? { status: 200, body: { ...plan, fullySigned: true } } : undefined,
    );
    const card = await screen.findByRole('article');
    fireEvent.click(within(card).getByRole('button', { name: 'Handhavingsplan Mechelen wijzigen' }));
    const form = await screen.findByRole('form', { name: 'Handhavingsplan Mechelen wijzigen' });
    expect(within(form).getByLabelText<HTMLInputElement>(/^Titel/).value).toBe('Handhavingsplan Mechelen');
    expect(within(form).getByLabelText<HTMLInputElement>(/^Geldig vanaf/).value).toBe('01/01/2026');

    const city = within(form).getByRole('group', { name: 'Ondertekenaar 2' });
    expect(within(city).getByRole<HTMLSelectElement>('combobox', { name: 'Partij' }).value).toBe('city');
    fireEvent.change(within(city).getByLabelText(/^Ondertekend op/), { target: { value: '10/02/2026' } });

    fireEvent.click(within(form).getByRole('button', { name: 'Ondertekenaar toevoegen' }));
    const added = within(form).getByRole('group', { name: 'Ondertekenaar 3' });
    // Only the party not yet on the plan is offered, and all three rows exist: no further row can be added.
    const options = within(added)
      .getAllByRole('option')
      .map((o) => o.getAttribute('value'));
    expect(options).toEqual(['prosecutor']);
    expect(within(form).queryByRole('button', { name: 'Ondertekenaar toevoegen' })).toBeNull();
    fireEvent.change(within(added).getByLabelText(/^Ondertekend door/), { target: { value: 'Procureur Maes' } });

    fireEvent.click(within(form).getByRole('button', { name: 'Opslaan' }));
    await vi.waitFor(() => expect(writes).toHaveLength(1));
    expect(writes[0]).toEqual({
      method: 'PUT',
      url: `/api/enforcement/plans/${planId}`,
      body: {
        title: 'Handhavingsplan Mechelen',
        version: '2026',
        validFrom: '2026-01-01',
        validTo: '2028-12-31',
        summary: 'Parkeren en autoluwe binnenstad.',
        fileId: null,
        subjectId: plan.subjectId,
        signatories: [
          { party: 'police', signedBy: 'Korpschef Peeters', signedOn: '2026-02-03' },
          { party: 'city', signedBy: 'Burgemeester Janssens', signedOn: '2026-02-10' },
          { party: 'prosecutor', signedBy: 'Procureur Maes', signedOn: null },
        ],
      },
    });
    // The form closes and the list is read again.
    await vi.waitFor(() => expect(screen.queryByRole('form', { name: /wijzigen/ })).toBeNull());
    await vi.waitFor(() => expect(writes.loads).toHaveLength(2));
  });

  it('creates a plan with a row removed, and shows the server’s refusal in the form', async () => {
    const writes = serve('coordinator', [], (method) =>
      method === 'POST'
        ? {
            status: 422,
            body: {
              error: {
                code: 'GAS_PLAN_DATES_INVALID',
                message: 'De data van het handhavingsplan kloppen niet.',
              },
            },
          }
        : undefined,
    );
    expect(await screen.findByText('Er is nog geen handhavingsplan geregistreerd.')).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Handhavingsplan toevoegen' }));
    const form = await screen.findByRole('form', { name: 'Nieuw handhavingsplan' });
    // A new plan starts with one row per party.
    expect(within(form).getAllByRole('group', { name: /^Ondertekenaar \d$/ })).toHaveLength(3);
    fireEvent.change(within(form).getByLabelText(/^Titel/), { target: { value: 'Handhavingsplan 2027' } });
    fireEvent.change(within(form).getByLabelText(/^Versie/), { target: { value: '1.0' } });
    fireEvent.change(within(form).getByLabelText(/^Geldig vanaf/), { target: { value: '1/1/2027' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Ondertekenaar 2 verwijderen' }));
    const rows = within(form).getAllByRole('group', { name: /^Ondertekenaar \d$/ });
    expect(rows).toHaveLength(2);
    fireEvent.change(within(rows[0]!).getByLabelText(/^Ondertekend door/), { target: { value: 'Korpschef' } });
    fireEvent.change(within(rows[1]!).getByLabelText(/^Ondertekend door/), { target: { value: 'Burgemeester' } });
    fireEvent.change(within(rows[1]!).getByLabelText(/^Ondertekend op/), { target: { value: '02/01/2027' } });

    fireEvent.click(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(await within(form).findByText('De data van het handhavingsplan kloppen niet.')).toBeDefined();
    expect([...writes]).toEqual([
      {
        method: 'POST',
        url: '/api/enforcement/plans',
        body: {
          title: 'Handhavingsplan 2027',
          version: '1.0',
          validFrom: '2027-01-01',
          validTo: null,
          summary: null,
          fileId: null,
          subjectId: null,
          signatories: [
            { party: 'police', signedBy: 'Korpschef', signedOn: null },
            { party: 'city', signedBy: 'Burgemeester', signedOn: '2027-01-02' },
          ],
        },
      },
    ]);
    // The form stays open with what was typed.
    expect(within(form).getByLabelText<HTMLInputElement>(/^Titel/).value).toBe('Handhavingsplan 2027');
  });
});

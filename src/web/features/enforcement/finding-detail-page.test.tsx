// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FindingDetail, FindingHolder } from '../../../shared/api/enforcement-procedure.schema.js';
import { todayIn } from '../../../shared/calendar/days.js';
import { fakeMe, fakeServer, renderApp } from '../../testing/render-app.js';

vi.mock('../../components/charts/lazy-charts.js', () => ({ ChartView: () => null, WijkMapView: () => null }));

const id = '0b9f5c2e-6c1a-4d7e-9a41-2f1f4e0c1a01';
const base = `/api/enforcement/findings/${id}`;

// An ABP finding (no fixed amount), notified, its defence period over: a decision may follow.
const finding: FindingDetail = {
  id,
  municipalityId: fakeMe.municipality.id,
  reference: 'GAS-2026-000123',
  observedAt: '2026-01-05T09:30:00.000Z',
  observedOn: '2026-01-05',
  articleCode: 'ABP-12',
  articleLabel: { nl: 'Sluikstorten', fr: 'Dépôt clandestin' },
  mediationAllowed: true,
  category: 'abp',
  plate: '1ABC234',
  plateCountry: 'BE',
  street: 'Grote Markt',
  houseNumber: '1',
  source: 'guard',
  observer: 'GW-07',
  status: 'notified',
  amountCents: null,
  paidCents: 0,
  structuredCommunication: '+++090/9337/55493+++',
  prescriptionOn: '2027-01-05',
  prescribed: false,
  notifiedOn: '2026-01-12',
  defenceUntil: '2026-01-27',
  decision: null,
  decidedOn: null,
  appealOutcome: null,
  closedOn: null,
  closeReason: null,
  hasHolder: true,
  steps: [
    { stepKey: 'holder_identified', doneOn: '2026-01-08', outcome: 'found', batchId: 'b1', note: null },
    { stepKey: 'notified', doneOn: '2026-01-12', outcome: null, batchId: 'b2', note: null },
  ],
  deadlines: [
    { key: 'defence_period', due: '2026-01-27', metOn: '2026-01-27', overdue: false },
    { key: 'payment', due: '2026-03-04', metOn: null, overdue: true },
  ],
  availableSteps: ['defence_received', 'decided', 'paid'],
  closeOutcomes: ['prescribed'],
  payments: [],
};

const holder: FindingHolder = {
  fullName: 'Jan Peeters',
  addressLine: 'Bruul 10',
  postalCode: '2800',
  city: 'Mechelen',
  country: 'BE',
  language: 'fr',
};

interface Call {
  method: string;
  url: string;
  body: unknown;
}

function serve(detail: FindingDetail = finding): Call[] {
  const calls: Call[] = [];
  fakeServer((method, url, body) => {
    calls.push({ method, url, body });
    if (url === '/api/auth/me') return { status: 200, body: fakeMe };
    if (method === 'GET' && url === `${base}/procedure`) return { status: 200, body: detail };
    if (method === 'GET' && url === `${base}/holder`) return { status: 200, body: { holder } };
    if (method === 'POST' && url === `${base}/steps`) return { status: 200, body: { ok: true } };
    if (method === 'POST' && url === `${base}/close`) {
      return {
        status: 409,
        body: { error: { code: 'CASE_CLOSE_OUTCOME', message: 'Deze afsluiting kan nu niet.', details: {} } },
      };
    }
    return undefined;
  });
  return calls;
}

const select = (name: string) => screen.getByRole<HTMLSelectElement>('combobox', { name });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('FindingDetailPage', () => {
  it('shows the facts, the prescription day, the steps and the deadlines, and the holder only on request', async () => {
    const calls = serve();
    renderApp(`/enforcement/findings/${id}`);
    expect(await screen.findByRole('heading', { name: 'Vaststelling GAS-2026-000123', level: 1 })).toBeTruthy();
    expect(screen.getByTestId('prescription').textContent).toBe('Verjaart op 05/01/2027');
    expect(screen.getByText('ABP-12 — Sluikstorten')).toBeTruthy();
    expect(screen.getByText('Grote Markt 1')).toBeTruthy();
    expect(screen.getByText(/Houder geïdentificeerd \(DIV\): Gevonden/u)).toBeTruthy();
    expect(screen.getByText('afgelopen op 27/01/2026')).toBeTruthy();
    expect(screen.getByText('over tijd sinds 04/03/2026')).toBeTruthy();

    // Personal data: not asked for on load.
    expect(calls.some((c) => c.url.endsWith('/holder'))).toBe(false);
    expect(screen.queryByText('Jan Peeters')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Houder tonen' }));
    expect(await screen.findByText('Jan Peeters')).toBeTruthy();
    expect(screen.getByText(/Bruul 10/u)).toBeTruthy();
    // The letters' language by its name in the reader's language, not its code.
    expect(screen.getByText('Frans')).toBeTruthy();
    expect(screen.queryByText('fr')).toBeNull();
    expect(calls.filter((c) => c.url === `${base}/holder`)).toHaveLength(1);
  });

  it('records a decision with its fine in cents when the article has no fixed amount', async () => {
    const calls = serve();
    renderApp(`/enforcement/findings/${id}`);
    await screen.findByRole('heading', { name: 'Stap vastleggen' });
    // The batch-only steps are never offered; the appeal has its own panel once a decision exists.
    expect(screen.queryByRole('heading', { name: 'Beroep bij de politierechtbank' })).toBeNull();
    fireEvent.change(select('Stap'), { target: { value: 'decided' } });
    fireEvent.change(select('Uitkomst'), { target: { value: 'fine' } });
    const save = screen.getByRole<HTMLButtonElement>('button', { name: 'Stap opslaan' });
    expect(save.disabled).toBe(true); // the amount is still missing
    fireEvent.change(screen.getByRole('textbox', { name: /Boete \(euro\)/u }), { target: { value: '120,5' } });
    await waitFor(() => expect(save.disabled).toBe(false));
    fireEvent.click(save);
    await waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.url === `${base}/steps`)).toBe(true));
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      stepKey: 'decided',
      doneOn: todayIn(fakeMe.municipality.timeZone, new Date()),
      outcome: 'fine',
      amountCents: 12050,
    });
    // The page reads the finding again after the step.
    await waitFor(() => expect(calls.filter((c) => c.url === `${base}/procedure`).length).toBe(2));
  });

  it('records the judgment on a pending appeal and shows a refused close in words', async () => {
    const decided: FindingDetail = {
      ...finding,
      status: 'decided',
      amountCents: 15000,
      steps: [
        ...finding.steps,
        { stepKey: 'decided', doneOn: '2026-02-02', outcome: 'fine', batchId: null, note: null },
        { stepKey: 'appealed', doneOn: '2026-02-20', outcome: 'pending', batchId: null, note: 'Via advocaat' },
      ],
      availableSteps: ['paid'],
      closeOutcomes: ['prescribed'],
    };
    const calls = serve(decided);
    renderApp(`/enforcement/findings/${id}`);
    expect(await screen.findByText('De uitspraak van de politierechtbank vastleggen.')).toBeTruthy();
    const outcomes = [...select('Uitkomst').options].map((o) => o.value);
    expect(outcomes).toEqual(['', 'upheld', 'reduced', 'annulled']); // no second "pending"
    fireEvent.change(select('Uitkomst'), { target: { value: 'reduced' } });
    fireEvent.click(screen.getByRole('button', { name: 'Beroep opslaan' }));
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'POST')?.body).toMatchObject({ stepKey: 'appealed', outcome: 'reduced' }),
    );

    fireEvent.change(select('Reden'), { target: { value: 'prescribed' } });
    fireEvent.click(screen.getByRole('button', { name: 'Afsluiten' }));
    expect(await screen.findByText('Deze afsluiting kan nu niet.')).toBeTruthy();
    expect(calls.find((c) => c.url === `${base}/close`)?.body).toMatchObject({ outcome: 'prescribed' });
  });
});

// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type {
  HolderImportResult,
  LetterBatch,
  PaymentImportResult,
  PaymentLine,
  ProcedureOverview,
} from '../../../shared/api/enforcement-procedure.schema.js';
import { fakeMe, fakeServer, renderApp } from '../../testing/render-app.js';

vi.mock('../../components/charts/lazy-charts.js', () => ({ ChartView: () => null, WijkMapView: () => null }));

const overview: ProcedureOverview = {
  statuses: { found: 3, identified: 2, notified: 4 },
  ready: { letters: 2, decisions: 4, reminders: 0, prescribed: 1 },
};
const batch: LetterBatch = {
  id: '6f1d2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b',
  kind: 'notification',
  letters: 2,
  createdOn: '2026-03-02',
  docxFileId: 'f-docx',
  pdfFileId: 'f-pdf',
};
const partial: PaymentLine = {
  entryReference: 'E-1',
  bookedOn: '2026-03-01',
  amountCents: 2500,
  communication: '+++090/9337/55493+++',
  match: 'partial',
  code: null,
  findingId: '0b9f5c2e-6c1a-4d7e-9a41-2f1f4e0c1a01',
  findingReference: 'GAS-2026-000123',
};
const holderCheck: HolderImportResult = {
  dryRun: true,
  repeated: false,
  total: 3,
  identified: 1,
  notFound: 0,
  unmatched: 1,
  rejected: [{ row: 3, reasons: [{ field: 'plate', code: 'GAS_PLATE_INVALID', message: 'Onmogelijke plaat.' }] }],
  imported: 0,
};
const paymentResult = (dryRun: boolean): PaymentImportResult => ({
  dryRun,
  repeated: false,
  entries: 5,
  skipped: 0,
  duplicates: 0,
  matched: 3,
  partial: 1,
  overpaid: 0,
  unmatched: 1,
  invalid: 0,
  closed: dryRun ? 0 : 3,
  imported: dryRun ? 0 : 5,
  lines: [partial, { ...partial, entryReference: 'E-2', match: 'unmatched', findingId: null, findingReference: null }],
});

interface Call {
  method: string;
  url: string;
  body: unknown;
}

function serve(): Call[] {
  const calls: Call[] = [];
  fakeServer((method, url, body) => {
    calls.push({ method, url, body });
    if (url === '/api/auth/me') return { status: 200, body: fakeMe };
    if (url === '/api/enforcement/procedure') return { status: 200, body: overview };
    if (method === 'GET' && url === '/api/enforcement/letter-batches') return { status: 200, body: { items: [batch] } };
    if (method === 'POST' && url === '/api/enforcement/letter-batches') return { status: 200, body: { batch: null } };
    if (url === '/api/enforcement/payments/open') return { status: 200, body: { items: [partial] } };
    if (url === '/api/enforcement/holder-imports') return { status: 200, body: holderCheck };
    if (url === '/api/enforcement/decision-batches') return { status: 200, body: { decided: 4, prescribed: 0 } };
    if (url === '/api/enforcement/payment-imports') {
      const { dryRun } = body as { dryRun: boolean };
      return dryRun
        ? { status: 200, body: paymentResult(true) }
        : { status: 422, body: { error: { code: 'GAS_CAMT_INVALID', message: 'Geen CAMT.053.', details: {} } } };
    }
    return undefined;
  });
  return calls;
}

const region = (name: string) => screen.getByRole('region', { name });

function pick(section: HTMLElement, name: string, content: string) {
  const input = section.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  fireEvent.change(input, { target: { files: [new File([content], name)] } });
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('ProcedureTab', () => {
  it('checks a DIV answer first and does not offer the import while a row is rejected', async () => {
    const calls = serve();
    renderApp('/enforcement?tab=procedure');
    const holders = await screen.findByRole('region', { name: '1. Antwoord van de DIV inlezen' });
    expect(await within(holders).findByText('3 vaststellingen wachten op hun houder.')).toBeTruthy();
    pick(holders, 'div.csv', 'plate;country\n1ABC234;BE\n');
    fireEvent.click(within(holders).getByRole('button', { name: 'Controleren' }));
    expect(await within(holders).findByText('Onmogelijke plaat.')).toBeTruthy();
    const sent = calls.find((c) => c.url === '/api/enforcement/holder-imports');
    expect(sent?.body).toMatchObject({ filename: 'div.csv', dryRun: true });
    expect(atob((sent?.body as { contentBase64: string }).contentBase64)).toBe('plate;country\n1ABC234;BE\n');
    expect(within(holders).getByRole<HTMLButtonElement>('button', { name: 'Inlezen' }).disabled).toBe(true);
  });

  it('lists the letter batches with their DOCX and PDF and says when nothing was ready', async () => {
    const calls = serve();
    renderApp('/enforcement?tab=procedure');
    const letters = await screen.findByRole('region', { name: '2. Briefreeksen' });
    // Each link names its batch (kind, day, letters): the rows' links do not all read the same.
    const docx = await within(letters).findByRole('link', {
      name: 'DOCX downloaden: kennisgeving van 02/03/2026 (2 brieven)',
    });
    expect(docx.getAttribute('href')).toBe(`/api/enforcement/letter-batches/${batch.id}/docx`);
    expect(
      within(letters)
        .getByRole('link', { name: /^PDF downloaden: kennisgeving/ })
        .getAttribute('href'),
    ).toBe(`/api/enforcement/letter-batches/${batch.id}/pdf`);
    fireEvent.change(within(letters).getByRole('combobox', { name: 'Soort brief' }), {
      target: { value: 'reminder' },
    });
    fireEvent.click(within(letters).getByRole('button', { name: 'Reeks maken' }));
    expect(await within(letters).findByText(/er werd geen reeks gemaakt/u)).toBeTruthy();
    expect(calls.find((c) => c.method === 'POST' && c.url === '/api/enforcement/letter-batches')?.body).toEqual({
      kind: 'reminder',
    });
  });

  it('shows the 10 newest batches until asked for all, and loads only the batch whose files are being made', async () => {
    // 12 batches, newest first as the server sends them; the files of the last two were never made.
    const many: LetterBatch[] = Array.from({ length: 12 }, (_, i) => ({
      ...batch,
      id: `6f1d2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a${String(i).padStart(2, '0')}`,
      createdOn: `2026-03-${String(20 - i).padStart(2, '0')}`,
      ...(i >= 10 ? { docxFileId: null, pdfFileId: null } : {}),
    }));
    fakeServer((_method, url) => {
      if (url === '/api/auth/me') return { status: 200, body: fakeMe };
      if (url === '/api/enforcement/procedure') return { status: 200, body: overview };
      if (url === '/api/enforcement/letter-batches') return { status: 200, body: { items: many } };
      if (url === '/api/enforcement/payments/open') return { status: 200, body: { items: [] } };
      return undefined;
    });
    // Making the files never answers here: the button stays loading.
    const answered = globalThis.fetch;
    const rendering: string[] = [];
    vi.stubGlobal('fetch', (url: string, init?: RequestInit) => {
      if (!url.endsWith('/render')) return answered(url, init);
      rendering.push(url);
      return new Promise(() => undefined);
    });
    renderApp('/enforcement?tab=procedure');
    const letters = await screen.findByRole('region', { name: '2. Briefreeksen' });
    await within(letters).findByText('20/03/2026');
    const bodyRows = () => within(letters).getAllByRole('row').length - 1;
    expect(bodyRows()).toBe(10);
    expect(within(letters).queryByText('10/03/2026')).toBeNull();

    fireEvent.click(within(letters).getByRole('button', { name: 'Alles tonen (12)' }));
    expect(bodyRows()).toBe(12);
    const renders = within(letters).getAllByRole<HTMLButtonElement>('button', { name: /^Bestanden opnieuw maken/ });
    expect(renders).toHaveLength(2);
    fireEvent.click(within(letters).getByRole('button', { name: /^Bestanden opnieuw maken: kennisgeving van 10\/03/ }));
    await waitFor(() => expect(rendering).toEqual([`/api/enforcement/letter-batches/${many[10]?.id}/render`]));
    const [first, second] = renders;
    expect(first?.getAttribute('data-loading')).toBe('true');
    expect(second?.hasAttribute('data-loading')).toBe(false);

    fireEvent.click(within(letters).getByRole('button', { name: 'Minder tonen' }));
    expect(bodyRows()).toBe(10);
  });

  it('asks before fining in a batch, and sends nothing when cancelled', async () => {
    const calls = serve();
    renderApp('/enforcement?tab=procedure');
    const decisions = await screen.findByRole('region', { name: '3. Beslissingen en verjaring' });
    await within(decisions).findByText('4 vaststellingen zonder verweer na de termijn.');
    fireEvent.click(within(decisions).getByRole('button', { name: 'Boetes opleggen' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Annuleren' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Ja, uitvoeren' })).toBeNull());
    expect(calls.some((c) => c.url === '/api/enforcement/decision-batches')).toBe(false);

    fireEvent.click(within(decisions).getByRole('button', { name: 'Boetes opleggen' }));
    expect(await screen.findByText(/Voor 4 vaststellingen zonder verweer een boete opleggen/u)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Ja, uitvoeren' }));
    await waitFor(() => expect(calls.filter((c) => c.url === '/api/enforcement/decision-batches')).toHaveLength(1));
    expect(calls.find((c) => c.url === '/api/enforcement/decision-batches')?.body).toEqual({});
    // The counts are read again after the batch.
    await waitFor(() => expect(calls.filter((c) => c.url === '/api/enforcement/procedure').length).toBe(2));
  });

  it('shows a bank statement’s matched, partial and unmatched counts and the open payments; errors in words', async () => {
    const calls = serve();
    renderApp('/enforcement?tab=procedure');
    const open = await screen.findByRole('region', { name: 'Te bekijken betalingen' });
    expect(await within(open).findByRole('link', { name: 'GAS-2026-000123' })).toBeTruthy();
    expect(within(open).getByText('Gedeeltelijk')).toBeTruthy();

    const payments = region('4. Betalingen (CAMT.053)');
    pick(payments, 'camt.xml', '<Document/>');
    fireEvent.click(within(payments).getByRole('button', { name: 'Controleren' }));
    expect(await within(payments).findByText(/5 boekingen: 3 gekoppeld, 1 gedeeltelijk/u)).toBeTruthy();
    expect(within(payments).getByText(/1 niet gekoppeld/u)).toBeTruthy();
    expect(within(payments).getByText('Niet gekoppeld')).toBeTruthy();
    fireEvent.click(within(payments).getByRole('button', { name: 'Inlezen' }));
    expect(await within(payments).findByText('Geen CAMT.053.')).toBeTruthy();
    expect(calls.filter((c) => c.url === '/api/enforcement/payment-imports').map((c) => c.body)).toMatchObject([
      { filename: 'camt.xml', dryRun: true },
      { filename: 'camt.xml', dryRun: false },
    ]);
  });
});

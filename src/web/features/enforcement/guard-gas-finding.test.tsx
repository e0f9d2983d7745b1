// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FindingSummary, GuardFindingInput } from '../../../shared/api/enforcement.schema.js';
import type { GasArticle } from '../../../shared/enforcement/catalogue.js';
import { I18nProvider } from '../../i18n/i18n-context.js';
import { installDomShims } from '../../testing/render-app.js';
import { theme } from '../../theme.js';
import type { OutboxItem } from '../guards/outbox-store.js';
import { memoryOutbox, syncOutbox } from '../guards/outbox-sync.js';
import { guardSyncTransport } from '../guards/use-guard-app.js';
import { type GasFindingQueued, GuardGasFindingCard } from './guard-gas-finding.js';

const article: GasArticle = {
  id: 'a1',
  article: 'KB 2014 art. 3.1',
  regulation: 'kb_2014',
  category: 'cat2',
  labels: { nl: 'Parkeren op een voetpad', fr: 'Stationner sur un trottoir' },
  mixed: false,
  mediation: false,
  finders: ['police', 'guard'],
  prescriptionMonths: 6,
  validFrom: '2014-07-01',
  validTo: null,
  amountCents: 11_600,
};

const stored = (body: GuardFindingInput): FindingSummary => ({
  id: 'f1',
  municipalityId: 'm1',
  reference: body.reference ?? '',
  observedAt: body.observedAt,
  observedOn: body.observedAt.slice(0, 10),
  article: body.article,
  category: 'cat2',
  plate: body.plate ?? null,
  plateCountry: 'BE',
  street: body.street ?? null,
  houseNumber: null,
  wijkCode: null,
  source: 'guard',
  observer: 'guard@mechelen.test',
  status: 'found',
  amountCents: 11_600,
  structuredCommunication: '+++000/0000/00097+++',
  prescriptionOn: '2026-01-01',
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('GuardGasFindingCard', () => {
  it('queues the finding on the phone when offline, and the outbox sends it once the network is back', async () => {
    installDomShims();
    const store = memoryOutbox();
    // What the guard app's `enqueue` does: the item, queued, for the signed-in guard.
    const onQueue = async (item: GasFindingQueued) => {
      const now = new Date().toISOString();
      await store.put({ ...item, userId: 'u1', state: 'queued', attempts: 0, createdAt: now, updatedAt: now });
    };
    render(
      <MantineProvider theme={theme} env="test">
        <I18nProvider initial="nl">
          <GuardGasFindingCard online={false} onQueue={onQueue} loadArticles={() => Promise.resolve([article])} />
        </I18nProvider>
      </MantineProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Nieuwe vaststelling' }));
    expect(screen.getByText(/Geen netwerk: de vaststelling blijft op de telefoon/)).toBeTruthy();
    await vi.waitFor(() =>
      expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Inbreuk' }).value).toBe(article.article),
    );
    fireEvent.change(screen.getByRole('textbox', { name: 'Nummerplaat' }), { target: { value: '1-GRD-001' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Straat' }), { target: { value: 'Bruul' } });
    fireEvent.click(screen.getByRole('button', { name: 'Versturen' }));
    await vi.waitFor(() => expect(store.items.size).toBe(1));
    const [queued] = [...store.items.values()] as [OutboxItem];
    const body = queued.body as GuardFindingInput;
    expect(queued).toMatchObject({ kind: 'gas_finding', state: 'queued', label: body.reference });
    expect(body).toMatchObject({ article: article.article, plate: '1-GRD-001', street: 'Bruul', photos: 0 });
    // The reference is made on the phone from the outbox id: the server's key against counting a retry twice.
    expect(body.reference).toBe(`G-${new Date(body.observedAt).getFullYear()}-${queued.id.slice(0, 8).toUpperCase()}`);

    const transport = { ...guardSyncTransport, prepare: () => Promise.resolve() };
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    expect(await syncOutbox(store, transport, 'u1')).toMatchObject({ sent: 0, stopped: 'offline' });
    expect(store.items.get(queued.id)?.state).toBe('queued');

    const posted: { url: string; method: string; body: GuardFindingInput }[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn((url: string, init: { method: string; body: string }) => {
        const sent = JSON.parse(init.body) as GuardFindingInput;
        posted.push({ url, method: init.method, body: sent });
        return Promise.resolve(new Response(JSON.stringify(stored(sent)), { status: 201 }));
      }),
    );
    expect(await syncOutbox(store, transport, 'u1')).toMatchObject({ sent: 1, stopped: null });
    expect(posted).toEqual([{ url: '/api/guards/gas-findings', method: 'POST', body }]);
    expect(store.items.get(queued.id)?.state).toBe('synced');
    expect(await syncOutbox(store, transport, 'u1')).toMatchObject({ sent: 0 });
    expect(posted).toHaveLength(1);
  });

  it('reopens a refused finding with the server’s message and keeps its id and reference', async () => {
    installDomShims();
    const editing: OutboxItem = {
      id: '0a1b2c3d-0000-4000-8000-000000000001',
      kind: 'gas_finding',
      userId: 'u1',
      label: 'GW-7',
      body: {
        reference: 'GW-7',
        observedAt: '2026-03-02T08:15:00.000Z',
        article: article.article,
        plate: 'X',
        photos: 0,
      },
      state: 'needs_correction',
      error: { code: 'GAS_PLATE_INVALID', message: 'Deze nummerplaat kan niet.' },
      attempts: 1,
      createdAt: '2026-03-02T08:16:00.000Z',
      updatedAt: '2026-03-02T08:17:00.000Z',
    };
    const queued: GasFindingQueued[] = [];
    render(
      <MantineProvider theme={theme} env="test">
        <I18nProvider initial="nl">
          <GuardGasFindingCard
            online
            editing={editing}
            onQueue={(item) => {
              queued.push(item);
              return Promise.resolve();
            }}
            loadArticles={() => Promise.resolve([article])}
          />
        </I18nProvider>
      </MantineProvider>,
    );
    expect(screen.getByText('Deze nummerplaat kan niet.')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: 'Nummerplaat' }), { target: { value: '1-GRD-002' } });
    fireEvent.click(screen.getByRole('button', { name: 'Versturen' }));
    await vi.waitFor(() => expect(queued).toHaveLength(1));
    expect(queued[0]).toMatchObject({ id: editing.id, label: 'GW-7', body: { reference: 'GW-7', plate: '1-GRD-002' } });
    expect(new Date(queued[0]!.body.observedAt).getDate()).toBe(new Date('2026-03-02T08:15:00.000Z').getDate());
  });
});

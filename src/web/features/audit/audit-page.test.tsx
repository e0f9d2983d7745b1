// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AuditEntry } from '../../../shared/api/audit.schema.js';
import { fakeMe, fakeServer, renderApp } from '../../testing/render-app.js';
import { auditPageSize } from './audit-page.js';

function entry(seq: number): AuditEntry {
  return {
    seq,
    at: '2020-03-31T12:05:00Z',
    actorUserId: fakeMe.user.id,
    actorEmail: fakeMe.user.email,
    action: seq % 2 === 0 ? 'auth.login' : 'something.new',
    entity: 'user',
    entityId: fakeMe.user.id,
    before: null,
    after: null,
  };
}

/** 40 entries, seq 40 (newest) down to 1. */
const log = Array.from({ length: 40 }, (_, index) => entry(40 - index));

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('AuditPage', () => {
  it('shows Brussels time, names known actions and users, and pages with older / newer', async () => {
    const requested: string[] = [];
    fakeServer((method, url) => {
      if (url === '/api/auth/me') return { status: 200, body: fakeMe };
      if (url === '/api/users') {
        return {
          status: 200,
          body: { users: [{ ...fakeMe.user, active: true, createdAt: '2020-01-01T00:00:00Z', lastLoginAt: null }] },
        };
      }
      if (url.startsWith('/api/audit')) {
        requested.push(url);
        const query = new URL(url, 'http://x').searchParams;
        const before = Number(query.get('beforeSeq') ?? Infinity);
        return {
          status: 200,
          body: { entries: log.filter((item) => item.seq < before).slice(0, Number(query.get('limit'))) },
        };
      }
      return undefined;
    });
    renderApp('/audit');

    expect(await screen.findByRole('heading', { level: 1, name: 'Auditlog' })).toBeDefined();
    const table = await screen.findByRole('table');
    const firstRow = within(table).getAllByRole('row')[1];
    // 12:05 UTC on 31 March 2020 is 14:05 in Brussels (summer time).
    expect(firstRow?.textContent).toContain('31/03/2020 14:05');
    expect(firstRow?.textContent).toContain('Aangemeld');
    expect(firstRow?.textContent).toContain('Gebruiker: Demo Beheerder');
    expect(within(table).getAllByRole('row')).toHaveLength(auditPageSize + 1);
    expect(within(table).getAllByText('something.new').length).toBeGreaterThan(0);
    expect(requested[0]).toBe(`/api/audit?limit=${auditPageSize + 1}`);

    fireEvent.click(screen.getByRole('button', { name: 'Oudere' }));
    expect(await screen.findByText('Pagina 2')).toBeDefined();
    expect(requested.at(-1)).toBe(`/api/audit?limit=${auditPageSize + 1}&beforeSeq=${40 - auditPageSize + 1}`);
    await vi.waitFor(() =>
      expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(40 - auditPageSize + 1),
    );
    expect(screen.getByRole('button', { name: 'Oudere' }).getAttribute('aria-disabled')).toBe('true');

    fireEvent.click(screen.getByRole('button', { name: 'Nieuwere' }));
    expect(await screen.findByText('Pagina 1')).toBeDefined();
    await vi.waitFor(() =>
      expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(auditPageSize + 1),
    );
  });
});

// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '../../../shared/access/roles.js';
import { fakeMe, fakeServer, renderApp } from '../../testing/render-app.js';
import { reportUrl } from './report-downloads.js';

const versionId = '00000000-0000-4000-8000-0000000000bb';
const notFound = { status: 404, body: { error: { code: 'NOT_FOUND', message: 'Niet gevonden' } } };

function serve(role: Role) {
  fakeServer((_method, url) => {
    if (url === '/api/auth/me') return { status: 200, body: { ...fakeMe, user: { ...fakeMe.user, role } } };
    if (url.startsWith('/api/evaluations')) {
      return { status: 200, body: { year: 2020, versionId, evaluations: [] } };
    }
    if (url === '/api/plan-versions') return { status: 200, body: { versions: [] } };
    return notFound;
  });
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the report downloads on the evaluation page', () => {
  it('builds the report route’s address with year, format, language and plan version', () => {
    expect(reportUrl('activity', { year: 2021, format: 'pdf', lang: 'fr', versionId })).toBe(
      `/api/reports/activity?year=2021&format=pdf&lang=fr&versionId=${versionId}`,
    );
    expect(reportUrl('evaluation', { year: 2020, format: 'docx', lang: 'nl' })).toBe(
      '/api/reports/evaluation?year=2020&format=docx&lang=nl',
    );
  });

  it('offers a viewer both reports in DOCX, PDF and XLSX, in Dutch, French and English, as plain downloads', async () => {
    serve('viewer');
    renderApp('/evaluation');
    fireEvent.click(
      await screen.findByRole('button', { name: 'Rapport downloaden: het evaluatie- of activiteitenrapport van 2020' }),
    );
    const links = (await screen.findAllByRole('menuitem')).map((item) => item as HTMLAnchorElement);
    expect(links).toHaveLength(2 * 3 * 3);
    expect(links.every((link) => link.hasAttribute('download'))).toBe(true);
    const hrefs = links.map((link) => link.getAttribute('href'));
    for (const kind of ['evaluation', 'activity'] as const) {
      for (const format of ['docx', 'pdf', 'xlsx'] as const) {
        for (const lang of ['nl', 'fr', 'en'] as const) {
          expect(hrefs).toContain(reportUrl(kind, { year: 2020, format, lang, versionId }));
        }
      }
    }
    // The user's own language first.
    expect(links[0]?.textContent).toBe('Evaluatierapport · Word (DOCX) · Nederlands');
    expect(screen.getByText('Activiteitenverslag')).toBeDefined();
  });

  it('is not offered to a role that may not read reports', async () => {
    serve('police');
    renderApp('/evaluation');
    // The police may not even open the page; the download button is nowhere.
    await vi.waitFor(() => expect(screen.queryByText('Bezig met laden…')).toBeNull());
    expect(screen.queryByRole('button', { name: /rapport van 2020 downloaden/ })).toBeNull();
  });
});

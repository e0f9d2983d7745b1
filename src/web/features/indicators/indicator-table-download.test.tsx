// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Overview } from '../../../shared/api/indicators.schema.js';
import { fakeMe, fakeServer, renderApp } from '../../testing/render-app.js';
import { indicatorTableUrl } from './indicator-table-download.js';

vi.mock('../../components/charts/lazy-charts.js', () => ({ ChartView: () => null, WijkMapView: () => null }));

const none = { achieved: 0, on_track: 0, at_risk: 0, missed: 0, no_data: 0, monitor: 0 };
const overview: Overview = {
  versionId: 'v1',
  year: 2020,
  asOf: '2020-12-31',
  plan: { status: 'no_data', counts: none },
  programmes: [],
  sections: [],
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('IndicatorTableDownload', () => {
  it('offers the indicator table of the shown year as XLSX, CSV and JSON to every reader of the dashboard', async () => {
    fakeServer((_method, url) => {
      if (url === '/api/auth/me') return { status: 200, body: { ...fakeMe, user: { ...fakeMe.user, role: 'viewer' } } };
      if (url === '/api/indicators/overview') return { status: 200, body: overview };
      if (url === '/api/plan-versions') return { status: 200, body: { versions: [] } };
      if (url === '/api/subjects?includeInactive=true') return { status: 200, body: { subjects: [] } };
      if (url === '/api/register-types') return { status: 200, body: { types: [] } };
      return undefined;
    });
    renderApp('/dashboard');
    fireEvent.click(await screen.findByRole('button', { name: 'De indicatortabel van 2020 downloaden' }));
    const links = (await screen.findAllByRole('menuitem')).map((item) => [item.textContent, item.getAttribute('href')]);
    expect(links).toEqual([
      ['XLSX (Excel)', '/api/indicators/table?year=2020&format=xlsx&lang=nl'],
      ['CSV (Excel, puntkomma)', '/api/indicators/table?year=2020&format=csv&lang=nl'],
      ['JSON (voor scripts)', '/api/indicators/table?year=2020&format=json&lang=nl'],
    ]);
    expect(indicatorTableUrl(2019, 'csv', 'fr')).toBe('/api/indicators/table?year=2019&format=csv&lang=fr');
  });
});

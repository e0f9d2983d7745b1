// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BarometerHeatmap, BarometerMap } from '../../../shared/api/barometer.schema.js';
import { I18nProvider } from '../../i18n/i18n-context.js';
import { installDomShims } from '../../testing/render-app.js';
import { theme } from '../../theme.js';
import { BarometerChartsSection } from './barometer-sections.js';

vi.mock('./barometer-charts.js', () => ({ BarometerHeatChart: () => null, BarometerMapChart: () => null }));

const filter = { from: '2026-01-01', to: '2026-03-31' };
const period = { ...filter, days: 90 };
const map: BarometerMap = {
  period,
  suppressed: false,
  wijken: [{ wijkCode: '12025W03', name: 'Binnenstad', total: 12, byCategory: {} }],
  unplaced: 0,
};
const heatmap: BarometerHeatmap = {
  period,
  suppressed: false,
  cells: [
    { weekday: 5, hour: 22, n: 9 },
    { weekday: 1, hour: 8, n: 2 },
  ],
};

function answerHeatmapWhen(release: Promise<void>) {
  vi.stubGlobal('fetch', async (url: string) => {
    if (!url.startsWith('/api/barometer/heatmap')) throw new Error(`unexpected request ${url}`);
    await release;
    return { ok: true, status: 200, json: () => Promise.resolve(heatmap) };
  });
}

function renderSection() {
  installDomShims();
  render(
    <MantineProvider theme={theme} forceColorScheme="light" env="test">
      <I18nProvider initial="nl">
        <BarometerChartsSection filter={filter} map={map} geojson={null} wijk={undefined} />
      </I18nProvider>
    </MantineProvider>,
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the barometer heat map', () => {
  it('names no busiest moment while its answer is on the way, then the busiest hour', async () => {
    let release = () => undefined as void;
    answerHeatmapWhen(new Promise<void>((resolve) => (release = resolve)));
    renderSection();
    expect(screen.getByRole('status')).toBeTruthy();
    expect(screen.queryByText(/Drukste moment/)).toBeNull();
    release();
    const text = await screen.findByText(/Drukste moment/);
    expect(text.textContent).not.toContain('geen');
    expect(text.textContent).toMatch(/22/);
    expect(screen.queryByRole('status')).toBeNull();
  });
});

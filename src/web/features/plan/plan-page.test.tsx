// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PlanTree } from '../../../shared/api/plan.schema.js';
import { planIndicator, planObjective, planVersion } from '../../../../test/support/plan-fixtures.js';
import { fakeMe, fakeServer, renderApp } from '../../testing/render-app.js';

const version = planVersion({
  warnings: [
    {
      line: 317,
      message: 'indicator "Aantal vergaderingen van de CPR is minstens 3.": no period in the text; read as per year',
    },
    { line: 9, message: 'something vague' },
  ],
  counts: { sections: 1, general: 0, strategic: 1, operational: 1, results: 1, indicators: 2 },
  continuedIndicators: 1,
});

const tree: PlanTree = {
  version,
  actionProgrammes: [],
  sections: [
    {
      id: 's1',
      number: '1',
      title: 'DISPOSITIEF COÖRDINATIE',
      kind: 'coordination',
      description: null,
      actionProgrammes: [],
      general: [],
      strategic: [
        {
          ...planObjective('st1', 'strategic', '1.2.1', 'Overleg versterken'),
          operational: [
            {
              ...planObjective('op1', 'operational', '1.2.1.1', 'De CPR samenroepen', 'Dienst preventie', ['Politie']),
              results: [{ id: 'r1', text: 'Een werkende preventieraad', position: 1 }],
              indicators: [
                planIndicator(
                  'i1',
                  'Aantal vergaderingen van de CPR is minstens 3.',
                  [{ kind: 'count', op: '>=', value: 3, per: 'year' }],
                  1,
                ),
                planIndicator(
                  'i2',
                  'Bestaan van een huishoudelijk reglement',
                  [{ kind: 'exists', due: '2020-06-30' }],
                  2,
                ),
              ],
            },
          ],
        },
      ],
    },
  ],
};

// Mantine's autosize textarea listens for font loading, which jsdom does not have.
beforeAll(() => {
  if (!('fonts' in document)) {
    Object.defineProperty(document, 'fonts', {
      value: { addEventListener: () => undefined, removeEventListener: () => undefined },
    });
  }
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('PlanPage', () => {
  it('opens a draft for review, reveals a warning’s indicator, searches, and corrects a target', async () => {
    const patches: { url: string; body: unknown }[] = [];
    fakeServer((method, url, body) => {
      if (url === '/api/auth/me') return { status: 200, body: fakeMe };
      if (url === '/api/plan-versions') return { status: 200, body: { versions: [version] } };
      if (url === `/api/plan-versions/${version.id}`) return { status: 200, body: tree };
      if (method === 'PATCH') {
        patches.push({ url, body });
        return { status: 200, body: { versionId: version.id } };
      }
      return undefined;
    });
    renderApp('/plan');

    expect(
      await screen.findByRole('heading', { level: 2, name: 'SVPP 2020 · versie 2' }, { timeout: 5000 }),
    ).toBeDefined();
    expect(screen.getByRole('heading', { level: 1, name: 'Plan' })).toBeDefined();
    expect(screen.getAllByText('Doorlopende indicatoren uit de vorige versie: 1 van 2').length).toBeGreaterThan(0);

    // The review lists the warnings by line; the one that names an indicator leads to it.
    const review = screen.getByRole('region', { name: 'Nakijken voor bevestiging' });
    expect(within(review).getByText('Regel 317:')).toBeDefined();
    expect(within(review).getAllByRole('button', { name: /^Tonen in het plan/ })).toHaveLength(1);
    const section = screen.getByRole('button', { name: /^1\. DISPOSITIEF COÖRDINATIE/ });
    expect(section.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(within(review).getByRole('button', { name: 'Tonen in het plan: waarschuwing op regel 317' }));
    expect(section.getAttribute('aria-expanded')).toBe('true');
    expect(await screen.findByText('minstens 3 per jaar')).toBeDefined();
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('plan-element-i1'));
    expect(screen.getByText('Dienst preventie')).toBeDefined();

    // Search narrows the tree to the matching indicator.
    fireEvent.change(screen.getByRole('searchbox', { name: 'Zoeken' }), { target: { value: 'reglement' } });
    await vi.waitFor(() => expect(screen.queryByText('Aantal vergaderingen van de CPR is minstens 3.')).toBeNull());
    expect(screen.getByRole('status').textContent).toContain(
      'Gevonden: 1 secties, 1 operationele doelstellingen, 0 resultaten, 1 indicatoren',
    );
    expect(screen.getByText('bestaat tegen 30/06/2020')).toBeDefined();

    // The target editor shows the target in words as it is typed, and sends only what changed.
    fireEvent.click(screen.getByRole('button', { name: /^Bewerken: indicator van 1\.2\.1\.1/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Soort'), { target: { value: 'count' } });
    fireEvent.change(within(dialog).getByLabelText(/^Waarde/), { target: { value: '2' } });
    expect(within(dialog).getByText('minstens 2 tegen 30/06/2020')).toBeDefined();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    await vi.waitFor(() => expect(patches).toHaveLength(1));
    expect(patches[0]).toEqual({
      url: '/api/indicators/i2',
      body: { targets: [{ kind: 'count', op: '>=', value: 2, due: '2020-06-30' }] },
    });
  }, 30_000);
});

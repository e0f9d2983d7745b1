// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IndicatorState, Overview } from '../../../shared/api/indicators.schema.js';
import { builtinRegisterTypes } from '../../../shared/indicators/builtin-register-types.js';
import { type FakeResponse, fakeMe, fakeServer, renderApp } from '../../testing/render-app.js';
import { statusCounts } from '../../testing/fixtures.js';

// No ECharts in jsdom: the trend charts stand aside (their figures stay in the table).
vi.mock('../../components/charts/lazy-charts.js', () => ({ ChartView: () => null, WijkMapView: () => null }));

const counts = statusCounts;
const cprQuery = { typeKey: 'meeting', categories: ['cpr'], measure: 'count' as const };

const unlinked: IndicatorState = {
  id: '00000000-0000-4000-8000-00000000c0de',
  lineageId: 'l1',
  text: 'Aantal vergaderingen van de CPR is minstens 3.',
  targets: [{ kind: 'count', op: '>=', value: 3, per: 'year' }],
  link: null,
  proposal: { link: { mode: 'query', query: cprQuery }, because: 'cpr' },
  status: 'no_data',
  reason: { rule: 'no_link' },
  window: { start: '2020-01-01', end: '2020-12-31' },
  value: null,
  history: [{ year: 2019, status: 'no_data', value: null }],
  months: Array<null>(12).fill(null),
};

const linked: IndicatorState = {
  ...unlinked,
  link: { mode: 'query', query: cprQuery, state: 'confirmed', reason: 'cpr', updatedAt: '2020-06-01T00:00:00Z' },
  proposal: null,
  status: 'achieved',
  reason: { rule: 'met', value: 4, required: 3 },
  value: 4,
  history: [{ year: 2019, status: 'achieved', value: 3 }],
  months: [0, 1, 0, 1, 0, 1, 0, 1, 0, 0, 0, 0],
};

function overviewWith(indicator: IndicatorState): Overview {
  const rolled = { status: indicator.status, counts: counts({ [indicator.status]: 1 }) };
  return {
    versionId: 'v1',
    year: 2020,
    asOf: '2020-12-31',
    plan: rolled,
    programmes: [{ name: 'diefstal en inbraak', sectionNumbers: ['11'], status: 'monitor', counts: counts({}) }],
    sections: [
      {
        id: 's1',
        number: '1',
        title: 'DISPOSITIEF COÖRDINATIE',
        kind: 'coordination',
        actionProgrammes: [],
        ...rolled,
        strategic: [
          {
            id: 'st1',
            number: '1.2.4',
            title: 'Samenwerking',
            ...rolled,
            operational: [
              {
                id: 'o1',
                lineageId: 'o1',
                number: '1.2.4.1',
                title: 'Afstemming',
                owner: 'Dienst preventie',
                ...rolled,
                indicators: [indicator],
              },
            ],
          },
        ],
      },
    ],
  };
}

const builtinTypes = builtinRegisterTypes.map((definition) => ({
  key: definition.key,
  builtin: true,
  active: true,
  definition,
}));

/** A coordinator's dashboard: the overview as it stands now, no plan versions or subjects; `more` answers the rest. */
function coordinatorServer(
  overview: () => Overview,
  types: unknown[],
  more: (method: string, url: string, body: unknown) => FakeResponse | undefined,
) {
  fakeServer((method, url, body) => {
    if (url === '/api/auth/me') {
      return { status: 200, body: { ...fakeMe, user: { ...fakeMe.user, role: 'coordinator' } } };
    }
    if (url === '/api/indicators/overview') return { status: 200, body: overview() };
    if (url === '/api/plan-versions') return { status: 200, body: { versions: [] } };
    if (url === '/api/subjects?includeInactive=true') return { status: 200, body: { subjects: [] } };
    if (url === '/api/register-types') return { status: 200, body: { types } };
    return more(method, url, body);
  });
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('DashboardPage', () => {
  it('shows traffic lights in words and the roll-up rule; a coordinator confirms svpp’s proposal and sees the status change', async () => {
    let current = unlinked;
    const writes: string[] = [];
    coordinatorServer(
      () => overviewWith(current),
      builtinTypes,
      (method, url, body) => {
        if (method === 'PUT' && url === `/api/indicators/${unlinked.id}/link`) {
          writes.push(JSON.stringify(body));
          current = linked;
          return { status: 200, body: { ok: true } };
        }
        return undefined;
      },
    );
    renderApp('/dashboard');

    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeDefined();
    expect(await screen.findByText('Stand van het plan in 2020, berekend op 31/12/2020.')).toBeDefined();
    expect(screen.getByText(/Een groep is zo goed als haar zwakste opgevolgde indicator/)).toBeDefined();
    // Every traffic light says its status in words.
    expect(screen.getAllByText('Geen gegevens').length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Getoonde voorstellen bevestigen (1)' })).toBeDefined();

    fireEvent.click(screen.getByRole('button', { name: /1\. Dispositief coördinatie/ }));
    fireEvent.click(await screen.findByRole('button', { name: unlinked.text }));
    const drawer = await screen.findByRole('dialog', { name: 'Indicator · 1.2.4.1' });
    expect(within(drawer).getByText('minstens 3 per jaar')).toBeDefined();
    expect(within(drawer).getByText('Nog niet gekoppeld aan een register of manuele invoer.')).toBeDefined();
    expect(within(drawer).getByText('Vergadering · Preventieraad (CPR) · aantal registraties')).toBeDefined();
    expect(within(drawer).getByText('Omdat de tekst “cpr” vermeldt.')).toBeDefined();

    fireEvent.click(within(drawer).getByRole('button', { name: 'Voorstel bevestigen' }));
    expect(await within(drawer).findByText('4 behaald, streefwaarde 3.')).toBeDefined();
    expect(within(drawer).getAllByText('Behaald').length).toBeGreaterThan(0);
    expect(
      within(drawer).getByText(/Berekend uit: Vergadering · Preventieraad \(CPR\) · aantal registraties/),
    ).toBeDefined();
    expect(JSON.parse(writes[0] ?? '{}')).toEqual({ mode: 'query', query: cprQuery });
    // The figures behind the chart, as a table.
    expect(within(drawer).getByRole('cell', { name: 'feb' })).toBeDefined();
    expect(screen.getByRole('button', { name: 'Getoonde voorstellen bevestigen (0)' })).toBeDefined();
  });

  it('confirms all shown proposals after asking, storing svpp’s on-the-fly proposals first', async () => {
    let current = unlinked;
    const calls: string[] = [];
    coordinatorServer(
      () => overviewWith(current),
      [],
      (method, url, body) => {
        if (method === 'POST' && url === '/api/indicators/proposals') {
          calls.push('propose');
          return { status: 200, body: { proposed: 1, confirmed: 0 } };
        }
        if (method === 'POST' && url === '/api/indicators/proposals/confirm') {
          calls.push(`confirm ${JSON.stringify(body)}`);
          current = linked;
          return { status: 200, body: { proposed: 0, confirmed: 1 } };
        }
        return undefined;
      },
    );
    renderApp('/dashboard');

    fireEvent.click(await screen.findByRole('button', { name: 'Getoonde voorstellen bevestigen (1)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Voorstellen bevestigen' });
    expect(within(dialog).getByText(unlinked.text)).toBeDefined();
    fireEvent.click(within(dialog).getByRole('button', { name: '1 voorstellen bevestigen' }));
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    expect(calls).toEqual(['propose', `confirm ${JSON.stringify({ indicatorIds: [unlinked.id] })}`]);
    await vi.waitFor(() => expect(screen.getAllByText('Behaald').length).toBeGreaterThan(0));
  });

  it('marks a flagged indicator, says why in words, and a coordinator accepts it with a required comment', async () => {
    const subjectId = '00000000-0000-4000-8000-00000000beef';
    const flag = { kind: 'far_above_target' as const, value: 72, required: 4, fingerprint: 'far:72:4', accepted: null };
    let current: IndicatorState = {
      ...linked,
      text: 'Vier verslagen van de vergaderingen van het overlegplatform probleemgedrag op school.',
      targets: [{ kind: 'count', op: '>=', value: 4, per: 'year' }],
      link: {
        ...linked.link!,
        query: { ...cprQuery, subjectId },
        subjects: [{ id: subjectId, name: 'Overlegplatform probleemgedrag op school', typeKey: 'meeting' }],
      },
      value: 72,
      sources: 72,
      flags: [flag],
      reason: { rule: 'met', value: 72, required: 4 },
    };
    const accepts: { url: string; body: unknown }[] = [];
    coordinatorServer(
      () => overviewWith(current),
      builtinTypes,
      (method, url, body) => {
        if (method === 'POST' && url.startsWith(`/api/indicators/${linked.id}/flags/accept`)) {
          accepts.push({ url, body });
          current = {
            ...current,
            flags: [
              { ...flag, accepted: { comment: (body as { comment: string }).comment, at: '2020-06-01T10:00:00Z' } },
            ],
          };
          return { status: 200, body: { ok: true } };
        }
        return undefined;
      },
    );
    renderApp('/dashboard');

    // The headline counts what waits for review; the filter narrows the list to it and opens its section.
    expect(await screen.findByText('⚠ 1 indicatoren te controleren')).toBeDefined();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Alleen te controleren (1)' }));
    const row = await screen.findByRole('button', { name: current.text });
    const item = row.closest('li');
    expect(item?.getAttribute('data-review')).toBe('true');
    expect(within(item!).getByText('⚠ te controleren')).toBeDefined();

    fireEvent.click(row);
    const drawer = await screen.findByRole('dialog', { name: 'Indicator · 1.2.4.1' });
    expect(
      within(drawer).getByText(
        'Waarde 72 is meer dan vijf keer het doel 4: kijk na of hier niet te breed geteld wordt.',
      ),
    ).toBeDefined();
    expect(within(drawer).getByText('72 registraties achter deze waarde')).toBeDefined();
    expect(
      within(drawer).getByText(
        /Berekend uit: Vergadering · Preventieraad \(CPR\) · aantal registraties · onderwerp: Overlegplatform probleemgedrag op school/,
      ),
    ).toBeDefined();

    // The comment is required: nothing is sent without one.
    fireEvent.click(within(drawer).getByRole('button', { name: 'Aanvaarden met opmerking' }));
    fireEvent.click(within(drawer).getByRole('button', { name: 'Aanvaarden' }));
    expect(await within(drawer).findByText('Vul een opmerking in van minstens 3 tekens.')).toBeDefined();
    expect(accepts).toHaveLength(0);

    fireEvent.change(within(drawer).getByRole('textbox', { name: /Opmerking bij het aanvaarden/ }), {
      target: { value: '  Het platform vergadert maandelijks; 72 klopt.  ' },
    });
    fireEvent.click(within(drawer).getByRole('button', { name: 'Aanvaarden' }));
    expect(
      await within(drawer).findByText('Aanvaard op 01/06/2020: “Het platform vergadert maandelijks; 72 klopt.”'),
    ).toBeDefined();
    expect(accepts).toEqual([
      {
        url: `/api/indicators/${linked.id}/flags/accept?year=2020`,
        body: {
          kind: 'far_above_target',
          fingerprint: 'far:72:4',
          comment: 'Het platform vergadert maandelijks; 72 klopt.',
        },
      },
    ]);
    expect(within(drawer).queryByRole('button', { name: 'Aanvaarden met opmerking' })).toBeNull();
    expect(screen.getByText('Geen indicatoren te controleren.')).toBeDefined();
  });

  it('says plainly when no plan has been imported yet', async () => {
    fakeServer((_method, url) => {
      if (url === '/api/auth/me') return { status: 200, body: fakeMe };
      if (url === '/api/indicators/overview') {
        return { status: 404, body: { error: { code: 'PLAN_NONE', message: 'Er is nog geen plan ingeladen.' } } };
      }
      if (url === '/api/plan-versions') return { status: 200, body: { versions: [] } };
      if (url === '/api/subjects?includeInactive=true') return { status: 200, body: { subjects: [] } };
      if (url === '/api/register-types') return { status: 200, body: { types: [] } };
      return undefined;
    });
    renderApp('/dashboard');
    expect(await screen.findByText('Nog geen plan')).toBeDefined();
    expect(screen.getByRole('link', { name: 'Naar het plan' })).toBeDefined();
  });
});

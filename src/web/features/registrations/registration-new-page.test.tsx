// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RegisterType } from '../../../shared/api/registrations.schema.js';
import { builtinRegisterTypes } from '../../../shared/indicators/builtin-register-types.js';
import { everyKindRegister } from '../../testing/fixtures.js';
import { fakeMe, fakeServer, renderApp } from '../../testing/render-app.js';

// No ECharts in jsdom: the map and charts stand aside.
vi.mock('../../components/charts/lazy-charts.js', () => ({ ChartView: () => null, WijkMapView: () => null }));

const types: RegisterType[] = [
  ...builtinRegisterTypes.map((definition) => ({ key: definition.key, builtin: true, active: true, definition })),
  { key: everyKindRegister.key, builtin: false, active: true, definition: everyKindRegister },
];

const wijken = {
  attribution: 'Statbel',
  wijken: [
    { code: '12025W03', name: 'Centrum' },
    { code: '12025W10', name: 'Nekkerspoel' },
  ],
  geojson: null,
};

/** The server's answer to a new registration: what was sent, stored from the web, with what it read from the values. */
const created = (sent: unknown, read: Record<string, unknown>) => ({
  status: 201,
  body: {
    ...(sent as object),
    category: null,
    status: null,
    quantity: null,
    hours: null,
    title: null,
    wijkCode: null,
    lat: null,
    lon: null,
    address: null,
    source: 'web',
    createdAt: '2020-06-01T10:00:00Z',
    updatedAt: '2020-06-01T10:00:00Z',
    ...read,
  },
});

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function input(name: string): HTMLInputElement {
  const element = document.querySelector<HTMLInputElement>(`[name="${name}"]`);
  if (!element) throw new Error(`no input ${name}`);
  return element;
}

beforeEach(() => {
  window.localStorage.setItem('svpp.registrations.lastRegister', 'buurtbemiddeling');
  // Mantine's autosize textarea listens for web fonts, which jsdom does not have.
  if (!('fonts' in document)) {
    Object.defineProperty(document, 'fonts', {
      value: { addEventListener: () => undefined, removeEventListener: () => undefined },
      configurable: true,
    });
  }
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.localStorage.clear();
});

describe('RegistrationNewPage', () => {
  it('builds the form from the register’s fields, sends typed values with a client id, and maps the server’s refusal onto a field', async () => {
    const posts: {
      id: string;
      typeKey: string;
      occurredOn: string;
      occurredUntil: string | null;
      place: unknown;
      values: Record<string, unknown>;
      subjectId?: string | null;
    }[] = [];
    fakeServer((method, url, body) => {
      if (url === '/api/auth/me') return { status: 200, body: fakeMe };
      if (url === '/api/register-types') return { status: 200, body: { types } };
      if (url === '/api/wijken') return { status: 200, body: wijken };
      if (url.startsWith('/api/subjects?')) return { status: 200, body: { subjects: [] } };
      if (method === 'POST' && url === '/api/registrations') {
        posts.push(body as (typeof posts)[number]);
        if (posts.length === 1) {
          return {
            status: 422,
            body: {
              error: {
                code: 'REGISTRATION_INVALID_VALUES',
                message: 'Sommige velden zijn niet correct ingevuld.',
                details: { issues: [{ path: 'values.people', message: 'Too big' }] },
              },
            },
          };
        }
        return created(body, {
          category: 'dispute',
          quantity: 14,
          hours: 1.5,
          title: 'Dossier 12',
          wijkCode: '12025W10',
        });
      }
      if (method === 'GET' && url.startsWith('/api/registrations?')) {
        return { status: 200, body: { items: [], total: 0 } };
      }
      return undefined;
    });
    renderApp('/registrations/new');

    expect(await screen.findByRole('heading', { level: 1, name: 'Nieuwe registratie' })).toBeDefined();
    // The register used last, every field labelled in Dutch, required ones marked.
    await vi.waitFor(() => expect(input('typeKey').value).toBe('buurtbemiddeling'));
    for (const label of [
      'Titel',
      'Notities',
      'Bedrag',
      'Personen',
      'Uren',
      'Vervaldag',
      'Soort',
      'Van',
      'Tot en met',
    ]) {
      expect(screen.getAllByLabelText(label, { exact: false }).length).toBeGreaterThan(0);
    }
    expect(screen.getByRole('checkbox', { name: 'Afgerond' })).toBeDefined();
    expect(screen.getByRole('checkbox', { name: 'Parkeren' })).toBeDefined();
    expect(input('values.title').required).toBe(true);
    expect(input('values.notes').required).toBe(false);
    expect(input('values.people').getAttribute('inputmode')).toBe('numeric');
    expect(input('values.hours').getAttribute('inputmode')).toBe('decimal');
    // Day first whatever the browser's language (never the native mm/dd/yyyy date input).
    expect(input('values.due').type).toBe('text');
    expect(input('values.due').placeholder).toBe('dd/mm/jjjj');

    // Empty required fields are refused before anything is sent.
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Controleer de gemarkeerde velden (2).')).toBeDefined();
    expect(input('values.title').getAttribute('aria-invalid')).toBe('true');
    expect(posts).toHaveLength(0);

    fireEvent.change(input('occurredOn'), { target: { value: '1/5/2020' } });
    fireEvent.change(input('occurredUntil'), { target: { value: '31.05.2020' } });
    fireEvent.change(input('values.title'), { target: { value: 'Dossier 12' } });
    fireEvent.change(input('values.people'), { target: { value: '14' } });
    fireEvent.change(input('values.hours'), { target: { value: '1,5' } });
    fireEvent.change(input('values.kind'), { target: { value: 'dispute' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Parkeren' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Afgerond' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Wijk' }));
    fireEvent.change(await screen.findByRole('combobox', { name: 'Wijk' }), { target: { value: '12025W10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

    // The server refuses the count: its field is marked in Dutch.
    await vi.waitFor(() => expect(input('values.people').getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('Deze waarde klopt niet voor dit veld.')).toBeDefined();
    expect(within(screen.getByRole('alert')).getByText('Sommige velden zijn niet correct ingevuld.')).toBeDefined();
    expect(posts[0]).toMatchObject({
      typeKey: 'buurtbemiddeling',
      occurredOn: '2020-05-01',
      occurredUntil: '2020-05-31',
      place: { wijkCode: '12025W10' },
      values: { title: 'Dossier 12', people: 14, hours: 1.5, kind: 'dispute', topics: ['x'], done: true },
    });
    expect(posts[0]?.id).toMatch(uuid);

    // Sent again, it carries the same id: the server stores one registration however often it is sent.
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Registraties' })).toBeDefined();
    expect(posts).toHaveLength(2);
    expect(posts[1]?.id).toBe(posts[0]?.id);
    expect(window.localStorage.getItem('svpp.registrations.lastRegister')).toBe('buurtbemiddeling');
    // No subjects in this register: no picker, and the registration names none.
    expect(document.querySelector('[name="subjectId"]')).toBeNull();
    expect(posts[1]?.subjectId).toBeNull();
  });

  it('offers the register’s subjects (the only one chosen), hides the system registers, sends the subject and says what it counted for', async () => {
    window.localStorage.setItem('svpp.registrations.lastRegister', 'meeting');
    const subject = (id: string, name: string, sectionNumber: string | null, typeKey = 'meeting') => ({
      id,
      typeKey,
      kind: 'body',
      key: `k-${id.slice(-4)}`,
      name,
      sectionNumber,
      category: 'cpr',
      reportKind: null,
      state: 'confirmed',
      active: true,
      mergedIntoId: null,
      registrations: 1,
      indicators: [],
    });
    const cpr = subject('00000000-0000-4000-8000-00000000c001', 'CPR', '1');
    const platform = subject('00000000-0000-4000-8000-00000000c002', 'Overlegplatform probleemgedrag op school', '5');
    let meetingSubjects = [cpr];
    const posts: { subjectId?: string | null; typeKey: string }[] = [];
    fakeServer((method, url, body) => {
      if (url === '/api/auth/me') return { status: 200, body: fakeMe };
      if (url === '/api/register-types') return { status: 200, body: { types } };
      if (url === '/api/wijken') return { status: 200, body: wijken };
      if (url === '/api/subjects?typeKey=meeting') return { status: 200, body: { subjects: meetingSubjects } };
      if (url.startsWith('/api/subjects?')) return { status: 200, body: { subjects: [] } };
      if (method === 'POST' && url === '/api/registrations') {
        posts.push(body as (typeof posts)[number]);
        return created(body, {
          occurredUntil: null,
          category: 'cpr',
          countsFor:
            posts.length === 1
              ? [
                  {
                    indicatorId: 'i1',
                    number: '1.2.4.1',
                    text: 'Aantal vergaderingen van de CPR',
                    value: 2,
                    required: 3,
                    status: 'on_track',
                  },
                ]
              : [],
        });
      }
      return undefined;
    });
    renderApp('/registrations/new');

    await vi.waitFor(() => expect(input('typeKey').value).toBe('meeting'));
    // Registers other features write (decisions, the violence register) are not offered.
    const registers = [...document.querySelectorAll<HTMLOptionElement>('[name="typeKey"] option')].map(
      (option) => option.value,
    );
    expect(registers).toContain('headcount');
    expect(registers).not.toContain('decision');
    expect(registers).not.toContain('violence_incident');

    // The register's only subject is chosen; "none" stays possible.
    await vi.waitFor(() => expect(input('subjectId').value).toBe(cpr.id));
    expect(screen.getByRole('option', { name: 'CPR (sectie 1)' })).toBeDefined();
    expect(screen.getByRole('option', { name: 'Geen van deze onderwerpen' })).toBeDefined();

    fireEvent.change(input('values.kind'), { target: { value: 'cpr' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan en nog een' }));
    const panel = await screen.findByTestId('counts-for');
    expect(within(panel).getByText('Telt mee voor 1.2.4.1 Aantal vergaderingen van de CPR: 2 van 3')).toBeDefined();
    expect(posts[0]).toMatchObject({ typeKey: 'meeting', subjectId: cpr.id });

    // The next one keeps the subject; chosen "none", it names none and counts for nothing.
    expect(input('subjectId').value).toBe(cpr.id);
    fireEvent.change(input('subjectId'), { target: { value: '' } });
    fireEvent.change(input('values.kind'), { target: { value: 'cpr' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan en nog een' }));
    expect(
      await within(screen.getByTestId('counts-for')).findByText(
        'Deze registratie telt voor geen enkele indicator van het plan.',
      ),
    ).toBeDefined();
    expect(posts[1]?.subjectId).toBeNull();

    // With two subjects none is chosen for the person: another register and back loads them again.
    meetingSubjects = [cpr, platform];
    fireEvent.change(input('typeKey'), { target: { value: 'activity' } });
    await vi.waitFor(() => expect(document.querySelector('[name="subjectId"]')).toBeNull());
    fireEvent.change(input('typeKey'), { target: { value: 'meeting' } });
    expect(
      await screen.findByRole('option', { name: 'Overlegplatform probleemgedrag op school (sectie 5)' }),
    ).toBeDefined();
    expect(input('subjectId').value).toBe('');
  });
});

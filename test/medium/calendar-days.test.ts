import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../src/shared/api/cases.schema.js';
import type { ComplaintDetail } from '../../src/shared/api/complaints.schema.js';
import { createTestApp, type Agent, type TestApp } from '../support/test-app.js';
import { dialects } from '../support/test-databases.js';

/** "Today" is the municipality's day (Belgium is 1–2 hours ahead of UTC), on the server as on the web. */
describe.each(dialects)('the Belgian calendar on %s', (dialect) => {
  let t: TestApp;
  let staff: Agent;
  let guard: Agent;
  let far: Agent;
  // Moves the clock and signs in again (sessions expire when the clock jumps years ahead).
  const at = async (iso: string) => {
    t.clock.advance(Date.parse(iso) - t.clock.now().getTime());
    [staff, guard, far] = await Promise.all([
      t.login('staff@mechelen.test'),
      t.login('guard@mechelen.test'),
      t.login('staff@faraway.test'),
    ]);
  };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    await t.seedMunicipality('mechelen');
    const farId = await t.seedMunicipality('faraway');
    // A municipality on another clock: its "today" follows its own time zone.
    await t.database.db.kysely
      .updateTable('municipality')
      .set({ time_zone: 'America/New_York' })
      .where('id', '=', farId)
      .execute();
    await at('2026-01-15T12:00:00Z');
  });
  afterAll(() => t.close());

  const register = (agent: Agent, occurredOn: string) =>
    agent.request({
      method: 'POST',
      url: '/api/registrations',
      payload: {
        id: randomUUID(),
        typeKey: 'meeting',
        occurredOn,
        values: { kind: 'cpr', title: `CPR ${occurredOn}` },
      },
    });

  it('tells the web the municipality’s time zone in /api/auth/me', async () => {
    expect(staff.me.municipality.timeZone).toBe('Europe/Brussels');
    expect(far.me.municipality.timeZone).toBe('America/New_York');
    const me = await staff.request({ method: 'GET', url: '/api/auth/me' });
    expect(me.json()).toMatchObject({ municipality: { slug: 'mechelen', timeZone: 'Europe/Brussels' } });
  });

  it.each([
    ['2026-01-15T23:30:00Z', '2026-01-16', '2026-01-17'],
    ['2026-07-15T22:30:00Z', '2026-07-16', '2026-07-17'],
  ])(
    'at %s (00:30 in Brussels) accepts a registration dated %s and stores that date, and refuses tomorrow',
    async (now, today, tomorrow) => {
      await at(now);
      const saved = await register(staff, today);
      expect(saved.statusCode, saved.body).toBe(201);
      expect(saved.json()).toMatchObject({ occurredOn: today });
      const stored = await t.database.db.kysely
        .selectFrom('registration')
        .select('occurred_on')
        .where('id', '=', saved.json<{ id: string }>().id)
        .executeTakeFirstOrThrow();
      expect(stored.occurred_on).toBe(today);
      const refused = await register(staff, tomorrow);
      expect(refused.statusCode).toBe(422);
      expect(refused.json()).toMatchObject({ error: { code: 'REGISTRATION_DATE_IMPOSSIBLE', details: { today } } });
      // In New York it is still the evening before.
      const elsewhere = await register(far, today);
      expect(elsewhere.json()).toMatchObject({ error: { code: 'REGISTRATION_DATE_IMPOSSIBLE' } });
    },
  );

  it('gives a guard’s night shift started at 00:30 Belgian time the Belgian day', async () => {
    await at('2026-01-15T23:30:00Z');
    const me = await guard.request({ method: 'GET', url: '/api/guards/me' });
    expect(me.json()).toMatchObject({ today: '2026-01-16' });
    const id = randomUUID();
    const started = await guard.request({
      method: 'POST',
      url: '/api/guards/shifts',
      payload: { id, startedAt: '2026-01-15T23:30:00.000Z', endedAt: null },
    });
    expect(started.statusCode, started.body).toBe(201);
    expect(started.json()).toMatchObject({ id, day: '2026-01-16' });
    await at('2026-01-16T05:30:00Z');
    const ended = await guard.request({
      method: 'POST',
      url: '/api/guards/shifts',
      payload: { id, startedAt: '2026-01-15T23:30:00.000Z', endedAt: '2026-01-16T05:30:00.000Z' },
    });
    expect(ended.json()).toMatchObject({ day: '2026-01-16', hours: 6 });
    const coordinator = await t.login('coordinator@mechelen.test');
    const onThatDay = await coordinator.request({
      method: 'GET',
      url: '/api/guards/shifts?from=2026-01-16&to=2026-01-16',
    });
    expect(onThatDay.json<{ items: { id: string }[] }>().items.map((s) => s.id)).toContain(id);
    const dayBefore = await coordinator.request({
      method: 'GET',
      url: '/api/guards/shifts?from=2026-01-15&to=2026-01-15',
    });
    expect(dayBefore.json<{ items: { id: string }[] }>().items.map((s) => s.id)).not.toContain(id);
  });

  it('opens a case on the Belgian day of the change to summer time and counts its deadline on that calendar', async () => {
    await at('2026-03-28T23:30:00Z'); // 2026-03-29 00:30 in Brussels, the night clocks go forward
    const opened = await staff.request({
      method: 'POST',
      url: '/api/cases',
      payload: {
        typeKey: 'neighbour_mediation',
        openedOn: '2026-03-29',
        persons: [{ role: 'party', fullName: 'Buur Voorbeeld' }],
      },
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const id = opened.json<{ id: string }>().id;
    const intake = async () =>
      (await staff.request({ method: 'GET', url: `/api/cases/${id}` }))
        .json<CaseDetail>()
        .deadlines.find((d) => d.key === 'intake');
    expect(await intake()).toMatchObject({ due: '2026-04-12', overdue: false });
    await at('2026-04-12T21:30:00Z'); // 23:30 in Brussels on the due day
    expect(await intake()).toMatchObject({ overdue: false });
    await at('2026-04-12T22:30:00Z'); // 00:30 on the day after
    expect(await intake()).toMatchObject({ overdue: true });
    const overdue = await t.services.cases.overdue(staff.me.municipality.id);
    expect(overdue).toMatchObject({ today: '2026-04-13' });
    expect(overdue.items.find((item) => item.id === id)).toMatchObject({ daysOverdue: 1 });
  });

  it('dates a complaint received at 00:30 on the night clocks go back on the Belgian day, and its answer 14 days later', async () => {
    await at('2026-10-24T22:30:00Z'); // 2026-10-25 00:30 in Brussels (still +02:00)
    const created = await staff.request({
      method: 'POST',
      url: '/api/complaints',
      payload: {
        category: 'graffiti',
        occurredAt: '2026-10-24T22:00:00Z',
        place: { wijkCode: '12025W01', address: 'Bruul 1' },
        description: 'Graffiti op de gevel van de bib, vannacht.',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const { complaint } = created.json<{ complaint: ComplaintDetail }>();
    expect(complaint.dueOn).toBe('2026-11-08');
    await at('2026-12-31T23:30:00Z'); // New Year's night in Brussels: the reference carries the new year
    const newYear = await staff.request({
      method: 'POST',
      url: '/api/complaints',
      payload: {
        category: 'graffiti',
        occurredAt: '2026-12-31T23:10:00Z',
        place: { wijkCode: '12025W01', address: 'Bruul 2' },
        description: 'Vuurwerk tegen de gevel gegooid.',
      },
    });
    const newYearComplaint = newYear.json<{ complaint: ComplaintDetail }>().complaint;
    expect(newYearComplaint.reference).toMatch(/^OV-2027-/);
    expect(newYearComplaint.dueOn).toBe('2027-01-15');
  });
});

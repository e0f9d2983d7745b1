import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Home } from '../../src/shared/api/home.schema.js';
import { createTestApp, type Agent, type TestApp } from '../support/test-app.js';
import { dialects } from '../support/test-databases.js';

const mechelen = readFileSync('samples/plans/mechelen-svpp-2020.txt', 'utf8');
const day = 86_400_000;

describe.each(dialects)('the home page’s work per role on %s', (dialect) => {
  let t: TestApp;
  let caseId = '';
  const complaintIds: string[] = [];
  let thisWeekId = '';
  let shiftId = '';
  beforeAll(async () => {
    // 2020-06-15 (Monday): eight complaints, one case; 2020-06-20: one more; then 2020-07-01 (Wednesday).
    t = await createTestApp(dialect);
    await t.seedMunicipality('mechelen');
    await t.seedMunicipality('othertown');
    const staff = await t.login('staff@mechelen.test');
    const coordinator = await t.login('coordinator@mechelen.test');
    expect(
      (
        await coordinator.request({
          method: 'POST',
          url: '/api/plan-versions',
          payload: { filename: 'plan.txt', text: mechelen, confirm: true },
        })
      ).statusCode,
    ).toBe(201);
    const complain = async (agent: Agent, wijkCode: string, occurredAt: string) => {
      const response = await agent.request({
        method: 'POST',
        url: '/api/complaints',
        payload: {
          category: 'graffiti',
          occurredAt,
          place: { wijkCode, address: 'Bruul 1' },
          description: 'Graffiti op de gevel van de bib.',
          contactName: 'Greta Melder',
        },
      });
      expect(response.statusCode, response.body).toBe(201);
      return response.json<{ complaint: { id: string } }>().complaint.id;
    };
    for (let i = 0; i < 6; i++) complaintIds.push(await complain(staff, '12025W01', '2020-06-10T10:00:00Z'));
    for (let i = 0; i < 2; i++) complaintIds.push(await complain(staff, '12025W02', '2020-06-11T10:00:00Z'));
    const opened = await staff.request({
      method: 'POST',
      url: '/api/cases',
      payload: {
        typeKey: 'nero',
        openedOn: '2020-06-01',
        persons: [{ role: 'minor', fullName: 'Mila Voorbeeld', birthDate: '2004-05-06' }],
      },
    });
    expect(opened.statusCode, opened.body).toBe(201);
    caseId = opened.json<{ id: string }>().id;
    t.clock.advance(5 * day);
    thisWeekId = await complain(await t.login('staff@mechelen.test'), '12025W01', '2020-06-19T10:00:00Z');
    t.clock.advance(11 * day);
    shiftId = randomUUID();
    const guard = await t.login('guard@mechelen.test');
    const shift = await guard.request({
      method: 'POST',
      url: '/api/guards/shifts',
      payload: { id: shiftId, startedAt: '2020-07-01T07:00:00.000Z', endedAt: null },
    });
    expect(shift.statusCode, shift.body).toBe(201);
    await t.database.db.kysely
      .insertInto('job_run')
      .values({
        id: randomUUID(),
        job: 'retention.sweep',
        municipality_id: (
          await t.database.db.kysely
            .selectFrom('municipality')
            .select('id')
            .where('slug', '=', 'mechelen')
            .executeTakeFirstOrThrow()
        ).id,
        started_at: '2020-07-01T02:00:00.000Z',
        finished_at: '2020-07-01T02:00:01.000Z',
        ok: 0,
        error: 'disk full',
        detail_json: null,
      })
      .execute();
  });
  afterAll(() => t.close());

  const home = async (email: string) => {
    const response = await (await t.login(email)).request({ method: 'GET', url: '/api/home' });
    expect(response.statusCode, response.body).toBe(200);
    return { home: response.json<Home>(), body: response.body };
  };

  it('shows the coordinator the desk, the deadlines, the indicators and the guards of today', async () => {
    const { home: h } = await home('coordinator@mechelen.test');
    expect(h.today).toBe('2020-07-01');
    expect(h.complaints!.toAssign.count).toBe(9);
    expect(h.complaints!.toAssign.items).toHaveLength(5);
    expect(h.complaints!.toAssign.items[0]!.href).toMatch(/^\/complaints\//);
    // Received 2020-06-15, due 14 days later: overdue on 2020-07-01; the one of 2020-06-20 is due on Saturday.
    expect(h.complaints!.overdue.count).toBe(8);
    expect(h.deadlines!.thisWeek.items).toContainEqual(
      expect.objectContaining({ href: `/complaints/${thisWeekId}`, day: '2020-07-04', overdue: false }),
    );
    expect(h.deadlines!.overdue.count).toBeGreaterThanOrEqual(8);
    expect(h.deadlines!.overdue.items.every((i) => i.overdue && i.day! < '2020-07-01')).toBe(true);
    expect(h.indicators).toMatchObject({ year: 2020, atRisk: { href: '/dashboard' }, flagged: { href: '/dashboard' } });
    expect(h.shifts!.items).toEqual([expect.objectContaining({ id: shiftId, detail: 'running', href: '/guards' })]);
    // Not the coordinator's own cases (the staff member owns it), and never the admin's problems.
    expect(h.cases).toEqual({ mine: { count: 0, items: [], href: '/cases?status=open&mine=true' }, overdue: 0 });
    expect(h.problems).toBeNull();
    expect(h.barometer).toBeNull();
  });

  it('shows the staff member their own open cases by reference, never a name', async () => {
    const { home: h, body } = await home('staff@mechelen.test');
    expect(h.cases!.mine.items).toEqual([
      expect.objectContaining({ id: caseId, title: 'NERO-2020-001', detail: 'nero', href: `/cases/${caseId}` }),
    ]);
    expect(body).not.toContain('Voorbeeld');
    expect(body).not.toContain('Greta');
    expect(body).not.toContain('bib');
    expect(h.shifts).toBeNull();
  });

  it('shows the admin mail not configured and the failed job', async () => {
    const { home: h } = await home('admin@mechelen.test');
    expect(h.problems).toEqual({
      mailConfigured: false,
      failedJobs: [expect.objectContaining({ job: 'retention.sweep', ok: false, error: 'disk full' })],
    });
  });

  it('shows a guard only their own shift and no desk', async () => {
    const { home: h } = await home('guard@mechelen.test');
    expect(h.shifts!.items.map((s) => s.id)).toEqual([shiftId]);
    expect(h.shifts!.href).toBe('/guard');
    // A guard's home is the day's work, not the plan's indicators.
    expect(h.indicators).toBeNull();
    expect(h.complaints).toBeNull();
    expect(h.cases).toBeNull();
  });

  it('gives the police the protected barometer of the last quarter and nothing of complaints or cases', async () => {
    const { home: h, body } = await home('police@mechelen.test');
    expect(h).toMatchObject({ deadlines: null, indicators: null, complaints: null, cases: null, shifts: null });
    expect(h.problems).toBeNull();
    expect(h.barometer).toMatchObject({
      period: { from: '2020-04-01', to: '2020-06-30' },
      quarter: { year: 2020, quarter: 2 },
      href: '/barometer?from=2020-04-01&to=2020-06-30',
    });
    // W01 holds 7 events (shown); W02's 2 are never shown, and no total could give them away.
    expect(h.barometer!.topWijken).toEqual([expect.objectContaining({ wijkCode: '12025W01', total: 7 })]);
    expect(h.barometer!.total === null || h.barometer!.total === '<5' || h.barometer!.total >= 5).toBe(true);
    for (const secret of ['Bruul', 'OV-', 'Greta', 'Voorbeeld', 'NERO']) expect(body).not.toContain(secret);
  });

  it('gives the college (viewer) the barometer and plan deadlines, no case and no desk', async () => {
    const { home: h, body } = await home('viewer@mechelen.test');
    expect(h.cases).toBeNull();
    expect(h.complaints).toBeNull();
    expect(h.barometer).not.toBeNull();
    expect(h.deadlines!.overdue.items.every((i) => i.detail !== 'complaint' && i.detail !== 'case')).toBe(true);
    expect(body).not.toContain('Voorbeeld');
    expect(body).not.toContain('NERO');
  });

  it('keeps another municipality’s work out', async () => {
    const { home: h, body } = await home('coordinator@othertown.test');
    expect(h.complaints!.toAssign.count).toBe(0);
    expect(h.complaints!.overdue.count).toBe(0);
    expect(h.deadlines!.thisWeek.count + h.deadlines!.overdue.count).toBe(0);
    expect(h.indicators).toMatchObject({ year: null, atRisk: { count: 0 }, flagged: { count: 0 } });
    expect(h.shifts!.count).toBe(0);
    for (const id of [...complaintIds, caseId, shiftId]) expect(body).not.toContain(id);
    const admin = (await home('admin@othertown.test')).home;
    expect(admin.problems!.failedJobs).toEqual([]);
  });
});

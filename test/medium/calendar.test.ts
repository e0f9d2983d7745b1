import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import type { Calendar } from '../../src/shared/api/calendar.schema.js';
import type { PlanVersionSummary } from '../../src/shared/api/plan.schema.js';
import { createTestApp, type Agent, type TestApp } from '../support/test-app.js';
import { dialects } from '../support/test-databases.js';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp.js';

const mechelen = readFileSync('samples/plans/mechelen-svpp-2020.txt', 'utf8');
const day = 86_400_000;

describe.each(dialects)('the calendar of deadlines on %s', (dialect) => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let coordinator: Agent;
  let version: PlanVersionSummary;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp(dialect, { smtpUrl: smtp.url }); // the clock stands on 2020-06-15
    await t.seedMunicipality('mechelen');
    await t.seedMunicipality('leuven');
    coordinator = await t.login('coordinator@mechelen.test');
    version = (
      await coordinator.request({
        method: 'POST',
        url: '/api/plan-versions',
        payload: { filename: 'plan.txt', text: mechelen, confirm: true },
      })
    ).json<PlanVersionSummary>();
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const calendar = async (who: Agent, query = '') =>
    (await who.request({ method: 'GET', url: `/api/calendar${query}` })).json<Calendar>();

  it('gathers what is due: the plan’s submission, the evaluation to the college by 31 March, the yearly reports', async () => {
    const list = await calendar(coordinator);
    expect(list.today).toBe('2020-06-15');
    expect(list.deadlines.map((d) => [d.id, d.due, d.done])).toEqual([
      [`decision:plan_version:${version.id}`, '2020-03-31', false],
      ['decision:report:activity:2020', '2021-03-31', false],
      ['decision:report:evaluation:2020', '2021-03-31', false],
      ['decision:report:finance:2020', '2021-03-31', false],
    ]);
    expect(list.deadlines.find((d) => d.source === 'evaluation')?.title).toBe('Evaluatie 2020 aan het college');
    expect(list.deadlines[0]?.title).toMatch(/verwijzing door het college$/u);
    // A step taken moves the plan's deadline on to the next one; the last one closes it.
    for (const [step, decidedOn] of [
      ['college_referral', '2020-03-16'],
      ['council_approval', '2020-04-27'],
      ['ministry_submission', '2020-04-30'],
    ]) {
      await coordinator.request({
        method: 'PUT',
        url: '/api/decisions',
        payload: { subjectKind: 'plan_version', subjectKey: version.id, step, decidedOn, reference: step },
      });
      if (step === 'college_referral') {
        expect((await calendar(coordinator)).deadlines[0]?.title).toMatch(/goedkeuring door de gemeenteraad$/u);
      }
    }
    expect((await calendar(coordinator)).deadlines[0]).toMatchObject({ source: 'plan', done: true });
  });

  it('shows each role only what it may see: the college the plan cycle, a guard only their own', async () => {
    expect((await calendar(await t.login('viewer@mechelen.test'))).deadlines).toHaveLength(4);
    expect((await calendar(await t.login('guard@mechelen.test'))).deadlines).toEqual([]);
    expect((await calendar(await t.login('staff@mechelen.test'))).deadlines).toEqual([]);
    expect((await calendar(await t.login('coordinator@leuven.test'))).deadlines).toEqual([]);
    expect(
      (await coordinator.request({ method: 'GET', url: '/api/calendar?from=2020-05-01&to=2020-01-01' })).statusCode,
    ).toBe(400);
  });

  it('mails a reminder N days before and one when overdue, each exactly once, through SMTP', async () => {
    expect(await t.services.calendar.remind()).toEqual({ enqueued: 0 }); // nothing within 7 days
    t.clock.advance(Date.parse('2021-03-26T08:00:00Z') - t.clock.now().getTime());
    const before = await t.services.calendar.remind();
    expect(before.enqueued).toBe(6); // 3 reports × (admin + coordinator)
    await t.services.outbox.dispatch();
    const mails = await smtp.waitFor(6);
    expect(mails.map((m) => (m.to && !Array.isArray(m.to) ? m.to.text : '')).sort()).toEqual([
      'admin@mechelen.test',
      'admin@mechelen.test',
      'admin@mechelen.test',
      'coordinator@mechelen.test',
      'coordinator@mechelen.test',
      'coordinator@mechelen.test',
    ]);
    expect(mails.map((m) => m.subject)).toContain('Herinnering: Evaluatie 2020 aan het college (31/03/2021)');
    expect(mails.find((m) => m.subject?.includes('Evaluatie'))?.text).toContain('nog 5 dagen');
    expect(await t.services.calendar.remind()).toEqual({ enqueued: 0 });
    t.clock.advance(day);
    expect(await t.services.calendar.remind()).toEqual({ enqueued: 0 }); // still before: sent already
    // The evaluation reaches the college in time; the other two are late.
    let admin = await t.login('admin@mechelen.test');
    await admin.request({
      method: 'PUT',
      url: '/api/decisions',
      payload: {
        subjectKind: 'report',
        subjectKey: 'evaluation:2020',
        step: 'college_referral',
        decidedOn: '2021-03-29',
        reference: 'Collegebesluit',
      },
    });
    t.clock.advance(6 * day); // 2021-04-02
    expect(await t.services.calendar.remind()).toEqual({ enqueued: 4 });
    await t.services.outbox.dispatch();
    await smtp.waitFor(10);
    expect(
      smtp.messages
        .filter((m) => m.subject?.startsWith('Te laat:'))
        .map((m) => m.subject)
        .sort(),
    ).toEqual([
      // The title names the next step to take; the path is due at the ministry on 31 March.
      'Te laat: Activiteitenverslag 2020: verwijzing door het college (31/03/2021)',
      'Te laat: Activiteitenverslag 2020: verwijzing door het college (31/03/2021)',
      'Te laat: Financiële verantwoording 2020: verwijzing door het college (31/03/2021)',
      'Te laat: Financiële verantwoording 2020: verwijzing door het college (31/03/2021)',
    ]);
    t.clock.advance(day);
    expect(await t.services.calendar.remind()).toEqual({ enqueued: 0 });
    await t.services.outbox.dispatch();
    expect(smtp.messages).toHaveLength(10);
    // On demand, for one's own municipality only, by coordinators.
    admin = await t.login('admin@mechelen.test');
    expect((await admin.request({ method: 'POST', url: '/api/calendar/reminders/run' })).json()).toEqual({
      enqueued: 0,
    });
    expect(
      (await (await t.login('guard@mechelen.test')).request({ method: 'POST', url: '/api/calendar/reminders/run' }))
        .statusCode,
    ).toBe(403);
  });

  it('serves a secret ICS feed per user that ical.js reads, and refuses a bad, old or revoked token', async () => {
    coordinator = await t.login('coordinator@mechelen.test');
    expect((await coordinator.request({ method: 'GET', url: '/api/calendar/feed' })).json()).toEqual({
      active: false,
      createdAt: null,
    });
    const created = (await coordinator.request({ method: 'POST', url: '/api/calendar/feed' })).json<{
      token: string;
      path: string;
    }>();
    expect(created.path).toBe(`/api/calendar/ics/${created.token}`);
    const feed = await t.app.inject({ method: 'GET', url: created.path }); // no cookie: calendar programs send none
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(feed.body).toMatch(/^BEGIN:VCALENDAR\r\n/u);
    for (const line of feed.body.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const events = new ICAL.Component(ICAL.parse(feed.body) as unknown[])
      .getAllSubcomponents('vevent')
      .map((e) => new ICAL.Event(e));
    const evaluation = events.find((e) => e.uid === 'decision:report:evaluation:2020@svpp');
    expect(evaluation?.summary).toBe('Klaar: Evaluatie 2020 aan het college');
    expect(evaluation?.startDate.isDate).toBe(true);
    expect(evaluation?.startDate.toString()).toBe('2021-03-31');
    // A year back to two years ahead (today is 2021-04-03: the plan's 2020-03-31 has left the feed).
    expect(events.map((e) => e.uid).sort()).toEqual([
      'decision:report:activity:2020@svpp',
      'decision:report:evaluation:2020@svpp',
      'decision:report:finance:2020@svpp',
    ]);
    // Only its hash is stored.
    const stored = await t.database.db.kysely.selectFrom('calendar_feed').select('token_hash').execute();
    expect(stored.map((r) => r.token_hash)).not.toContain(created.token);

    expect(
      (await t.app.inject({ method: 'GET', url: '/api/calendar/ics/not-a-valid-token-0000000000000' })).json(),
    ).toMatchObject({ error: { code: 'CALENDAR_FEED_INVALID' } });
    const renewed = (await coordinator.request({ method: 'POST', url: '/api/calendar/feed' })).json<{ path: string }>();
    expect((await t.app.inject({ method: 'GET', url: created.path })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: renewed.path })).statusCode).toBe(200);
    expect((await coordinator.request({ method: 'DELETE', url: '/api/calendar/feed' })).json()).toEqual({ revoked: 1 });
    expect((await t.app.inject({ method: 'GET', url: renewed.path })).statusCode).toBe(404);

    const guard = await t.login('guard@mechelen.test');
    const guardFeed = (await guard.request({ method: 'POST', url: '/api/calendar/feed' })).json<{ path: string }>();
    const guardIcs = (await t.app.inject({ method: 'GET', url: guardFeed.path })).body;
    expect(new ICAL.Component(ICAL.parse(guardIcs) as unknown[]).getAllSubcomponents('vevent')).toHaveLength(0);
  });
});

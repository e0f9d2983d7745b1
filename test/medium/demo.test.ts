import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Overview } from '../../src/shared/api/indicators.schema.js';
import type { PlanVersionSummary } from '../../src/shared/api/plan.schema.js';
import type { Deadline } from '../../src/shared/calendar/deadline.js';
import { addDays, daysBetween } from '../../src/shared/calendar/days.js';
import { loadDemo } from '../../src/server/features/demo/demo.service.js';
import { verifyAuditLog } from '../../src/server/features/audit/audit.service.js';
import { createTestApp, type TestApp, testHasher } from '../support/test-app.js';
import { dialects } from '../support/test-databases.js';

// The demo lives relative to the day it is loaded: two loads a year apart give the same picture a year later.
const cases = dialects.flatMap((dialect) =>
  ['2026-12-02', '2027-12-02'].map((today) => ({ dialect, today, year: Number(today.slice(0, 4)) })),
);

describe.each(cases)('the Mechelen demo on $dialect, loaded on $today', ({ dialect, today, year }) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    t.clock.advance(Date.parse(`${today}T09:00:00Z`) - t.clock.now().getTime());
  });
  afterAll(() => t.close());

  it('lives today: the 2020 plan extended up to this year, recent work, deadlines due soon or late by days only, police data this quarter', async () => {
    const deps = { db: t.database.db, clock: t.clock, hasher: testHasher };
    const first = await loadDemo(deps);
    expect(first).toMatchObject({ planImported: true, today, years: [year - 1, year] });
    const coordinator = await t.login('preventie@mechelen.demo', 'mechelen-demo-2020');
    const db = t.database.db.kysely;

    // One plan version a year: the 2020 plan and its extensions, the current year's the current version.
    const { versions } = (await coordinator.request({ method: 'GET', url: '/api/plan-versions' })).json<{
      versions: PlanVersionSummary[];
    }>();
    expect(versions).toHaveLength(year - 2020 + 1);
    expect(versions[0]).toMatchObject({ label: `Verlenging ${year}`, status: 'confirmed' });
    expect(versions.at(-1)?.label).toBe('SVPP 2020');

    // Work of the last 30 days, and nothing in the future.
    const recent = await db
      .selectFrom('registration')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('occurred_on', '>=', addDays(today, -30))
      .where('occurred_on', '<=', today)
      .executeTakeFirstOrThrow();
    expect(Number(recent.n)).toBeGreaterThan(50);
    const future = await db
      .selectFrom('registration')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('occurred_on', '>', today)
      .executeTakeFirstOrThrow();
    expect(Number(future.n)).toBe(0);
    const shifts = await db
      .selectFrom('guard_shift')
      .select('started_at')
      .where('started_at', '>=', `${addDays(today, -30)}T00:00:00Z`)
      .execute();
    expect(shifts.length).toBeGreaterThan(20);

    // Police data in the current quarter and month (the barometer opens on them).
    const quarterStart = `${year}-10-01`;
    const police = await db
      .selectFrom('nuisance_event')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('source', '=', 'police')
      .where('day', '>=', quarterStart)
      .where('day', '<=', today)
      .executeTakeFirstOrThrow();
    expect(Number(police.n)).toBeGreaterThan(100);
    const lastYear = await coordinator.request({
      method: 'GET',
      url: `/api/barometer/map?from=${year - 1}-01-01&to=${year - 1}-12-31&sources=police`,
    });
    expect(lastYear.statusCode).toBe(200);

    // The calendar: items this month; what is late is late by days, not years; most of it is still to come.
    const deadlines: Deadline[] = [];
    for (let from = '2019-01-01'; from <= addDays(today, 365); from = addDays(from, 3 * 366 + 1)) {
      const to = addDays(from, 3 * 366);
      const page = (await coordinator.request({ method: 'GET', url: `/api/calendar?from=${from}&to=${to}` })).json<{
        deadlines: Deadline[];
      }>();
      deadlines.push(...page.deadlines);
    }
    const open = deadlines.filter((d) => !d.done);
    const overdue = open.filter((d) => d.due < today);
    expect(overdue.length).toBeGreaterThan(0);
    expect(
      overdue.map((d) => ({ title: d.title, late: daysBetween(d.due, today) })).filter((d) => d.late > 45),
    ).toEqual([]);
    expect(open.filter((d) => d.due >= today).length).toBeGreaterThan(overdue.length);
    expect(deadlines.filter((d) => d.due.slice(0, 7) === today.slice(0, 7)).length).toBeGreaterThan(0);

    // The NERO cases of last year, for its yearly report.
    const nero = await db
      .selectFrom('case_file')
      .select('opened_on')
      .where('type_key', '=', 'nero')
      .where('opened_on', '>=', `${year - 1}-01-01`)
      .where('opened_on', '<=', `${year - 1}-12-31`)
      .execute();
    expect(nero.length).toBeGreaterThanOrEqual(4);

    // The dashboard opens on the current year, and it has values.
    const overview = (await coordinator.request({ method: 'GET', url: '/api/indicators/overview' })).json<Overview>();
    expect(overview.year).toBe(year);
    const indicators = overview.sections.flatMap((s) =>
      s.strategic.flatMap((st) => st.operational.flatMap((op) => op.indicators)),
    );
    expect(indicators.length).toBeGreaterThan(100);
    expect(indicators.filter((i) => i.status === 'no_data').map((i) => i.text)).toEqual([]);
    expect(overview.plan.counts.achieved).toBeGreaterThan(40);
    const cpr = indicators.find((i) => /vergaderingen van de CPR/i.test(i.text));
    expect(cpr?.link).toMatchObject({ mode: 'query', state: 'confirmed', subjects: [{ name: 'CPR' }] });
    expect(cpr?.value).toBeGreaterThanOrEqual(1);

    // Computed indicators read registrations that name their subjects: at least 90 % have a value this year, and no
    // computed indicator carries a typed-in value (synthetic values only for the manual remainder).
    const computed = indicators.filter((i) => i.link && i.link.mode !== 'manual');
    expect(computed.length).toBeGreaterThan(120);
    expect(computed.filter((i) => i.value !== null).length / computed.length).toBeGreaterThanOrEqual(0.9);
    const valued = new Set(
      (await db.selectFrom('indicator_value').select('indicator_lineage_id').execute()).map(
        (v) => v.indicator_lineage_id,
      ),
    );
    expect(computed.filter((i) => valued.has(i.lineageId)).map((i) => i.text)).toEqual([]);
    expect(indicators.filter((i) => i.link?.mode === 'manual' && !valued.has(i.lineageId)).map((i) => i.text)).toEqual(
      [],
    );
    // Realistic, not all green: most computed indicators with a target achieved, some short.
    const followed = computed.filter((i) => i.status !== 'monitor');
    expect(followed.filter((i) => i.status === 'achieved').length / followed.length).toBeGreaterThan(0.6);
    // This year is not over: short indicators are at risk (or already missed).
    expect(followed.filter((i) => i.status === 'missed' || i.status === 'at_risk').length).toBeGreaterThan(3);
    // One deliberate case far above its target shows the overcount flag.
    expect(computed.filter((i) => i.flags?.some((f) => f.kind === 'far_above_target')).length).toBeGreaterThanOrEqual(
      1,
    );

    // The features' own registrations: violence incidents, decision steps and approved reports, consultations.
    const value = (pattern: RegExp) => indicators.find((i) => pattern.test(i.text))?.value;
    expect(value(/geregistreerde geweldsfeiten/i)).toBeGreaterThan(0);
    expect(value(/^4 activiteitenrapporten/i)).toBe(1);
    expect(value(/^Jaarrapport NERO-project/i)).toBe(1);
    expect(value(/werkverslagen van het overleg is groter of gelijk aan 26/i)).toBeGreaterThan(15);
    expect(value(/collegeverslagen ter goedkeuring/i)).toBe(1);
    // Supervision per phenomenon: burglary, bike theft, car theft and pickpocketing each count their own records.
    const supervision = indicators
      .filter((i) => i.link?.query?.typeKey === 'supervision' && i.link.query.measure === 'count')
      .map((i) => i.value);
    expect(supervision.length).toBeGreaterThanOrEqual(4);
    expect(supervision.every((v) => v !== null && v > 0)).toBe(true);
    expect(new Set(supervision).size).toBeGreaterThan(2);
    // Pseudonymised: the violence register's registrations carry the kind only.
    const violence = await db
      .selectFrom('registration')
      .select(['values_json', 'created_by'])
      .where('type_key', '=', 'violence_incident')
      .execute();
    expect(violence.length).toBeGreaterThan(0);
    expect(
      violence.every(
        (r) => Object.keys(JSON.parse(r.values_json) as object).join() === 'kind' && r.created_by === null,
      ),
    ).toBe(true);
    // Every operational objective has a (synthetic team) owner, so the dashboard's owner filter has choices.
    const owners = overview.sections.flatMap((s) => s.strategic.flatMap((st) => st.operational.map((op) => op.owner)));
    expect(owners.filter((o) => o === null)).toEqual([]);
    expect(new Set(owners).size).toBeGreaterThan(5);

    const second = await loadDemo(deps);
    expect(second).toMatchObject({ planImported: false, registrations: 0, createdUsers: [] });
    expect((await verifyAuditLog(t.database.db.kysely, dialect)).problems).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Overview } from '../../src/shared/api/indicators.schema.js';
import type { PlanVersionSummary } from '../../src/shared/api/plan.schema.js';
import type { Deadline } from '../../src/shared/calendar/deadline.js';
import { addDays, daysBetween } from '../../src/shared/calendar/days.js';
import { loadDemo } from '../../src/server/features/demo/demo.service.js';
import { verifyAuditLog } from '../../src/server/features/audit/audit.service.js';
import { demoCentreWijk, demoGates } from '../../src/server/features/demo/demo-enforcement-findings.js';
import { EnforcementRepository, inScope } from '../../src/server/features/enforcement/enforcement.repository.js';
import { parseCommunication } from '../../src/shared/enforcement/structured-communication.js';
import type { SteeringOverview } from '../../src/shared/api/enforcement-steering.schema.js';
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

    // Enforcement at volume (issue 18): two years of findings up to today, the cameras of the low-traffic centre
    // peaking at its gates in the rush hours, every finding where its steps put it, paid ones with their payment.
    const mechelen = first.municipalityId;
    const gas = await db
      .selectFrom('gas_finding')
      .select([
        'id',
        'observed_on',
        'observed_hour',
        'source',
        'category',
        'street',
        'wijk_code',
        'status',
        'close_reason',
        'amount_cents',
        'paid_cents',
        'structured_communication',
      ])
      .where('municipality_id', '=', mechelen)
      .execute();
    expect(gas.length).toBeGreaterThan(2000);
    expect(gas.filter((f) => f.observed_on >= addDays(today, -30) && f.observed_on <= today).length).toBeGreaterThan(
      50,
    );
    expect(gas.filter((f) => f.observed_on > today || f.observed_on < `${year - 1}-01-01`)).toEqual([]);
    const camera = gas.filter((f) => f.source === 'camera');
    expect(camera.length).toBeGreaterThan(gas.length / 3);
    expect(camera.every((f) => f.category === 'c3' || f.category === 'f103')).toBe(true);
    expect(
      camera.filter((f) => f.wijk_code !== demoCentreWijk || !demoGates.some((g) => g.street === f.street)),
    ).toEqual([]);
    // Four rush hours (7–8, 16–17) hold far more than their 4/24 share.
    expect(camera.filter((f) => [7, 8, 16, 17].includes(f.observed_hour)).length / camera.length).toBeGreaterThan(0.4);
    expect(gas.every((f) => parseCommunication(f.structured_communication).ok)).toBe(true);
    const steps = await db
      .selectFrom('gas_finding_step')
      .select(['finding_id', 'step_key', 'outcome'])
      .where('municipality_id', '=', mechelen)
      .execute();
    const stepsOf = new Map<string, string[]>();
    for (const step of steps) stepsOf.set(step.finding_id, [...(stepsOf.get(step.finding_id) ?? []), step.step_key]);
    const expectedStep: Record<string, string | null> = {
      found: null,
      identified: 'holder_identified',
      notified: 'notified',
      decided: 'decided',
      mediation: 'decided',
      reminded: 'reminded',
    };
    for (const f of gas) {
      const done = stepsOf.get(f.id) ?? [];
      if (f.status === 'found') expect(done).toEqual([]);
      else if (f.status !== 'closed') expect(done).toContain(expectedStep[f.status]);
    }
    // The letters and the bank account are the association's (GASAM collects for its members by agreement).
    const association =
      (await db.selectFrom('municipality').select('id').where('slug', '=', 'gasam').executeTakeFirst())?.id ?? '';
    const payments = await db
      .selectFrom('gas_payment')
      .select(['finding_id', 'amount_cents', 'match', 'structured_communication'])
      .where('municipality_id', '=', association)
      .execute();
    const matched = new Map(payments.filter((p) => p.match === 'matched').map((p) => [p.finding_id, p]));
    const paid = gas.filter((f) => f.close_reason === 'paid');
    expect(paid.length).toBeGreaterThan(gas.length / 3);
    expect(
      paid.filter((f) => {
        const payment = matched.get(f.id);
        return (
          !payment ||
          payment.amount_cents !== f.amount_cents ||
          f.paid_cents !== f.amount_cents ||
          payment.structured_communication !== f.structured_communication ||
          !stepsOf.get(f.id)?.includes('paid')
        );
      }),
    ).toEqual([]);
    expect(payments.some((p) => p.match === 'unmatched')).toBe(true);
    const batches = await db
      .selectFrom('gas_letter_batch')
      .select(['kind', 'letters'])
      .where('municipality_id', '=', association)
      .execute();
    expect(new Set(batches.map((b) => b.kind))).toEqual(new Set(['notification', 'decision', 'reminder']));

    // GASAM: the association's desk sees Mechelen's and the partner's findings; each member only its own.
    const tenants = new Map(
      (await db.selectFrom('municipality').select(['id', 'slug', 'kind']).execute()).map((m) => [m.slug, m]),
    );
    expect(tenants.get('gasam')?.kind).toBe('association');
    const partner = tenants.get('bonheiden')?.id ?? '';
    const seen = async (tenant: string) => {
      const scope = await new EnforcementRepository(db).scopeOf(tenant);
      const rows = await db
        .selectFrom('gas_finding')
        .select(['municipality_id', (eb) => eb.fn.countAll<number>().as('n')])
        .where((eb) => inScope(eb, scope))
        .groupBy('municipality_id')
        .execute();
      return new Map(rows.map((r) => [r.municipality_id, Number(r.n)]));
    };
    const desk = await seen(tenants.get('gasam')?.id ?? '');
    expect(desk.get(mechelen)).toBe(gas.length);
    expect(desk.get(partner)).toBeGreaterThan(100);
    expect([...(await seen(partner)).keys()]).toEqual([partner]);
    expect([...(await seen(mechelen)).keys()]).toEqual([mechelen]);
    const partnerDesk = await t.login('gas@bonheiden.demo', 'mechelen-demo-2020');
    expect((await partnerDesk.request({ method: 'GET', url: '/api/enforcement/plans' })).json()).toEqual({ plans: [] });

    // The steering group: at least 6 meetings last year, computed by the plan's indicators; the plan fully signed.
    const steering = (
      await coordinator.request({ method: 'GET', url: `/api/enforcement/steering?year=${year - 1}` })
    ).json<SteeringOverview>();
    expect(steering.counts.meeting).toBeGreaterThanOrEqual(6);
    expect(steering.meetingsRequired).toBe(6);
    expect(steering.indicators.map((i) => i.value)).toEqual([steering.counts.meeting, steering.counts.policy_proposal]);
    expect(value(/verslagen van de stuurgroep bestuurlijk handhaven/i)).toBeGreaterThanOrEqual(5);
    expect(value(/ondertekend handavingsplan/i)).toBe(1);
    const plans = (await coordinator.request({ method: 'GET', url: '/api/enforcement/plans' })).json<{
      plans: { fullySigned: boolean; current: boolean; signatories: unknown[] }[];
    }>();
    expect(plans.plans).toMatchObject([{ fullySigned: true, current: true }]);
    expect(plans.plans[0]?.signatories).toHaveLength(3);

    const second = await loadDemo(deps);
    expect(second).toMatchObject({ planImported: false, registrations: 0, createdUsers: [] });
    expect((await verifyAuditLog(t.database.db.kysely, dialect)).problems).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Overview } from '../../src/shared/api/indicators.schema.js';
import { loadDemo } from '../../src/server/features/demo/demo.service.js';
import { verifyAuditLog } from '../../src/server/features/audit/audit.service.js';
import { createTestApp, type TestApp, testHasher } from '../support/test-app.js';
import { dialects } from '../support/test-databases.js';

describe.each(dialects)('the Mechelen demo on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    t.clock.advance(2000 * 86_400_000);
  });
  afterAll(() => t.close());

  it('loads the plan and synthetic 2019–2020 registrations on the plan’s subjects, so that every 2020 indicator has a status from them', async () => {
    const deps = { db: t.database.db, clock: t.clock, hasher: testHasher };
    const first = await loadDemo(deps);
    expect(first).toMatchObject({ planImported: true });
    expect(first.registrations).toBeGreaterThan(400);
    const coordinator = await t.login('preventie@mechelen.demo', 'mechelen-demo-2020');
    const overview = (
      await coordinator.request({ method: 'GET', url: '/api/indicators/overview?year=2020' })
    ).json<Overview>();
    const indicators = overview.sections.flatMap((s) =>
      s.strategic.flatMap((st) => st.operational.flatMap((op) => op.indicators)),
    );
    expect(indicators.length).toBeGreaterThan(100);
    expect(indicators.filter((i) => i.status === 'no_data').map((i) => i.text)).toEqual([]);
    expect(overview.plan.counts.achieved).toBeGreaterThan(40);
    const cpr = indicators.find((i) => /vergaderingen van de CPR/i.test(i.text));
    expect(cpr?.link).toMatchObject({ mode: 'query', state: 'confirmed', subjects: [{ name: 'CPR' }] });
    expect(cpr?.value).toBeGreaterThanOrEqual(1);

    // Computed indicators read registrations that name their subjects: at least 90 % have a 2020 value, and no
    // computed indicator carries a typed-in value (synthetic values only for the manual remainder).
    const computed = indicators.filter((i) => i.link && i.link.mode !== 'manual');
    expect(computed.length).toBeGreaterThan(120);
    expect(computed.filter((i) => i.value !== null).length / computed.length).toBeGreaterThanOrEqual(0.9);
    const db = t.database.db.kysely;
    const valued = new Set(
      (await db.selectFrom('indicator_value').select('indicator_lineage_id').execute()).map(
        (v) => v.indicator_lineage_id,
      ),
    );
    expect(computed.filter((i) => valued.has(i.lineageId)).map((i) => i.text)).toEqual([]);
    expect(indicators.filter((i) => i.link?.mode === 'manual' && !valued.has(i.lineageId)).map((i) => i.text)).toEqual(
      [],
    );
    // Realistic, not all green: most computed indicators with a target achieved, some missed.
    const followed = computed.filter((i) => i.status !== 'monitor');
    expect(followed.filter((i) => i.status === 'achieved').length / followed.length).toBeGreaterThan(0.6);
    expect(followed.filter((i) => i.status === 'missed').length).toBeGreaterThan(3);
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

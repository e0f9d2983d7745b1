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

  it('loads the plan, synthetic 2019–2020 registrations and values so that every 2020 indicator has a status', async () => {
    const deps = { db: t.database.db, clock: t.clock, hasher: testHasher };
    const first = await loadDemo(deps);
    expect(first).toMatchObject({ planImported: true });
    expect(first.registrations).toBeGreaterThan(400);
    const coordinator = await t.login('preventie@mechelen.demo', 'mechelen-demo-2020');
    const overview = (await coordinator.request({ method: 'GET', url: '/api/indicators/overview?year=2020' })).json<Overview>();
    const indicators = overview.sections.flatMap((s) => s.strategic.flatMap((st) => st.operational.flatMap((op) => op.indicators)));
    expect(indicators.length).toBeGreaterThan(100);
    expect(indicators.filter((i) => i.status === 'no_data').map((i) => i.text)).toEqual([]);
    expect(overview.plan.counts.achieved).toBeGreaterThan(40);
    const cpr = indicators.find((i) => /vergaderingen van de CPR/i.test(i.text));
    expect(cpr?.link).toMatchObject({ mode: 'query', state: 'confirmed' });
    expect(cpr?.value).toBeGreaterThanOrEqual(1);
    // Every operational objective has a (synthetic team) owner, so the dashboard's owner filter has choices.
    const owners = overview.sections.flatMap((s) => s.strategic.flatMap((st) => st.operational.map((op) => op.owner)));
    expect(owners.filter((o) => o === null)).toEqual([]);
    expect(new Set(owners).size).toBeGreaterThan(5);

    const second = await loadDemo(deps);
    expect(second).toMatchObject({ planImported: false, registrations: 0, createdUsers: [] });
    expect((await verifyAuditLog(t.database.db.kysely, dialect)).problems).toEqual([]);
  });
});

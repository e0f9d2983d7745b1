import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Overview } from '../../src/shared/api/indicators.schema.js';
import type { CountsFor } from '../../src/shared/api/registrations.schema.js';
import type { IndicatorLinkInput } from '../../src/shared/indicators/indicator-query.js';
import { targetForYear } from '../../src/shared/indicators/indicator-status.js';
import { readsRegistration } from '../../src/server/features/indicators/indicator-flags.js';
import type { Actor } from '../../src/shared/access/roles.js';
import { createTestApp, type Agent, type TestApp } from '../support/test-app.js';
import { dialects } from '../support/test-databases.js';

const mechelen = readFileSync('samples/plans/mechelen-svpp-2020.txt', 'utf8');
type Row = {
  type_key: string;
  subject_id: string | null;
  category: string | null;
  status: string | null;
  occurred_on: string;
};

/**
 * What a save counts for, read off the whole dashboard of its year: the answer `countsFor` must give, computed for its
 * indicators alone.
 */
function fromDashboard(overview: Overview, row: Row): CountsFor[] {
  return overview.sections.flatMap((section) =>
    section.strategic.flatMap((st) =>
      st.operational.flatMap((op) =>
        op.indicators.flatMap((i) => {
          const link = i.link;
          if (link?.state !== 'confirmed') return [];
          const input: IndicatorLinkInput | null =
            link.mode === 'query' && link.query
              ? { mode: 'query', query: link.query }
              : link.mode === 'ratio' && link.ratio
                ? { mode: 'ratio', ratio: link.ratio }
                : null;
          if (!readsRegistration(input, row)) return [];
          return [
            {
              indicatorId: i.id,
              number: op.number,
              text: i.text,
              value: i.value,
              required: targetForYear(i.targets, overview.year)?.value ?? null,
              status: i.status,
            },
          ];
        }),
      ),
    ),
  );
}

describe.each(dialects)('what a saved registration counts for, on %s', (dialect) => {
  let t: TestApp;
  let coordinator: Agent;
  let actor: Actor;
  const overview = async (year: number) =>
    (await coordinator.request({ method: 'GET', url: `/api/indicators/overview?year=${year}` })).json<Overview>();
  beforeAll(async () => {
    t = await createTestApp(dialect);
    // 2021-04-11: 2020 is a whole past year, 2021 one in progress.
    t.clock.advance(300 * 86_400_000);
    await t.seedMunicipality('mechelen');
    coordinator = await t.login('coordinator@mechelen.test');
    actor = {
      userId: coordinator.me.user.id,
      role: coordinator.me.user.role,
      municipalityId: coordinator.me.municipality.id,
    };
    expect(
      (
        await coordinator.request({
          method: 'POST',
          url: '/api/plan-versions',
          payload: { filename: 'plan.txt', text: mechelen, confirm: true },
        })
      ).statusCode,
    ).toBe(201);
    const proposed = (await overview(2020)).sections
      .flatMap((s) => s.strategic.flatMap((st) => st.operational.flatMap((op) => op.indicators)))
      .filter((i) => i.link?.state === 'proposed')
      .map((i) => i.id);
    expect(
      (
        await coordinator.request({
          method: 'POST',
          url: '/api/indicators/proposals/confirm',
          payload: { indicatorIds: proposed },
        })
      ).statusCode,
    ).toBe(200);
  });
  afterAll(() => t.close());

  it('answers each save of a meeting with the indicators of the dashboard that count it, as the dashboard shows them', async () => {
    const subjects = (await coordinator.request({ method: 'GET', url: '/api/subjects?typeKey=meeting' }))
      .json<{ subjects: { id: string; category: string | null; active: boolean }[] }>()
      .subjects.filter((s) => s.active);
    expect(subjects.length).toBeGreaterThan(2);
    let counted = 0;
    for (const [n, subject] of [...subjects, null].entries()) {
      const occurredOn =
        n % 2 ? `2021-0${1 + (n % 3)}-1${n % 10}` : `2020-${String(1 + (n % 12)).padStart(2, '0')}-0${1 + (n % 9)}`;
      const kind = subject?.category ?? 'other';
      const saved = await coordinator.request({
        method: 'POST',
        url: '/api/registrations',
        payload: { typeKey: 'meeting', occurredOn, values: { kind }, subjectId: subject?.id ?? null },
      });
      expect(saved.statusCode).toBe(201);
      const got = saved.json<{ countsFor: CountsFor[] }>().countsFor;
      const expected = fromDashboard(await overview(Number(occurredOn.slice(0, 4))), {
        type_key: 'meeting',
        subject_id: subject?.id ?? null,
        category: kind,
        status: null,
        occurred_on: occurredOn,
      });
      expect(got).toEqual(expected);
      counted += got.length;
    }
    // Not vacuous: the plan's meeting indicators (the CPR's among them) are counted.
    expect(counted).toBeGreaterThan(0);
  });

  it('gives the dashboard’s answer for every confirmed link of the plan, register queries and ratios alike, in both years', async () => {
    const links = (await overview(2020)).sections
      .flatMap((s) => s.strategic.flatMap((st) => st.operational.flatMap((op) => op.indicators)))
      .flatMap((i) => (i.link?.state === 'confirmed' ? [i.link] : []));
    const queries = links.flatMap((l) =>
      l.mode === 'query' && l.query ? [l.query] : l.mode === 'ratio' && l.ratio ? [l.ratio.numerator] : [],
    );
    expect(queries.length).toBeGreaterThan(10);
    let nonEmpty = 0;
    for (const year of [2020, 2021]) {
      const dashboard = await overview(year);
      for (const q of queries) {
        const row: Row = {
          type_key: q.typeKey,
          subject_id: q.subjectId ?? null,
          category: q.categories?.[0] ?? null,
          status: q.statuses?.[0] ?? null,
          occurred_on: `${year}-03-01`,
        };
        const got = await t.services.indicators.countsFor(actor, row);
        expect(got).toEqual(fromDashboard(dashboard, row));
        if (got.length) nonEmpty++;
      }
    }
    expect(nonEmpty).toBeGreaterThan(10);
    // A register no link reads counts for nothing.
    expect(
      await t.services.indicators.countsFor(actor, {
        type_key: 'no_such_register',
        subject_id: null,
        category: null,
        status: null,
        occurred_on: '2020-03-01',
      }),
    ).toEqual([]);
  });
});

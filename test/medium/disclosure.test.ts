import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoBarometer } from '../../src/server/features/demo/demo-barometer.js';
import type { BarometerHeatmap, BarometerMap, BarometerTrends } from '../../src/shared/api/barometer.schema.js';
import { nuisanceCategories } from '../../src/shared/barometer/categories.js';
import { createTestApp, type Agent, type TestApp } from '../support/test-app.js';
import { dialects } from '../support/test-databases.js';
import { inverse, mod, p } from '../support/prime-field.js';

/**
 * The tester's three attacks on the demo barometer, played as the police (and a viewer): (a) a single answer holds
 * no count from 1 to 4, (b) windows cannot be differenced (only calendar quarters are answered, which neither
 * overlap nor nest), (c) no "total minus cells" — over every published cell and total of a quarter's answers
 * together (map, heat map, trends, the CSV export), by exact linear algebra — recovers a hidden count.
 */

type Shown = number | '<5' | null;
type Equation = { vars: string[]; minus: string }; // Σ vars − minus = 0

/** The unknowns that the equations fix exactly, given the known values (Gaussian elimination over a prime field). */
function determined(equations: Equation[], known: Map<string, number>): string[] {
  const unknown = [...new Set(equations.flatMap((e) => [...e.vars, e.minus]).filter((v) => !known.has(v)))].sort();
  const col = new Map(unknown.map((v, i) => [v, i]));
  const rows = equations.map((e) => {
    const row = new Array<bigint>(unknown.length).fill(0n);
    for (const [v, c] of [...e.vars.map((v) => [v, 1n] as const), [e.minus, -1n] as const]) {
      const k = col.get(v);
      if (k !== undefined) row[k] = mod(row[k]! + c);
    }
    return row;
  });
  const pivots: number[] = [];
  let r = 0;
  for (let c = 0; c < unknown.length && r < rows.length; c++) {
    const found = rows.findIndex((row, k) => k >= r && row[c] !== 0n);
    if (found === -1) continue;
    [rows[r], rows[found]] = [rows[found]!, rows[r]!];
    const inv = inverse(rows[r]![c]!);
    rows[r] = rows[r]!.map((v) => (v * inv) % p);
    for (let k = 0; k < rows.length; k++) {
      if (k !== r && rows[k]![c] !== 0n) {
        const f = rows[k]![c]!;
        rows[k] = rows[k]!.map((v, j) => mod(v - f * rows[r]![j]!));
      }
    }
    pivots.push(c);
    r++;
  }
  return pivots.filter((c, k) => rows[k]!.every((v, j) => j === c || v === 0n)).map((c) => unknown[c]!);
}

/** Everything one reader can learn about one quarter, as known values and the sums that tie them. */
function quarterSystem(map: BarometerMap, heat: BarometerHeatmap, trends: BarometerTrends, csv: Map<string, string>) {
  const known = new Map<string, number>();
  const put = (name: string, v: number | string | null | undefined) => {
    if (typeof v === 'number') known.set(name, v);
    else if (typeof v === 'string' && /^\d+$/.test(v)) known.set(name, Number(v));
  };
  const places = [...map.wijken.map((w) => w.wijkCode), ''];
  for (const w of map.wijken) {
    put(`W:${w.wijkCode}`, w.total);
    for (const c of nuisanceCategories) put(`m:${w.wijkCode}:${c}`, w.byCategory[c] ?? 0);
  }
  put('W:', map.unplaced);
  for (const [key, v] of csv) put(`m:${key}`, v);
  for (const c of nuisanceCategories) {
    put(`C:${c}`, trends.rows.find((r) => r.wijkCode === null && r.category === c)?.current ?? 0);
  }
  put('G', heat.total ?? null);
  for (const d of [1, 2, 3, 4, 5, 6, 7]) {
    for (let h = 0; h < 24; h++) put(`h:${d}:${h}`, heat.cells.find((x) => x.weekday === d && x.hour === h)?.n ?? 0);
  }
  for (const x of heat.weekdayTotals ?? []) put(`D:${x.weekday}`, x.n);
  for (const x of heat.hourTotals ?? []) put(`H:${x.hour}`, x.n);
  const eq: Equation[] = [
    ...places.map((w) => ({ vars: nuisanceCategories.map((c) => `m:${w}:${c}`), minus: `W:${w}` })),
    ...nuisanceCategories.map((c) => ({ vars: places.map((w) => `m:${w}:${c}`), minus: `C:${c}` })),
    { vars: places.map((w) => `W:${w}`), minus: 'G' },
    { vars: nuisanceCategories.map((c) => `C:${c}`), minus: 'G' },
    ...[1, 2, 3, 4, 5, 6, 7].map((d) => ({
      vars: Array.from({ length: 24 }, (_, h) => `h:${d}:${h}`),
      minus: `D:${d}`,
    })),
    ...Array.from({ length: 24 }, (_, h) => ({
      vars: [1, 2, 3, 4, 5, 6, 7].map((d) => `h:${d}:${h}`),
      minus: `H:${h}`,
    })),
    { vars: [1, 2, 3, 4, 5, 6, 7].map((d) => `D:${d}`), minus: 'G' },
    { vars: Array.from({ length: 24 }, (_, h) => `H:${h}`), minus: 'G' },
  ];
  return { known, eq };
}

describe.each(dialects)('disclosure control against the three attacks on %s', (dialect) => {
  let t: TestApp;
  let police: Agent;
  let viewer: Agent;
  let coordinator: Agent;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    // The demo lives relative to the day it is loaded: loaded on 31 December 2020, it holds 2019 and 2020.
    t.clock.advance(199 * 86_400_000); // 2020-12-31
    const municipalityId = await t.seedMunicipality('mechelen');
    await loadDemoBarometer({ db: t.database.db, clock: t.clock }, municipalityId);
    t.clock.advance(201 * 86_400_000); // July 2021
    police = await t.login('police@mechelen.test');
    viewer = await t.login('viewer@mechelen.test');
    coordinator = await t.login('coordinator@mechelen.test');
  }, 120_000);
  afterAll(() => t.close());

  const get = async <T>(agent: Agent, url: string): Promise<T> => {
    const response = await agent.request({ method: 'GET', url });
    expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
    return response.json<T>();
  };
  const quarters = [
    '2019-10-01&to=2019-12-31',
    '2020-01-01&to=2020-03-31',
    '2020-04-01&to=2020-06-30',
    '2020-07-01&to=2020-09-30',
    '2020-10-01&to=2020-12-31',
  ].map((q) => `from=${q}`);

  const answersOf = async (agent: Agent, q: string) => {
    const [map, heat, trends, csvResponse] = await Promise.all([
      get<BarometerMap>(agent, `/api/barometer/map?${q}`),
      get<BarometerHeatmap>(agent, `/api/barometer/heatmap?${q}`),
      get<BarometerTrends>(agent, `/api/barometer/trends?${q}`),
      agent.request({ method: 'GET', url: `/api/barometer/export?${q}&format=csv` }),
    ]);
    const csv = new Map(
      csvResponse.rawPayload
        .toString('utf8')
        .trim()
        .split('\r\n')
        .slice(1)
        .map((line) => {
          const cols = line.split(';');
          return [`${cols[0]}:${cols[2]}`, cols.at(-1) ?? ''] as const;
        }),
    );
    return { map, heat, trends, csv };
  };

  it('(a) a single answer holds no count from 1 to 4 and no list of events', async () => {
    for (const agent of [police, viewer]) {
      for (const q of quarters) {
        const { map, heat, trends, csv } = await answersOf(agent, q);
        const numbers = [
          ...map.wijken.flatMap((w) => [w.total, ...Object.values(w.byCategory)]),
          map.unplaced,
          ...heat.cells.map((c) => c.n),
          ...(heat.weekdayTotals ?? []).map((x) => x.n),
          ...(heat.hourTotals ?? []).map((x) => x.n),
          heat.total,
          ...trends.rows.flatMap((r) => [r.current, r.vsPrevious.count, r.vsLastYear.count]),
          ...[...csv.values()].map((v) => (/^\d+$/.test(v) ? Number(v) : v)),
        ];
        expect(
          numbers.filter((n) => typeof n === 'number' && n >= 1 && n <= 4),
          q,
        ).toEqual([]);
        expect(numbers.filter((n) => n === '<5').length, q).toBeGreaterThan(0);
      }
      expect((await agent.request({ method: 'GET', url: `/api/barometer/events?${quarters[1]}` })).statusCode).toBe(
        403,
      );
    }
  });

  it('(b) windows cannot be differenced: only calendar quarters are answered, never a day, month, year or overlap', async () => {
    const refused = [
      'from=2020-03-01&to=2020-03-31',
      'from=2020-03-01&to=2020-03-02',
      'from=2020-03-02&to=2020-03-02',
      'from=2020-01-01&to=2020-12-31',
      'from=2020-01-01&to=2020-06-30',
      'from=2020-02-01&to=2020-04-30',
      'from=2020-01-02&to=2020-03-31',
      'from=2020-01-01&to=2020-03-30',
    ];
    for (const agent of [police, viewer]) {
      for (const q of refused) {
        for (const what of ['map', 'heatmap', 'trends']) {
          const response = await agent.request({ method: 'GET', url: `/api/barometer/${what}?${q}` });
          expect(
            [response.statusCode, response.json<{ error: { code: string } }>().error.code],
            `${what}?${q}`,
          ).toEqual([422, 'BAROMETER_PERIOD_NOT_ALLOWED']);
        }
        const file = await agent.request({ method: 'GET', url: `/api/barometer/export?${q}&format=csv` });
        expect(file.statusCode, q).toBe(422);
      }
      // The export by month would nest months in the quarter: refused.
      expect(
        (
          await agent.request({ method: 'GET', url: `/api/barometer/export?${quarters[1]}&format=xlsx&by=month` })
        ).json<{ error: { code: string } }>().error.code,
      ).toBe('BAROMETER_PERIOD_NOT_ALLOWED');
    }
    // The same quarter answers the same, whichever answer it is part of (the trends' previous quarter is Q1's map).
    const q1 = await answersOf(police, quarters[1]!);
    const q2trends = await get<BarometerTrends>(police, `/api/barometer/trends?${quarters[2]}`);
    for (const row of q2trends.rows.filter((r) => r.wijkCode !== null)) {
      const cell = q1.map.wijken.find((w) => w.wijkCode === row.wijkCode)?.byCategory[row.category] ?? 0;
      expect(row.vsPrevious.count, `${row.wijkCode}:${row.category}`).toEqual(cell);
    }
    for (const w of q1.map.wijken) {
      for (const c of nuisanceCategories) expect(String(w.byCategory[c] ?? 0)).toBe(q1.csv.get(`${w.wijkCode}:${c}`));
    }
  });

  it("(c) total minus cells — any combination of a quarter's published cells and totals — recovers nothing", async () => {
    let hiddenSeen = 0;
    for (const agent of [police, viewer]) {
      for (const q of quarters) {
        const { map, heat, trends, csv } = await answersOf(agent, q);
        const { known, eq } = quarterSystem(map, heat, trends, csv);
        hiddenSeen += eq.flatMap((e) => [...e.vars, e.minus]).filter((v) => !known.has(v)).length;
        expect(determined(eq, known), q).toEqual([]);
      }
    }
    expect(hiddenSeen).toBeGreaterThan(50);
  });

  it('the attack has teeth: with primary suppression alone (the old rule) it recovers counts of the demo', async () => {
    const q = quarters[2]!;
    const { map, heat, trends, csv } = await answersOf(coordinator, q);
    const exactHeat = await get<BarometerHeatmap>(coordinator, `/api/barometer/heatmap?${q}`);
    const small = (v: Shown) => (typeof v === 'number' && v >= 1 && v <= 4 ? '<5' : v);
    const hide = <T extends { n: Shown }>(x: T) => ({ ...x, n: small(x.n) });
    const primaryMap: BarometerMap = {
      ...map,
      wijken: map.wijken.map((w) => ({
        ...w,
        total: small(w.total),
        byCategory: Object.fromEntries(Object.entries(w.byCategory).map(([c, n]) => [c, small(n)])),
      })),
      unplaced: small(map.unplaced),
    };
    const total = exactHeat.cells.reduce((s, c) => s + Number(c.n), 0);
    const weekdayTotals = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
      weekday,
      n: small(exactHeat.cells.filter((c) => c.weekday === weekday).reduce((s, c) => s + Number(c.n), 0)),
    }));
    const hourTotals = Array.from({ length: 24 }, (_, hour) => ({
      hour,
      n: small(exactHeat.cells.filter((c) => c.hour === hour).reduce((s, c) => s + Number(c.n), 0)),
    }));
    const primaryHeat: BarometerHeatmap = {
      ...heat,
      cells: heat.cells.map(hide),
      weekdayTotals,
      hourTotals,
      total: small(total),
    };
    const primaryTrends: BarometerTrends = {
      ...trends,
      rows: trends.rows.map((r) => ({ ...r, current: small(r.current) })),
    };
    const primaryCsv = new Map([...csv].map(([k, v]) => [k, Number(v) >= 1 && Number(v) <= 4 ? '<5' : v]));
    const { known, eq } = quarterSystem(primaryMap, primaryHeat, primaryTrends, primaryCsv);
    expect(determined(eq, known).length).toBeGreaterThan(0);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GasAnalysis } from '../../src/shared/api/enforcement-analysis.schema.js';
import { geoFor } from '../../src/server/adapters/geo.js';
import { AgreementService } from '../../src/server/features/enforcement/agreements.service.js';
import { finders } from '../../src/shared/enforcement/catalogue.js';
import { createTestApp, type Agent, type TestApp } from '../support/test-app.js';
import { dialects } from '../support/test-databases.js';
import { finding, insertArticle, insertFindings } from '../support/gas-fixtures.js';
import { inverse, mod, p } from '../support/prime-field.js';

/**
 * The analysis under the barometer's small-count rules (issue 18): the police and viewers (statistics without
 * enforcement.read) get one calendar quarter of one municipality, no filters, no streets; no published count is
 * 1–4, and no combination of the published cells and totals — over all the answer's tables together, solved
 * exactly — recovers a hidden one. The department sees exact counts, filters and streets.
 */

type Equation = { vars: string[]; minus: string };

/** The unknowns the equations fix exactly, given the known values (Gaussian elimination over a prime field). */
function determined(equations: Equation[], known: Map<string, number>): string[] {
  const unknown = [...new Set(equations.flatMap((e) => [...e.vars, e.minus]).filter((v) => !known.has(v)))].sort();
  const col = new Map(unknown.map((v, i) => [v, i]));
  const rows = equations.map((e) => {
    const row = new Array<bigint>(unknown.length + 1).fill(0n);
    for (const [v, c] of [...e.vars.map((v) => [v, 1n] as const), [e.minus, -1n] as const]) {
      const k = col.get(v);
      if (k !== undefined) row[k] = mod(row[k]! + c);
      else row[unknown.length] = mod(row[unknown.length]! - c * BigInt(known.get(v)!));
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
  return pivots
    .filter((c, k) => rows[k]!.every((v, j) => j === c || j === unknown.length || v === 0n))
    .map((c) => unknown[c]!);
}

/** Everything one answer publishes, as known values and the sums that tie them. */
function systemOf(a: GasAnalysis) {
  const known = new Map<string, number>();
  const put = (name: string, v: number | string | null) => {
    if (typeof v === 'number') known.set(name, v);
  };
  put('G', a.total);
  for (const d of [1, 2, 3, 4, 5, 6, 7]) {
    for (let h = 0; h < 24; h++) put(`h:${d}:${h}`, a.heat.cells.find((x) => x.weekday === d && x.hour === h)?.n ?? 0);
  }
  for (const x of a.heat.weekdayTotals) put(`D:${x.weekday}`, x.n);
  for (const x of a.heat.hourTotals) put(`H:${x.hour}`, x.n);
  const places = [...a.wijken.map((w) => w.wijkCode), ''];
  for (const w of a.wijken) put(`W:${w.wijkCode}`, w.n);
  put('W:', a.unplaced);
  for (const r of a.articles) {
    put(`AT:${r.article}`, r.total);
    for (const s of finders) put(`A:${r.article}:${s}`, r.bySource[s]);
  }
  for (const s of finders) put(`S:${s}`, a.sourceTotals[s]);
  for (const m of a.months) put(`M:${m.month}`, m.n);
  const eq: Equation[] = [
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
    { vars: places.map((w) => `W:${w}`), minus: 'G' },
    ...a.articles.map((r) => ({ vars: finders.map((s) => `A:${r.article}:${s}`), minus: `AT:${r.article}` })),
    ...finders.map((s) => ({ vars: a.articles.map((r) => `A:${r.article}:${s}`), minus: `S:${s}` })),
    { vars: a.articles.map((r) => `AT:${r.article}`), minus: 'G' },
    { vars: finders.map((s) => `S:${s}`), minus: 'G' },
    { vars: a.months.map((m) => `M:${m.month}`), minus: 'G' },
  ];
  return { known, eq };
}

/** Every count in the answer (cells and totals), as published. */
function published(a: GasAnalysis): (number | string | null)[] {
  return [
    a.total,
    ...a.heat.cells.map((c) => c.n),
    ...a.heat.weekdayTotals.map((x) => x.n),
    ...a.heat.hourTotals.map((x) => x.n),
    ...a.wijken.map((w) => w.n),
    a.unplaced,
    ...a.articles.flatMap((r) => [r.total, ...finders.map((s) => r.bySource[s])]),
    ...finders.map((s) => a.sourceTotals[s]),
    ...a.months.map((m) => m.n),
  ];
}

describe.each(dialects)('enforcement analysis and its small-count rules on %s', (dialect) => {
  let t: TestApp;
  let police: Agent;
  let viewer: Agent;
  let staff: Agent;
  const ids: Record<string, string> = {};
  const wijken = (geoFor('mechelen')?.wijken.features ?? []).map((f) => f.properties.wijk_code);

  beforeAll(async () => {
    t = await createTestApp(dialect);
    for (const slug of ['mechelen', 'gasam']) ids[slug] = await t.seedMunicipality(slug);
    const db = t.database.db;
    const m = ids.mechelen!;
    const kb = { id: await insertArticle(db, m, 'KB 22'), code: 'KB 22' };
    const c3 = { id: await insertArticle(db, m, 'C3', { category: 'c3' }), code: 'C3', category: 'c3' };
    const abp = { id: await insertArticle(db, m, 'ABP 12', { category: 'abp' }), code: 'ABP 12', category: 'abp' };
    await insertArticle(db, m, 'KB 24'); // in the catalogue, never found
    const rows: Parameters<typeof insertFindings>[1] = [];
    const add = (
      count: number,
      article: typeof kb,
      day: string,
      hour: number,
      wijk: string | null,
      source: string,
      street = 'Bruul',
    ) => {
      for (let i = 0; i < count; i++) {
        rows.push(finding(m, article, day, { observed_hour: hour, wijk_code: wijk, source, street }));
      }
    };
    // Q1 2024: a camera peak, a few large cells and several small ones that must not be recoverable.
    add(40, c3, '2024-01-15', 8, wijken[0] ?? null, 'camera', 'Hoogstraat');
    add(12, kb, '2024-02-06', 14, wijken[1] ?? null, 'police');
    add(7, kb, '2024-02-07', 9, wijken[0] ?? null, 'guard');
    add(3, abp, '2024-03-09', 23, wijken[2] ?? null, 'guard', 'Kleine Nieuwstraat');
    add(1, abp, '2024-03-10', 2, null, 'police');
    add(2, kb, '2024-01-20', 17, wijken[3] ?? null, 'camera');
    // March holds at least five, so no month is small and the grand total can stay published (a lone small month
    // in a three-month table could only be protected by hiding the grand total, in every table).
    add(2, kb, '2024-03-20', 12, wijken[4] ?? null, 'police');
    // Q2 2024: a single finding (the whole quarter is small).
    add(1, kb, '2024-05-02', 10, wijken[0] ?? null, 'police');
    await insertFindings(db, rows);
    police = await t.login('police@mechelen.test');
    viewer = await t.login('viewer@mechelen.test');
    staff = await t.login('staff@mechelen.test');
  });
  afterAll(() => t.close());

  const get = async (agent: Agent, query: string) =>
    agent.request({ method: 'GET', url: `/api/enforcement/analysis?${query}` });
  const answer = async (agent: Agent, query: string): Promise<GasAnalysis> => {
    const response = await get(agent, query);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<GasAnalysis>();
  };
  const errorCode = async (agent: Agent, query: string) => {
    const response = await get(agent, query);
    return [response.statusCode, response.json<{ error?: { code: string } }>().error?.code];
  };

  it('shows the department exact counts, filters and streets', async () => {
    const a = await answer(staff, 'from=2024-01-01&to=2024-03-31');
    expect(a.suppressed).toBe(false);
    expect(a.total).toBe(67);
    expect(a.heat.cells.find((c) => c.weekday === 6 && c.hour === 23)?.n).toBe(3);
    expect(a.articles.find((r) => r.article === 'ABP 12')).toMatchObject({
      total: 4,
      bySource: { police: 1, guard: 3 },
    });
    expect(a.categories.find((c) => c.category === 'c3')?.n).toBe(40);
    expect(a.months).toEqual([
      { month: '2024-01', n: 42 },
      { month: '2024-02', n: 19 },
      { month: '2024-03', n: 6 },
    ]);
    expect(a.wijken.find((w) => w.wijkCode === wijken[2])?.n).toBe(3);
    expect(a.unplaced).toBe(1);
    expect(a.streets?.[0]).toEqual({ street: 'Hoogstraat', n: 40 });
    expect(a.streets?.find((s) => s.street === 'Kleine Nieuwstraat')?.n).toBe(3);
    const filtered = await answer(staff, 'from=2024-01-01&to=2024-12-31&source=guard&article=ABP%2012');
    expect(filtered.total).toBe(3);
    expect((await answer(staff, `from=2024-01-01&to=2024-12-31&wijk=${wijken[0]}`)).total).toBe(48);
  });

  it('answers the police and viewers one calendar quarter, without filters, streets or categories', async () => {
    for (const agent of [police, viewer]) {
      expect(await errorCode(agent, 'from=2024-01-01&to=2024-06-30')).toEqual([422, 'GAS_ANALYSIS_PERIOD_NOT_ALLOWED']);
      expect(await errorCode(agent, 'from=2024-01-02&to=2024-03-31')).toEqual([422, 'GAS_ANALYSIS_PERIOD_NOT_ALLOWED']);
      for (const filter of ['source=guard', 'article=KB%2022', `wijk=${wijken[0]}`]) {
        expect(await errorCode(agent, `from=2024-01-01&to=2024-03-31&${filter}`)).toEqual([
          422,
          'GAS_ANALYSIS_FILTER_NOT_ALLOWED',
        ]);
      }
      const a = await answer(agent, 'from=2024-01-01&to=2024-03-31');
      expect(a.suppressed).toBe(true);
      expect(a.streets).toBeNull();
      expect(a.categories).toEqual([]);
      expect(a.members).toEqual([]);
    }
    expect(await errorCode(staff, 'from=2024-03-01&to=2020-01-01')).toEqual([422, 'GAS_ANALYSIS_PERIOD_INVALID']);
  });

  it('publishes no count from 1 to 4, and every article of the catalogue as a row whether found or not', async () => {
    for (const quarter of [
      'from=2024-01-01&to=2024-03-31',
      'from=2024-04-01&to=2024-06-30',
      'from=2023-10-01&to=2023-12-31',
    ]) {
      const a = await answer(police, quarter);
      for (const v of published(a)) {
        if (typeof v === 'number') expect(v === 0 || v >= 5, `${quarter}: ${v}`).toBe(true);
        else expect(v === '<5' || v === null).toBe(true);
      }
      expect(a.articles.map((r) => r.article)).toEqual(['ABP 12', 'C3', 'KB 22', 'KB 24']);
    }
    const q2 = await answer(police, 'from=2024-04-01&to=2024-06-30');
    expect(q2.total).toBeNull();
  });

  it('lets no hidden count be recovered from the published cells and totals, all tables together', async () => {
    const a = await answer(police, 'from=2024-01-01&to=2024-03-31');
    const { known, eq } = systemOf(a);
    const hidden = [...new Set(eq.flatMap((e) => [...e.vars, e.minus]))].filter((v) => !known.has(v));
    // The small counts are there and hidden (so this is not vacuous) …
    expect(hidden).toEqual(expect.arrayContaining(['h:6:23', 'h:7:2', 'A:ABP 12:guard', 'A:ABP 12:police']));
    expect(a.heat.cells.find((c) => c.weekday === 3 && c.hour === 12)?.n).toBe('<5');
    // … and no linear combination of what is published fixes any of them.
    expect(determined(eq, known)).toEqual([]);
    // The published figures are the true ones.
    expect(a.total).toBe(67);
    expect(a.heat.cells.find((c) => c.weekday === 1 && c.hour === 8)?.n).toBe(40);
  });

  it('gives the association’s outside readers a member only for quarters its agreement covers whole, and then the member’s own answer', async () => {
    const agreements = new AgreementService({ db: t.database.db, clock: t.clock });
    await agreements.setKind(ids.gasam!, 'association');
    const admin = await t.login('admin@gasam.test');
    const created = await admin.request({
      method: 'POST',
      url: '/api/enforcement/agreements',
      payload: { memberSlug: 'mechelen', validFrom: '2024-02-01', signedOn: '2024-01-15' },
    });
    expect(created.statusCode).toBe(201);
    const gasamPolice = await t.login('police@gasam.test');
    // Q1 is covered from 1 February only: the difference with Mechelen's own answer would be January's findings.
    expect(await errorCode(gasamPolice, `from=2024-01-01&to=2024-03-31&municipality=${ids.mechelen}`)).toEqual([
      422,
      'GAS_ANALYSIS_PERIOD_NOT_ALLOWED',
    ]);
    const theirs = await answer(gasamPolice, `from=2024-04-01&to=2024-06-30&municipality=${ids.mechelen}`);
    const own = await answer(police, 'from=2024-04-01&to=2024-06-30');
    expect({ ...theirs, scope: [] }).toEqual({ ...own, scope: [] });
    // Without a municipality the association's readers see the association's own findings (none here).
    expect((await answer(gasamPolice, 'from=2024-04-01&to=2024-06-30')).total).toBe(0);
    expect(await errorCode(police, `from=2024-04-01&to=2024-06-30&municipality=${ids.gasam}`)).toEqual([
      404,
      'GAS_MUNICIPALITY_NOT_IN_SCOPE',
    ]);
  });
});

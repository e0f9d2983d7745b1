import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openDatabase, sqliteFileIn } from '../../src/server/db/database.js';
import { migrateToLatest } from '../../src/server/db/migrator.js';
import { ManualClock } from '../../src/server/adapters/clock.js';
import { loadDemoBarometer } from '../../src/server/features/demo/demo-barometer.js';
import { BarometerRepository } from '../../src/server/features/barometer/barometer.repository.js';
import {
  recordNuisanceEvent,
  removeNuisanceEvent,
  type NuisanceEvent,
} from '../../src/server/features/barometer/nuisance-events.js';
import type {
  BarometerEvents,
  BarometerHeatmap,
  BarometerMap,
  BarometerTrends,
} from '../../src/shared/api/barometer.schema.js';
import type { ImportResult } from '../../src/shared/api/imports.schema.js';
import { createTestApp, type Agent, type TestApp } from '../support/test-app.js';
import { dialects } from '../support/test-databases.js';
import { convertWithLibreOffice, libreOfficeCsvAllSheets, requireOfficeTools } from '../support/office.js';

const run = promisify(execFile);
const year2020 = 'from=2020-01-01&to=2020-12-31';
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

const countKeys = new Set(['n', 'total', 'count', 'current', 'unplaced']);

/** Every count a reader outside the department receives must be 0, at least 5, or "<5": the paths that break this. */
function smallCounts(value: unknown, where = '$', isCount = false): string[] {
  if (typeof value === 'number') return isCount && value >= 1 && value <= 4 ? [`${where}=${value}`] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => smallCounts(v, `${where}[${i}]`));
  if (value && typeof value === 'object') {
    const inCategories = where.endsWith('.byCategory');
    return Object.entries(value).flatMap(([k, v]) => smallCounts(v, `${where}.${k}`, inCategories || countKeys.has(k)));
  }
  return [];
}

describe.each(dialects)('the neighbourhood barometer on %s', (dialect) => {
  let t: TestApp;
  let municipalityId: string;
  let coordinator: Agent;
  let police: Agent;
  let viewer: Agent;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    // The demo lives relative to the day it is loaded: loaded on 31 December 2020, it holds 2019 and 2020.
    t.clock.advance(199 * 86_400_000); // 2020-12-31
    municipalityId = await t.seedMunicipality('mechelen');
    await t.seedMunicipality('beta');
    await loadDemoBarometer({ db: t.database.db, clock: t.clock }, municipalityId);
    t.clock.advance(201 * 86_400_000); // July 2021
    coordinator = await t.login('coordinator@mechelen.test');
    police = await t.login('police@mechelen.test');
    viewer = await t.login('viewer@mechelen.test');
  }, 120_000);
  afterAll(() => t.close());

  const get = async <T>(agent: Agent, url: string): Promise<T> => {
    const response = await agent.request({ method: 'GET', url });
    expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
    return response.json<T>();
  };

  const rollupsMatchEvents = async () => {
    const { kysely } = t.database.db;
    const daily = await sql<{
      k: string;
      n: number;
    }>`select day || source || category || wijk_code as k, n from nuisance_daily where municipality_id = ${municipalityId} order by k`.execute(
      kysely,
    );
    const fromEvents = await sql<{
      k: string;
      n: number;
    }>`select day || source || category || coalesce(wijk_code, '') as k, count(*) as n from nuisance_event where municipality_id = ${municipalityId} group by day, source, category, coalesce(wijk_code, '') order by k`.execute(
      kysely,
    );
    expect(daily.rows.map((r) => [r.k, Number(r.n)])).toEqual(fromEvents.rows.map((r) => [r.k, Number(r.n)]));
    const hourly = await sql<{
      k: string;
      n: number;
    }>`select day || source || category || cast(hour as text) as k, n from nuisance_hourly where municipality_id = ${municipalityId} order by k`.execute(
      kysely,
    );
    const hourlyEvents = await sql<{
      k: string;
      n: number;
    }>`select day || source || category || cast(hour as text) as k, count(*) as n from nuisance_event where municipality_id = ${municipalityId} group by day, source, category, hour order by k`.execute(
      kysely,
    );
    expect(hourly.rows.map((r) => [r.k, Number(r.n)])).toEqual(hourlyEvents.rows.map((r) => [r.k, Number(r.n)]));
    const monthly = await sql<{
      k: string;
      n: number;
    }>`select month || source || category || wijk_code as k, n from nuisance_monthly where municipality_id = ${municipalityId} order by k`.execute(
      kysely,
    );
    const monthlyEvents = await sql<{
      k: string;
      n: number;
    }>`select substr(day, 1, 7) || source || category || coalesce(wijk_code, '') as k, count(*) as n from nuisance_event where municipality_id = ${municipalityId} group by substr(day, 1, 7), source, category, coalesce(wijk_code, '') order by k`.execute(
      kysely,
    );
    expect(monthly.rows.map((r) => [r.k, Number(r.n)])).toEqual(monthlyEvents.rows.map((r) => [r.k, Number(r.n)]));
    const monthlyHourly = await sql<{
      k: string;
      n: number;
    }>`select month || source || category || cast(weekday as text) || '-' || cast(hour as text) as k, n from nuisance_monthly_hourly where municipality_id = ${municipalityId} order by k`.execute(
      kysely,
    );
    const monthlyHourlyEvents = await sql<{
      k: string;
      n: number;
    }>`select substr(day, 1, 7) || source || category || cast(weekday as text) || '-' || cast(hour as text) as k, count(*) as n from nuisance_event where municipality_id = ${municipalityId} group by substr(day, 1, 7), source, category, weekday, hour order by k`.execute(
      kysely,
    );
    expect(monthlyHourly.rows.map((r) => [r.k, Number(r.n)])).toEqual(
      monthlyHourlyEvents.rows.map((r) => [r.k, Number(r.n)]),
    );
    // The per-wijk heat map rollups (0019), daily and monthly, against the same recount.
    const wijkHourly = await sql<{
      k: string;
      n: number;
    }>`select wijk_code || '|' || day || source || category || cast(weekday as text) || '-' || cast(hour as text) as k, n from nuisance_wijk_hourly where municipality_id = ${municipalityId} order by k`.execute(
      kysely,
    );
    const wijkHourlyEvents = await sql<{
      k: string;
      n: number;
    }>`select coalesce(wijk_code, '') || '|' || day || source || category || cast(weekday as text) || '-' || cast(hour as text) as k, count(*) as n from nuisance_event where municipality_id = ${municipalityId} group by coalesce(wijk_code, ''), day, source, category, weekday, hour order by k`.execute(
      kysely,
    );
    expect(wijkHourly.rows.length).toBeGreaterThan(0);
    expect(wijkHourly.rows.map((r) => [r.k, Number(r.n)])).toEqual(
      wijkHourlyEvents.rows.map((r) => [r.k, Number(r.n)]),
    );
    const wijkMonthlyHourly = await sql<{
      k: string;
      n: number;
    }>`select wijk_code || '|' || month || source || category || cast(weekday as text) || '-' || cast(hour as text) as k, n from nuisance_wijk_monthly_hourly where municipality_id = ${municipalityId} order by k`.execute(
      kysely,
    );
    const wijkMonthlyHourlyEvents = await sql<{
      k: string;
      n: number;
    }>`select coalesce(wijk_code, '') || '|' || substr(day, 1, 7) || source || category || cast(weekday as text) || '-' || cast(hour as text) as k, count(*) as n from nuisance_event where municipality_id = ${municipalityId} group by coalesce(wijk_code, ''), substr(day, 1, 7), source, category, weekday, hour order by k`.execute(
      kysely,
    );
    expect(wijkMonthlyHourly.rows.map((r) => [r.k, Number(r.n)])).toEqual(
      wijkMonthlyHourlyEvents.rows.map((r) => [r.k, Number(r.n)]),
    );
  };

  it('records, updates and removes events for other features and keeps both rollups equal to the events', async () => {
    const { db } = t.database;
    const event: NuisanceEvent = {
      municipalityId,
      source: 'complaint',
      sourceId: 'c-1',
      category: 'noise',
      wijkCode: '12025W03',
      street: 'Bruul',
      occurredAt: '2020-07-03T22:30:00Z',
    };
    await db.kysely.transaction().execute((trx) => recordNuisanceEvent(trx, db.dialect, event));
    await db.kysely.transaction().execute((trx) => recordNuisanceEvent(trx, db.dialect, event)); // replayed: still one
    const stored = await db.kysely
      .selectFrom('nuisance_event')
      .selectAll()
      .where('municipality_id', '=', municipalityId)
      .where('source', '=', 'complaint')
      .execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ day: '2020-07-04', hour: 0, weekday: 6, street: 'Bruul' }); // Brussels summer time
    await db.kysely
      .transaction()
      .execute((trx) => recordNuisanceEvent(trx, db.dialect, { ...event, category: 'litter', wijkCode: null }));
    await db.kysely.transaction().execute((trx) => recordNuisanceEvent(trx, db.dialect, { ...event, sourceId: 'c-2' }));
    await rollupsMatchEvents();
    await db.kysely
      .transaction()
      .execute((trx) => removeNuisanceEvent(trx, db.dialect, municipalityId, 'complaint', 'c-1'));
    await db.kysely
      .transaction()
      .execute((trx) => removeNuisanceEvent(trx, db.dialect, municipalityId, 'complaint', 'c-404'));
    await rollupsMatchEvents();
    await expect(
      db.kysely
        .transaction()
        .execute((trx) =>
          recordNuisanceEvent(trx, db.dialect, { ...event, sourceId: 'c-3', occurredAt: '2020-02-30T10:00' }),
        ),
    ).rejects.toMatchObject({ code: 'NUISANCE_EVENT_INVALID' });
    await db.kysely
      .transaction()
      .execute((trx) => removeNuisanceEvent(trx, db.dialect, municipalityId, 'complaint', 'c-2'));
  });

  it('imports police records: a dry run lists each rejected row with column, code and message; the import is all or nothing', async () => {
    const csv = [
      'PV-nummer;Datum;Uur;Feit;Wijk;Straat',
      'T-1;03/07/2020;23:15;Geluidsoverlast;Centrum;Bruul',
      'T-2;31/02/2020;10:00;noise;Centrum;Bruul',
      'T-3;04/07/2020;25:00;Zwerfvuil;Nergens;',
      'T-5;04/07/2020;12:00;Kattenkwaad;Centrum;',
      'T-4;2020-07-05;14:00;Illegal dumping;12025W07;',
      'T-1;05/07/2020;01:00;drugs;Centrum;',
    ].join('\r\n');
    const mapping = {
      reference: 'PV-nummer',
      occurredOn: 'Datum',
      time: 'Uur',
      category: 'Feit',
      wijk: 'Wijk',
      street: 'Straat',
    };
    const inspect = await coordinator.request({
      method: 'POST',
      url: '/api/barometer/police-imports/inspect',
      payload: { filename: 'pv.csv', contentBase64: b64(csv) },
    });
    expect(inspect.json()).toMatchObject({
      columns: ['PV-nummer', 'Datum', 'Uur', 'Feit', 'Wijk', 'Straat'],
      rowCount: 6,
    });
    const dry = await coordinator.request({
      method: 'POST',
      url: '/api/barometer/police-imports',
      payload: { filename: 'pv.csv', contentBase64: b64(csv), mapping, dryRun: true },
    });
    const result = dry.json<ImportResult>();
    expect(result).toMatchObject({ dryRun: true, total: 6, accepted: 2, imported: 0 });
    const reasons = result.rejected.flatMap((r) => r.reasons.map((reason) => [r.row, reason.field, reason.code]));
    expect(reasons).toEqual([
      [3, 'Datum', 'IMPORT_CELL_INVALID'],
      [4, 'Uur', 'IMPORT_CELL_INVALID'],
      [4, 'Wijk', 'PLACE_UNKNOWN_WIJK'],
      [5, 'Feit', 'NUISANCE_CATEGORY_UNKNOWN'],
      [7, 'PV-nummer', 'IMPORT_DUPLICATE_REFERENCE'],
    ]);
    expect(result.rejected[0]?.reasons[0]?.message).toBe('geen datum (dd/mm/jjjj of jjjj-mm-dd)');

    const count = async () =>
      Number(
        (
          await t.database.db.kysely
            .selectFrom('nuisance_event')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('municipality_id', '=', municipalityId)
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    const refused = await coordinator.request({
      method: 'POST',
      url: '/api/barometer/police-imports',
      payload: { filename: 'pv.csv', contentBase64: b64(csv), mapping, dryRun: false },
    });
    expect([refused.statusCode, refused.json<{ error: { code: string } }>().error.code]).toEqual([
      422,
      'IMPORT_REJECTED_ROWS',
    ]);
    expect(await count()).toBe(before);

    const clean = [
      'PV-nummer;Datum;Uur;Feit;Wijk;Straat',
      'T-1;03/07/2020;23:15;Geluidsoverlast;Centrum;Bruul',
      'T-4;2020-07-05;14:00;Illegal dumping;12025W07;',
    ].join('\n');
    const imported = await coordinator.request({
      method: 'POST',
      url: '/api/barometer/police-imports',
      payload: { filename: 'pv.csv', contentBase64: b64(clean), mapping, dryRun: false },
    });
    expect(imported.json()).toMatchObject({ imported: 2, rejected: [] });
    expect(await count()).toBe(before + 2);
    // The same records again (one corrected) update instead of counting twice.
    const again = clean.replace('Geluidsoverlast', 'Alcoholoverlast');
    await coordinator.request({
      method: 'POST',
      url: '/api/barometer/police-imports',
      payload: { filename: 'pv.csv', contentBase64: b64(again), mapping, dryRun: false },
    });
    expect(await count()).toBe(before + 2);
    const t1 = await t.database.db.kysely
      .selectFrom('nuisance_event')
      .select(['category', 'hour'])
      .where('municipality_id', '=', municipalityId)
      .where('source_id', '=', 'T-1')
      .executeTakeFirstOrThrow();
    expect(t1).toEqual({ category: 'alcohol', hour: 23 });
    await rollupsMatchEvents();
    const audit = await t.database.db.kysely
      .selectFrom('audit_log')
      .select('action')
      .where('municipality_id', '=', municipalityId)
      .where('action', '=', 'barometer.police_import')
      .execute();
    expect(audit).toHaveLength(2);
    // Only admins and coordinators import.
    for (const agent of [police, viewer, await t.login('staff@mechelen.test')]) {
      expect(
        (
          await agent.request({
            method: 'POST',
            url: '/api/barometer/police-imports',
            payload: { filename: 'pv.csv', contentBase64: b64(clean), mapping, dryRun: true },
          })
        ).statusCode,
      ).toBe(403);
    }
  });

  it('reads whole months from the monthly rollups and the partly covered months from the daily ones, with the counts of the events', async () => {
    const { kysely } = t.database.db;
    const repository = new BarometerRepository(kysely);
    const sorted = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort();
    const periods = [
      { from: '2019-11-15', to: '2020-02-10' }, // partial month, whole months, partial month
      { from: '2020-01-01', to: '2020-12-31' }, // whole months only
      { from: '2020-03-05', to: '2020-04-10' }, // no whole month
      { from: '2019-12-31', to: '2020-06-30', categories: ['noise', 'drugs'], sources: ['police', 'complaint'] },
    ];
    for (const filter of periods) {
      const where = sql.join(
        [
          sql`municipality_id = ${municipalityId} and day between ${filter.from} and ${filter.to}`,
          ...(filter.categories ? [sql`category in (${sql.join(filter.categories)})`] : []),
          ...(filter.sources ? [sql`source in (${sql.join(filter.sources)})`] : []),
        ],
        sql` and `,
      );
      const raw = await sql<{
        month: string;
        wijk: string;
        category: string;
        weekday: number;
        hour: number;
      }>`select substr(day, 1, 7) as month, coalesce(wijk_code, '') as wijk, category, weekday, hour from nuisance_event where ${where}`.execute(
        kysely,
      );
      const tally = (key: (r: (typeof raw.rows)[number]) => string) => {
        const counts = new Map<string, number>();
        for (const r of raw.rows) counts.set(key(r), (counts.get(key(r)) ?? 0) + 1);
        return counts;
      };
      const cells = tally((r) => `${r.wijk}|${r.category}`);
      expect(raw.rows.length, JSON.stringify(filter)).toBeGreaterThan(0);
      expect(sorted(await repository.cellCounts(municipalityId, filter))).toEqual(
        sorted([...cells].map(([k, n]) => ({ wijkCode: k.split('|')[0], category: k.split('|')[1], n }))),
      );
      const months = tally((r) => `${r.month}|${r.wijk}|${r.category}`);
      expect(sorted(await repository.monthlyCounts(municipalityId, filter))).toEqual(
        sorted(
          [...months].map(([k, n]) => ({
            month: k.split('|')[0],
            wijkCode: k.split('|')[1],
            category: k.split('|')[2],
            n,
          })),
        ),
      );
      const hours = tally((r) => `${r.weekday}|${r.hour}`);
      expect(sorted(await repository.heatmap(municipalityId, filter))).toEqual(
        sorted([...hours].map(([k, n]) => ({ weekday: Number(k.split('|')[0]), hour: Number(k.split('|')[1]), n }))),
      );
      // One wijk's heat map from the per-wijk rollups equals the tally of that wijk's events.
      const wijk = raw.rows.find((r) => r.wijk !== '')?.wijk ?? '';
      const wijkHours = tally((r) => (r.wijk === wijk ? `${r.weekday}|${r.hour}` : ''));
      wijkHours.delete('');
      expect(wijkHours.size, JSON.stringify(filter)).toBeGreaterThan(0);
      expect(sorted(await repository.heatmapInWijk(municipalityId, wijk, filter))).toEqual(
        sorted(
          [...wijkHours].map(([k, n]) => ({ weekday: Number(k.split('|')[0]), hour: Number(k.split('|')[1]), n })),
        ),
      );
    }
  });

  it('reads the trend periods in one query when they are whole months, with the counts of each period alone', async () => {
    const repository = new BarometerRepository(t.database.db.kysely);
    const sorted = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort();
    const cases = [
      {
        periods: [
          { from: '2020-01-01', to: '2020-12-31' },
          { from: '2019-01-01', to: '2019-12-31' },
        ],
        filter: {},
      },
      {
        periods: [
          { from: '2020-04-01', to: '2020-06-30' },
          { from: '2020-01-01', to: '2020-03-31' },
          { from: '2019-04-01', to: '2019-06-30' },
        ],
        filter: { categories: ['noise', 'drugs'], sources: ['police', 'complaint'] },
      },
      // Not whole months: each period on its own.
      {
        periods: [
          { from: '2020-03-05', to: '2020-04-10' },
          { from: '2019-03-05', to: '2019-04-10' },
        ],
        filter: {},
      },
    ];
    for (const { periods, filter } of cases) {
      const together = await repository.cellCountsPerPeriod(municipalityId, periods, filter);
      expect(together).toHaveLength(periods.length);
      for (const [i, period] of periods.entries()) {
        const alone = await repository.cellCounts(municipalityId, { ...period, ...filter });
        expect(alone.length).toBeGreaterThan(0);
        expect(sorted(together[i] ?? [])).toEqual(sorted(alone));
      }
    }
  });

  it('counts per wijk and category for the map, exact inside the department', async () => {
    const map = await get<BarometerMap>(coordinator, `/api/barometer/map?${year2020}&sources=police`);
    expect(map.suppressed).toBe(false);
    expect(map.wijken).toHaveLength(12);
    const expected = await sql<{
      wijk_code: string;
      n: number;
    }>`select wijk_code, count(*) as n from nuisance_event where municipality_id = ${municipalityId} and source = 'police' and day between '2020-01-01' and '2020-12-31' group by wijk_code`.execute(
      t.database.db.kysely,
    );
    for (const row of expected.rows) {
      expect(map.wijken.find((w) => w.wijkCode === row.wijk_code)?.total, row.wijk_code).toBe(Number(row.n));
    }
    const centre = map.wijken.find((w) => w.name === 'Centrum');
    expect(centre?.byCategory.noise).toBeGreaterThan(150);
    const drugsOnly = await get<BarometerMap>(coordinator, `/api/barometer/map?${year2020}&categories=drugs`);
    expect(drugsOnly.wijken.every((w) => Object.keys(w.byCategory).every((c) => c === 'drugs'))).toBe(true);
    const bad = await coordinator.request({ method: 'GET', url: '/api/barometer/map?from=2020-12-31&to=2020-01-01' });
    expect([bad.statusCode, bad.json<{ error: { code: string } }>().error.code]).toEqual([
      422,
      'BAROMETER_PERIOD_INVALID',
    ]);
  });

  it('shows the police role and viewers the barometer read-only: one calendar quarter, no list, small counts as "<5", nothing else', async () => {
    const q2 = 'from=2020-04-01&to=2020-06-30';
    const urls = [
      `/api/barometer/map?${q2}`,
      `/api/barometer/heatmap?${q2}`,
      `/api/barometer/trends?${q2}`,
      `/api/barometer/trends?from=2020-01-01&to=2020-03-31`,
    ];
    let suppressedSeen = 0;
    for (const agent of [police, viewer]) {
      for (const url of urls) {
        const body = await get<Record<string, unknown>>(agent, url);
        expect(body.suppressed, url).toBe(true);
        expect(smallCounts(body), url).toEqual([]);
        suppressedSeen += JSON.stringify(body).split('"<5"').length - 1;
      }
      // No list of events, no other period than a calendar quarter, no filter that makes a new total.
      for (const [url, status, code] of [
        [`/api/barometer/events?${q2}&wijk=12025W03`, 403, 'BAROMETER_EVENTS_DEPARTMENT_ONLY'],
        [`/api/barometer/map?${year2020}`, 422, 'BAROMETER_PERIOD_NOT_ALLOWED'],
        ['/api/barometer/map?from=2020-04-01&to=2020-06-29', 422, 'BAROMETER_PERIOD_NOT_ALLOWED'],
        ['/api/barometer/trends?from=2020-03-01&to=2020-03-31', 422, 'BAROMETER_PERIOD_NOT_ALLOWED'],
        [`/api/barometer/map?${q2}&categories=animals`, 422, 'BAROMETER_FILTER_NOT_ALLOWED'],
        [`/api/barometer/heatmap?${q2}&wijk=12025W12`, 422, 'BAROMETER_FILTER_NOT_ALLOWED'],
        [`/api/barometer/trends?${q2}&sources=police`, 422, 'BAROMETER_FILTER_NOT_ALLOWED'],
        [`/api/barometer/export?${q2}&format=csv&by=month`, 422, 'BAROMETER_PERIOD_NOT_ALLOWED'],
        [`/api/barometer/export?${year2020}&format=csv`, 422, 'BAROMETER_PERIOD_NOT_ALLOWED'],
      ] as const) {
        const response = await agent.request({ method: 'GET', url });
        expect([response.statusCode, response.json<{ error: { code: string } }>().error.code], url).toEqual([
          status,
          code,
        ]);
      }
    }
    expect(suppressedSeen).toBeGreaterThan(10);
    const inside = await get<BarometerEvents>(coordinator, `/api/barometer/events?${year2020}&wijk=12025W03`);
    expect(inside.items.some((item) => item.street !== null)).toBe(true);
    // Trend ratios and tests next to a hidden count would give it away.
    const trends = await get<BarometerTrends>(police, `/api/barometer/trends?${q2}`);
    for (const row of trends.rows) {
      for (const c of [row.vsPrevious, row.vsLastYear]) {
        if (typeof row.current !== 'number' || typeof c.count !== 'number') {
          expect([c.ratio, c.pValue, c.direction, c.flagged]).toEqual([null, null, null, false]);
        }
      }
    }
    // Read-only, and nothing but the barometer.
    for (const [method, url] of [
      ['GET', '/api/registrations'],
      ['GET', '/api/plan-versions'],
      ['GET', '/api/reports/activity?year=2020&format=xlsx'],
      ['GET', '/api/users'],
      ['GET', '/api/audit'],
    ] as const) {
      expect((await police.request({ method, url })).statusCode, url).toBe(403);
    }
  });

  it('draws the hour × weekday heat map and flags the real rise only', async () => {
    const heat = await get<BarometerHeatmap>(
      coordinator,
      `/api/barometer/heatmap?${year2020}&categories=noise&wijk=12025W03`,
    );
    const at = (weekday: number, hour: number) =>
      Number(heat.cells.find((c) => c.weekday === weekday && c.hour === hour)?.n ?? 0);
    expect(at(6, 23) + at(6, 0) + at(7, 0)).toBeGreaterThan(at(2, 10) + at(2, 11) + at(3, 10));
    const trends = await get<BarometerTrends>(coordinator, `/api/barometer/trends?${year2020}&sources=police`);
    expect(trends.previous).toMatchObject({ from: '2019-01-01', to: '2019-12-31' });
    const drugs = trends.rows.find((r) => r.wijkCode === '12025W08' && r.category === 'drugs');
    expect(drugs?.vsLastYear).toMatchObject({ flagged: true, direction: 'up' });
    const flaggedUp = trends.rows.filter(
      (r) => r.wijkCode !== null && r.vsLastYear.flagged && r.vsLastYear.direction === 'up',
    );
    expect(flaggedUp.map((r) => `${r.wijkCode}:${r.category}`)).toEqual(['12025W08:drugs']);
    const rising = await t.services.barometer.risingTrends(municipalityId, '2020-01-01', '2020-12-31');
    expect(rising.find((r) => r.wijkCode === '12025W08' && r.category === 'drugs')).toMatchObject({
      wijkName: 'Mechelen - Zuid',
      against: expect.arrayContaining(['last_year']) as unknown,
    });
    const hot = await t.services.barometer.hotSpots(municipalityId, '2020-01-01', '2020-12-31');
    expect(hot[0]).toMatchObject({ wijkCode: '12025W03', category: 'noise' });
    expect(hot.find((h) => h.wijkCode === '12025W08' && h.category === 'drugs')?.rising).toBe(true);
  });

  it('exports counts per wijk × category (× month) with every small count as "<5", also for the department', async () => {
    for (const [agent, period] of [
      [coordinator, year2020],
      [police, 'from=2020-04-01&to=2020-06-30'],
    ] as const) {
      const csv = await agent.request({ method: 'GET', url: `/api/barometer/export?${period}&format=csv` });
      expect(csv.statusCode).toBe(200);
      expect(csv.headers['content-disposition']).toBe(
        `attachment; filename="barometer-mechelen-${period.slice(5, 15)}-${period.slice(-10)}.csv"`,
      );
      const text = csv.rawPayload.toString('utf8');
      expect(text.startsWith('\uFEFFWijkcode;Wijk;Categoriecode;Categorie;Aantal\r\n')).toBe(true);
      const counts = text
        .trim()
        .split('\r\n')
        .slice(1)
        .map((line) => line.split(';').at(-1));
      expect(counts).toHaveLength((12 + 1) * 13); // the wijken and the events without a wijk
      expect(counts.filter((c) => c !== '<5' && !(Number(c) === 0 || Number(c) >= 5))).toEqual([]);
      expect(counts).toContain('<5');
    }
    const geo = await coordinator.request({
      method: 'GET',
      url: `/api/barometer/export?${year2020}&format=geojson&by=month`,
    });
    const collection = geo.json<{
      features: { properties: { wijk_code: string; months: Record<string, Record<string, number | string>> } }[];
    }>();
    expect(collection.features).toHaveLength(12);
    const values = collection.features.flatMap((f) =>
      Object.values(f.properties.months).flatMap((m) => Object.values(m)),
    );
    expect(values).toHaveLength(12 * 12 * 13);
    expect(values.filter((v) => typeof v === 'number' && v >= 1 && v <= 4)).toEqual([]);
    const other = await t.login('police@beta.test');
    const empty = await other.request({ method: 'GET', url: '/api/barometer/map?from=2020-04-01&to=2020-06-30' });
    expect(empty.json<BarometerMap>().wijken.every((w) => w.total === 0)).toBe(true);
  });
});

describe('barometer export from the command line', () => {
  it('writes CSV, XLSX and GeoJSON that LibreOffice and a GeoJSON reader open, never with a count from 1 to 4', async () => {
    requireOfficeTools(['soffice']);
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'svpp-barometer-cli-'));
    try {
      const db = openDatabase({ sqliteFile: sqliteFileIn(dataDir) });
      await migrateToLatest(db);
      // Loaded on 31 December 2020, the demo holds 2019 and 2020.
      const clock = new ManualClock(new Date('2020-12-31T09:00:00Z'));
      const { id } = await db.kysely
        .insertInto('municipality')
        .values({
          id: '00000000-0000-4000-8000-00000000b001',
          municipality_id: '00000000-0000-4000-8000-00000000b001',
          slug: 'mechelen',
          name: 'Mechelen',
          created_at: clock.now().toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await loadDemoBarometer({ db, clock }, id);
      await db.close();
      const env = { ...process.env, SVPP_DATA_DIR: dataDir, DATABASE_URL: '', SVPP_LOG_LEVEL: 'silent' };
      const cli = (args: string[]) =>
        run(
          process.execPath,
          ['--import', 'tsx', 'src/cli/main.ts', 'barometer', 'export', '--municipality', 'mechelen', ...args],
          { env, encoding: 'utf8', timeout: 120_000 },
        ).then(
          ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
          (error: { code: number; stdout: string; stderr: string }) => ({
            code: error.code,
            stdout: error.stdout,
            stderr: error.stderr,
          }),
        );
      const file = (name: string) => path.join(dataDir, name);
      const results = await Promise.all([
        cli(['--from', '2020-01-01', '--to', '2020-12-31', '--format', 'csv', '--out', file('year.csv')]),
        cli([
          '--from',
          '2020-01-01',
          '--to',
          '2020-12-31',
          '--format',
          'xlsx',
          '--out',
          file('months.xlsx'),
          '--by',
          'month',
        ]),
        cli(['--from', '2019-01-01', '--to', '2019-12-31', '--format', 'geojson', '--out', file('year.geojson')]),
        cli(['--from', '2020-12-31', '--to', '2020-01-01', '--format', 'csv', '--out', file('bad.csv')]),
        cli(['--from', '2020-01-01', '--to', '2020-12-31', '--format', 'pdf', '--out', file('bad.pdf')]),
      ]);
      for (const result of results.slice(0, 3)) expect(result, result.stderr).toMatchObject({ code: 0 });
      expect(results[0]?.stdout).toContain(`wrote ${file('year.csv')}`);
      expect(results.slice(3).map((r) => r.code)).toEqual([2, 2]);

      // LibreOffice opens the CSV the way Belgian Excel reads it (semicolon, UTF-8 with BOM) and the XLSX.
      const profile = path.join(os.tmpdir(), `svpp-lo-profile-${randomBytes(6).toString('hex')}`);
      try {
        await run(
          'soffice',
          [
            `-env:UserInstallation=file://${profile}`,
            '--headless',
            '--norestore',
            '--infilter=CSV:59,34,76,1',
            '--convert-to',
            'xlsx',
            '--outdir',
            file('lo'),
            file('year.csv'),
          ],
          { timeout: 180_000 },
        );
      } finally {
        rmSync(profile, { recursive: true, force: true });
      }
      const fromCsv = new ExcelJS.Workbook();
      await fromCsv.xlsx.readFile(file('lo/year.xlsx'));
      const sheet = fromCsv.worksheets[0];
      expect(sheet?.getRow(1).values).toEqual([undefined, 'Wijkcode', 'Wijk', 'Categoriecode', 'Categorie', 'Aantal']);
      expect(sheet?.rowCount).toBe(1 + 13 * 13);
      const centreNoise = sheet
        ?.getRows(2, 13 * 13)
        ?.find((row) => row.getCell(2).value === 'Centrum' && row.getCell(3).value === 'noise');
      expect(typeof centreNoise?.getCell(5).value).toBe('number');

      const [xlsxAsCsv] = await convertWithLibreOffice(file('months.xlsx'), libreOfficeCsvAllSheets, file('lo-xlsx'));
      const lines = readFileSync(xlsxAsCsv ?? '', 'utf8')
        .trim()
        .split('\n');
      expect(lines[0]).toBe('Maand,Wijkcode,Wijk,Categoriecode,Categorie,Aantal');
      expect(lines).toHaveLength(1 + 12 * 13 * 13);
      const counts = lines.slice(1).map((line) => line.split(',').at(-1)?.replace(/"/g, ''));
      expect(counts.filter((c) => c !== '<5' && !(Number(c) === 0 || Number(c) >= 5))).toEqual([]);
      expect(counts).toContain('<5');

      const geo = JSON.parse(readFileSync(file('year.geojson'), 'utf8')) as {
        type: string;
        features: { geometry: { type: string }; properties: Record<string, unknown> }[];
      };
      expect(geo.type).toBe('FeatureCollection');
      expect(geo.features).toHaveLength(12);
      expect(geo.features.every((f) => ['Polygon', 'MultiPolygon'].includes(f.geometry.type))).toBe(true);
      const numbers = geo.features.flatMap((f) =>
        Object.values(f.properties).filter((v) => typeof v === 'number' || v === '<5'),
      );
      expect(numbers).toHaveLength(12 * 13);
      expect(numbers.filter((v) => typeof v === 'number' && v >= 1 && v <= 4)).toEqual([]);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 240_000);
});

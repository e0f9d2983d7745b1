import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { loadConfig } from '../src/server/config.js';
import { openDatabase, sqliteFileIn } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrator.js';
import { buildApp } from '../src/server/app.js';
import { loadDemo } from '../src/server/features/demo/demo.service.js';
import { systemClock } from '../src/server/adapters/clock.js';
import { createArgon2idHasher } from '../src/server/adapters/passwords.js';
import {
  RegistrationRepository,
  type RegistrationRow,
} from '../src/server/features/registrations/registration.repository.js';
import { IndicatorsRepository } from '../src/server/features/indicators/indicators.repository.js';
import { storedLink } from '../src/server/features/subjects/subjects.service.js';
import type { IndicatorLinkTable } from '../src/server/db/schema.js';
import { SeededRandom } from '../src/shared/indicators/random.js';
import type { IndicatorQuery } from '../src/shared/indicators/indicator-query.js';
import { percentile, round } from './measure.js';

const total = Number(process.env.SVPP_BENCH_REGISTRATIONS ?? 1_000_000);

/** The register queries a link reads: one for a query, numerator and denominator for a ratio (subjects included). */
function queriesOf(link: IndicatorLinkTable): IndicatorQuery[] {
  const input = storedLink(link);
  if (!input || input.mode === 'manual') return [];
  if (input.mode === 'query') return [input.query];
  return [input.ratio.numerator, ...('typeKey' in input.ratio.denominator ? [input.ratio.denominator] : [])];
}
const runs = 15;

/** Rows spread over the registers and categories the demo's links read, across 2019–2020. */
function syntheticRows(municipalityId: string, queries: IndicatorQuery[], count: number): Generator<RegistrationRow[]> {
  const r = new SeededRandom(42);
  const now = new Date().toISOString();
  const batch = 5_000;
  return (function* () {
    for (let done = 0; done < count; done += batch) {
      const rows: RegistrationRow[] = [];
      for (let i = 0; i < Math.min(batch, count - done); i++) {
        const q = r.pick(queries);
        const day = new Date(Date.UTC(2019, 0, 1) + r.int(0, 730) * 86_400_000).toISOString().slice(0, 10);
        rows.push({
          id: r.uuid(),
          municipality_id: municipalityId,
          type_key: q.typeKey,
          occurred_on: day,
          occurred_until: null,
          category: q.categories?.[0] ?? null,
          status: q.statuses?.[0] ?? null,
          quantity: r.int(1, 50),
          hours: r.int(1, 4),
          title: null,
          wijk_code: `12025W${String(r.int(1, 12)).padStart(2, '0')}`,
          lat: null,
          lon: null,
          address: null,
          values_json: '{}',
          source: 'bench',
          created_by: null,
          created_at: now,
          updated_at: now,
          deleted_at: null,
          subject_id: q.subjectId ?? null,
        });
      }
      yield rows;
    }
  })();
}

/**
 * Recomputes every Mechelen indicator (status, value, history, monthly trend, roll-ups) over `total`
 * registrations, against one hand-written SQL query per indicator over the same registrations, in one run.
 */
export async function benchIndicators(): Promise<object[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'svpp-bench-ind-'));
  try {
    const db = openDatabase({ sqliteFile: sqliteFileIn(dir) });
    await migrateToLatest(db);
    const demo = await loadDemo({
      db,
      clock: systemClock,
      hasher: createArgon2idHasher({ memoryCost: 1024, timeCost: 1 }),
    });
    const municipalityId = demo.municipalityId;
    const links = await new IndicatorsRepository(db.kysely).links(municipalityId);
    const queries = links.flatMap(queriesOf);
    const loadStarted = performance.now();
    await db.kysely
      .transaction()
      .execute((trx) =>
        new RegistrationRepository(trx).bulkLoad(municipalityId, syntheticRows(municipalityId, queries, total)),
      );
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    // The best index for the hand-written queries: they become range scans that never touch the table.
    await sql`create index bench_registration_cover on registration (municipality_id, type_key, subject_id, category, status, occurred_on, deleted_at, quantity, hours)`.execute(
      db.kysely,
    );
    await sql`analyze`.execute(db.kysely);

    const config = loadConfig({}, { dataDir: dir, webDir: '/nonexistent', logLevel: 'silent' });
    const { services } = await buildApp({ config, db, logger: false });
    const actor = { userId: '', role: 'admin' as const, municipalityId };
    const svppMs: number[] = [];
    let indicatorCount = 0;
    for (let i = 0; i < runs + 2; i++) {
      const t0 = performance.now();
      const overview = await services.indicators.overview(actor, { year: 2020 });
      const ms = performance.now() - t0;
      if (i >= 2) svppMs.push(ms);
      indicatorCount = overview.sections.reduce(
        (n, s) => n + s.strategic.reduce((m, st) => m + st.operational.reduce((k, o) => k + o.indicators.length, 0), 0),
        0,
      );
    }

    // The baseline: what one would write by hand — one aggregate query per linked indicator for its year.
    const handMs: number[] = [];
    for (let i = 0; i < runs + 2; i++) {
      const t0 = performance.now();
      for (const link of links) {
        const qs = queriesOf(link);
        for (const q of qs) {
          const measure =
            q.measure === 'count'
              ? sql`count(*)`
              : q.measure === 'hours'
                ? sql`coalesce(sum(hours), 0)`
                : sql`coalesce(sum(quantity), 0)`;
          await sql`select ${measure} as v from registration where municipality_id = ${municipalityId} and type_key = ${q.typeKey}
            and occurred_on between '2020-01-01' and '2020-12-31' and deleted_at is null
            ${q.subjectId ? sql`and subject_id = ${q.subjectId}` : sql``}
            ${q.categories?.length ? sql`and category in (${sql.join(q.categories)})` : sql``}
            ${q.statuses?.length ? sql`and status in (${sql.join(q.statuses)})` : sql``}`.execute(db.kysely);
        }
        if (qs.length === 0) {
          await sql`select sum(value) as v from indicator_value where municipality_id = ${municipalityId} and indicator_lineage_id = ${link.indicator_lineage_id}
            and period_start >= '2020-01-01' and period_end <= '2020-12-31'`.execute(db.kysely);
        }
      }
      if (i >= 2) handMs.push(performance.now() - t0);
    }
    await db.close();
    const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
    const svpp = sorted(svppMs);
    const hand = sorted(handMs);
    return [
      {
        bench: 'indicators',
        database: 'sqlite',
        registrations: total,
        indicators: indicatorCount,
        runs,
        load_seconds: round(loadSeconds, 1),
        p50_ms: round(percentile(svpp, 50), 1),
        p95_ms: round(percentile(svpp, 95), 1),
        baseline: {
          name: 'hand-written SQL, one aggregate query per indicator (value for the year only)',
          p50_ms: round(percentile(hand, 50), 1),
          p95_ms: round(percentile(hand, 95), 1),
        },
        ratio: round(percentile(svpp, 50) / percentile(hand, 50), 3),
        note: 'svpp also computes each indicator’s status, history, 12 monthly values and every roll-up',
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

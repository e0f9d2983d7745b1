import { type Kysely, sql } from 'kysely';
import type { Db } from '../src/server/db/database.js';
import type { Database } from '../src/server/db/schema.js';
import { RegistrationRepository } from '../src/server/features/registrations/registration.repository.js';
import { NuisanceRepository } from '../src/server/features/barometer/nuisance.repository.js';
import { IndicatorsRepository } from '../src/server/features/indicators/indicators.repository.js';
import { storedLink } from '../src/server/features/subjects/subjects.service.js';
import { BackupRepository } from '../src/server/features/backup/backup.repository.js';
import { nuisanceCategories } from '../src/shared/barometer/categories.js';
import type { IndicatorQuery } from '../src/shared/indicators/indicator-query.js';

/**
 * The national bench's data, made set-based inside PostgreSQL (INSERT … SELECT over generate_series, one statement
 * per municipality and table): the other municipalities beside the demo's Mechelen, their subjects, the
 * registrations and nuisance events, the rollups through the repositories' own rebuilds; and the copy of one
 * municipality into a database of its own (postgres_fdw, one INSERT … SELECT per table).
 */
export interface NationalSize {
  municipalities: number;
  registrations: number;
  events: number;
  /** Days of history, ending today. */
  days: number;
}

const log = (text: string) => process.stderr.write(`national bench: ${text}\n`);
const seconds = (since: number) => Math.round((performance.now() - since) / 1000);

/**
 * Runs task(0 … count − 1) on two connections at a time (the machine's two cores; each statement is single-threaded).
 */
async function inParallel(count: number, task: (i: number) => Promise<void>, width = 2): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: width }, worker));
}

/** The queries the municipality's links read (a query, or a ratio's numerator and denominator). */
async function linkQueries(kysely: Kysely<Database>, municipalityId: string): Promise<IndicatorQuery[]> {
  const links = await new IndicatorsRepository(kysely).links(municipalityId);
  return links.flatMap((link) => {
    const input = storedLink(link);
    if (!input || input.mode === 'manual') return [];
    if (input.mode === 'query') return [input.query];
    return [input.ratio.numerator, ...('typeKey' in input.ratio.denominator ? [input.ratio.denominator] : [])];
  });
}

/** The secondary indexes of a table (not those behind a constraint), to drop before a bulk load and make after. */
async function secondaryIndexes(kysely: Kysely<Database>, tables: string[]): Promise<{ name: string; def: string }[]> {
  const rows = await sql<{ indexname: string; indexdef: string }>`select indexname, indexdef from pg_indexes
    where schemaname = current_schema() and tablename in (${sql.join(tables)})
      and indexname not in (select conname from pg_constraint)`.execute(kysely);
  return rows.rows.map((r) => ({ name: r.indexname, def: r.indexdef }));
}

/**
 * Adds `size.municipalities - 1` municipalities beside `mainId` (which keeps its demo plan and links; the others get
 * copies of its subjects), then `size.registrations` registrations and `size.events` nuisance events spread evenly
 * over every municipality and `size.days` days, and rebuilds each municipality's rollups. Returns the seconds taken.
 */
export async function generateNational(db: Db, mainId: string, size: NationalSize, today: string): Promise<number> {
  const { kysely } = db;
  const started = performance.now();
  const queries = await linkQueries(kysely, mainId);
  if (queries.length === 0) throw new Error('the demo municipality has no computed indicator links');
  const subjects = await kysely
    .selectFrom('subject')
    .select(['id', 'key'])
    .where('municipality_id', '=', mainId)
    .execute();
  const keyOf = new Map(subjects.map((s) => [s.id, s.key]));
  const now = '2026-01-01T00:00:00.000Z';

  await sql`create unlogged table bench_m (idx integer primary key, id text not null)`.execute(kysely);
  await sql`insert into bench_m values (0, ${mainId})`.execute(kysely);
  await sql`insert into bench_m select m, 'bench-municipality-' || lpad(m::text, 3, '0') from generate_series(1, ${size.municipalities - 1}) m`.execute(
    kysely,
  );
  await sql`insert into municipality (id, municipality_id, slug, name, created_at)
    select id, id, 'bench-' || idx, 'Bench ' || idx, ${now} from bench_m where idx > 0`.execute(kysely);
  await sql`insert into subject (id, municipality_id, type_key, kind, key, name, section_number, category, report_kind,
      plan_version_id, state, active, merged_into_id, created_at, updated_at)
    select gen_random_uuid()::text, m.id, s.type_key, s.kind, s.key, s.name, s.section_number, s.category, s.report_kind,
      null, s.state, s.active, null, s.created_at, s.updated_at
    from subject s cross join bench_m m where s.municipality_id = ${mainId} and m.idx > 0`.execute(kysely);

  await sql`create unlogged table bench_query (idx integer primary key, type_key text not null, category text, status text, subject_key text)`.execute(
    kysely,
  );
  const values = queries.map(
    (q, idx) =>
      sql`(${idx}, ${q.typeKey}, ${q.categories?.[0] ?? null}, ${q.statuses?.[0] ?? null}, ${q.subjectId ? (keyOf.get(q.subjectId) ?? null) : null})`,
  );
  await sql`insert into bench_query values ${sql.join(values)}`.execute(kysely);
  await sql`create unlogged table bench_mq as
    select m.idx as m_idx, q.idx as q_idx, m.id as municipality_id, q.type_key, q.category, q.status, s.id as subject_id
    from bench_m m cross join bench_query q left join subject s on s.municipality_id = m.id and s.key = q.subject_key`.execute(
    kysely,
  );
  await sql`create index on bench_mq (m_idx, q_idx)`.execute(kysely);
  // Day k is k days before today: k = 0 … days − 1; the ISO weekday of that day.
  await sql`create unlogged table bench_day as
    select k, to_char(${sql.lit(today)}::date - k, 'YYYY-MM-DD') as day, extract(isodow from ${sql.lit(today)}::date - k)::integer as weekday
    from generate_series(0, ${sql.lit(size.days - 1)}) k`.execute(kysely);
  await sql`create unlogged table bench_wijk (idx integer, code text)`.execute(kysely);
  await sql`insert into bench_wijk select w, '12025W' || lpad(w::text, 2, '0') from generate_series(1, 12) w`.execute(
    kysely,
  );
  await sql`create unlogged table bench_category (idx integer, name text)`.execute(kysely);
  await sql`insert into bench_category values ${sql.join(nuisanceCategories.map((c, i) => sql`(${i}, ${c})`))}`.execute(
    kysely,
  );
  await sql`create unlogged table bench_source (idx integer, name text)`.execute(kysely);
  await sql`insert into bench_source values (0, 'complaint'), (1, 'guard_report'), (2, 'police')`.execute(kysely);

  const indexes = await secondaryIndexes(kysely, ['registration', 'nuisance_event']);
  for (const index of indexes) await sql`drop index ${sql.id(index.name)}`.execute(kysely);

  const perRegistrations = Math.floor(size.registrations / size.municipalities);
  const perEvents = Math.floor(size.events / size.municipalities);
  const nq = queries.length;
  let inserted = 0;
  await inParallel(size.municipalities, async (m) => {
    await sql`insert into registration (id, municipality_id, type_key, occurred_on, occurred_until, category, status, quantity, hours,
        title, wijk_code, lat, lon, address, values_json, source, created_by, created_at, updated_at, deleted_at, subject_id)
      select gen_random_uuid()::text, q.municipality_id, q.type_key, d.day, null, q.category, q.status,
        ((i * 49979687) % 1000003) % 50 + 1, ((i * 15485863) % 1000003) % 4 + 1,
        null, w.code, null, null, null, '{}', 'bench', null, ${now}, ${now}, null, q.subject_id
      from generate_series(1::bigint, ${perRegistrations}::bigint) i
      join bench_mq q on q.m_idx = ${m} and q.q_idx = ((i * 104729 + ${m * 7}) % 1000003) % ${nq}
      join bench_day d on d.k = ((i * 7919 + ${m * 13}) % 1000003) % ${size.days}
      join bench_wijk w on w.idx = ((i * 32452843) % 1000003) % 12 + 1`.execute(kysely);
    await sql`insert into nuisance_event (id, municipality_id, source, source_id, category, wijk_code, street, occurred_at, day, hour, weekday, updated_at)
      select gen_random_uuid()::text, m.id, src.name, 'bench-' || i, cat.name, w.code, null,
        d.day || 'T' || lpad((((i * 104729) % 1000003) % 24)::text, 2, '0') || ':00:00.000Z', d.day, ((i * 104729) % 1000003) % 24, d.weekday, ${now}
      from generate_series(1::bigint, ${perEvents}::bigint) i
      join bench_m m on m.idx = ${m}
      join bench_day d on d.k = ((i * 7919 + ${m * 13}) % 1000003) % ${size.days}
      join bench_category cat on cat.idx = ((i * 15485863) % 1000003) % 13
      join bench_source src on src.idx = ((i * 49979687) % 1000003) % 3
      join bench_wijk w on w.idx = ((i * 32452843) % 1000003) % 12 + 1`.execute(kysely);
    if (++inserted % 10 === 0) {
      log(`${inserted} municipalities' registrations and events inserted (${seconds(started)} s)`);
    }
  });
  for (const index of indexes) await sql.raw(index.def).execute(kysely);
  log(`indexes made again (${seconds(started)} s)`);

  // The rollups through svpp's own repair path (set-based: INSERT … SELECT … GROUP BY per municipality).
  const ids = (await sql<{ id: string }>`select id from bench_m order by idx`.execute(kysely)).rows.map((r) => r.id);
  const registrations = new RegistrationRepository(kysely);
  const nuisance = new NuisanceRepository(kysely, db.dialect);
  let rebuilt = 0;
  await inParallel(ids.length, async (i) => {
    const id = ids[i] ?? '';
    await registrations.rebuildRollups(id);
    await nuisance.rebuildRollups(id);
    if (++rebuilt % 10 === 0) log(`${rebuilt} municipalities' rollups rebuilt (${seconds(started)} s)`);
  });
  for (const table of [
    'bench_m',
    'bench_query',
    'bench_mq',
    'bench_day',
    'bench_wijk',
    'bench_category',
    'bench_source',
  ]) {
    await sql`drop table ${sql.id(table)}`.execute(kysely);
  }
  await sql`vacuum analyze`.execute(kysely);
  log(`vacuum analyze done (${seconds(started)} s)`);
  return (performance.now() - started) / 1000;
}

/**
 * Copies one municipality's rows from the shared database at `sharedUrl` into `solo` (freshly migrated): every table
 * in foreign-key order, `INSERT … SELECT` from postgres_fdw foreign tables filtered on `municipality_id`.
 */
export async function copyMunicipality(solo: Db, sharedUrl: string, municipalityId: string): Promise<number> {
  const { kysely } = solo;
  const started = performance.now();
  const url = new URL(sharedUrl);
  const backup = new BackupRepository(kysely);
  const tables = await backup.tablesInForeignKeyOrder();
  await sql`create extension if not exists postgres_fdw`.execute(kysely);
  await sql
    .raw(
      `create server bench_shared foreign data wrapper postgres_fdw options (host '${url.hostname}', port '${url.port || '5432'}', dbname '${decodeURIComponent(url.pathname.slice(1))}')`,
    )
    .execute(kysely);
  const user = decodeURIComponent(url.username);
  const password = url.password ? `, password '${decodeURIComponent(url.password).replace(/'/g, "''")}'` : '';
  await sql
    .raw(
      `create user mapping for current_user server bench_shared options (user '${user.replace(/'/g, "''")}'${password})`,
    )
    .execute(kysely);
  await sql`create schema bench_shared`.execute(kysely);
  await sql`import foreign schema public from server bench_shared into bench_shared`.execute(kysely);
  let rows = 0;
  for (const table of tables) {
    const columns = await backup.columnsOf(table);
    if (!columns.includes('municipality_id')) continue;
    const list = sql.join(columns.map((c) => sql.id(c)));
    const result = await sql`insert into ${sql.id(table)} (${list}) select ${list} from ${sql.id('bench_shared', table)}
      where municipality_id = ${municipalityId}`.execute(kysely);
    rows += Number(result.numAffectedRows ?? 0);
  }
  await sql`drop schema bench_shared cascade`.execute(kysely);
  await sql`drop server bench_shared cascade`.execute(kysely);
  await sql`vacuum analyze`.execute(kysely);
  log(`${rows.toLocaleString('en')} rows copied into the single-municipality database (${seconds(started)} s)`);
  return (performance.now() - started) / 1000;
}

/** Bytes of every table (with its indexes and TOAST) of the current schema, and of the biggest ones. */
export async function tableSizes(kysely: Kysely<Database>): Promise<{ total: number; tables: Record<string, number> }> {
  const rows = await sql<{
    name: string;
    bytes: string;
  }>`select c.relname as name, pg_total_relation_size(c.oid) as bytes
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = current_schema() and c.relkind = 'r' order by 2 desc`.execute(kysely);
  const total = rows.rows.reduce((sum, r) => sum + Number(r.bytes), 0);
  const tables = Object.fromEntries(rows.rows.slice(0, 8).map((r) => [r.name, Number(r.bytes)]));
  return { total, tables };
}

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db, Dialect } from '../../src/server/db/database.js';
import { createTestDatabase, dialects, type TestDatabase } from '../support/test-databases.js';

/**
 * Every index of a tenant table (one with `municipality_id`) leads with `municipality_id`, read from the catalog
 * (SQLite: sqlite_master + pragma index_list/index_info; PostgreSQL: pg_index): one municipality's rows are one
 * contiguous range of every index, so a national database answers a municipality from its own pages (and could be
 * split by municipality). Primary keys included, except a primary key that starts with a globally unique id — the
 * row's own `id` (a UUID) or a column referencing another row's `id` (a case's documents by `case_id`): a lookup by it
 * finds one tenant's rows whatever the order. The exemptions below are indexes that serve the installation as a whole,
 * before or across tenants; each says why.
 */
const exempt: Record<string, string> = {
  'municipality(slug)': 'the tenant table itself: a slug names one municipality in the whole installation',
  'app_user(email)': 'an e-mail signs in before the municipality is known, so it is unique across the installation',
  'calendar_feed(token_hash)': 'a calendar feed URL carries only its token',
  'password_reset(token_hash)': 'a reset link carries only its token',
  'password_reset(expires_at)': 'the sweep of expired reset tokens runs over every municipality',
  'mail_outbox(status,next_attempt_at)': 'the dispatcher claims due mail across municipalities',
  'login_throttle(key)': 'a login attempt is throttled before its municipality is known (municipality_id nullable)',
  'login_throttle(address)': 'the per-address ceiling counts attempts on every municipality',
  'login_throttle(last_failure_at)': 'the sweep of old failures runs over every municipality',
  'rate_limit_hit(bucket,at)': 'the public form’s limit buckets are per address and installation',
  'rate_limit_hit(expires_at)': 'the sweep of expired hits runs over every municipality',
  'server_secret(name)': 'installation secrets (the form-token key) belong to no municipality',
  'job_run(started_at)': 'the pruning of old job runs runs over every municipality',
};

interface IndexInfo {
  table: string;
  name: string;
  columns: string[];
  primary: boolean;
}
interface Catalog {
  indexes: IndexInfo[];
  tenantTables: Set<string>;
  /** `table.column` of every single-column foreign key to another table's `id`. */
  idReferences: Set<string>;
}

async function sqliteCatalog(db: Db): Promise<Catalog> {
  const k = db.kysely;
  const tables = (
    await sql<{
      name: string;
    }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(k)
  ).rows.map((r) => r.name);
  const catalog: Catalog = { indexes: [], tenantTables: new Set(), idReferences: new Set() };
  for (const table of tables) {
    const columns = (await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(k)).rows;
    if (columns.some((c) => c.name === 'municipality_id')) catalog.tenantTables.add(table);
    const keys = (
      await sql<{
        from: string;
        to: string | null;
      }>`select "from", "to" from pragma_foreign_key_list(${table})`.execute(k)
    ).rows;
    for (const key of keys) if (key.to === 'id') catalog.idReferences.add(`${table}.${key.from}`);
    const list = (
      await sql<{ name: string; origin: string }>`select name, origin from pragma_index_list(${table})`.execute(k)
    ).rows;
    for (const index of list) {
      const cols = (
        await sql<{ name: string }>`select name from pragma_index_info(${index.name}) order by seqno`.execute(k)
      ).rows.map((r) => r.name);
      catalog.indexes.push({ table, name: index.name, columns: cols, primary: index.origin === 'pk' });
    }
  }
  return catalog;
}

async function postgresCatalog(db: Db): Promise<Catalog> {
  const k = db.kysely;
  const indexes = (
    await sql<{ table: string; name: string; columns: string[]; primary: boolean }>`select t.relname as "table",
        i.relname as name, ix.indisprimary as "primary",
        array(select a.attname::text from unnest(ix.indkey::int2[]) with ordinality as key(attnum, ord)
          join pg_attribute a on a.attrelid = t.oid and a.attnum = key.attnum order by key.ord) as columns
      from pg_index ix join pg_class t on t.oid = ix.indrelid join pg_class i on i.oid = ix.indexrelid
      where t.relnamespace = current_schema()::regnamespace`.execute(k)
  ).rows;
  const tenant = (
    await sql<{ table_name: string }>`select table_name from information_schema.columns
      where table_schema = current_schema() and column_name = 'municipality_id'`.execute(k)
  ).rows;
  const references = (
    await sql<{ table: string; column: string }>`select c.relname as "table", a.attname as "column"
      from pg_constraint f join pg_class c on c.oid = f.conrelid
      join pg_attribute a on a.attrelid = f.conrelid and a.attnum = f.conkey[1]
      join pg_attribute r on r.attrelid = f.confrelid and r.attnum = f.confkey[1]
      where f.contype = 'f' and cardinality(f.conkey) = 1 and r.attname = 'id'
        and c.relnamespace = current_schema()::regnamespace`.execute(k)
  ).rows;
  return {
    indexes,
    tenantTables: new Set(tenant.map((r) => r.table_name)),
    idReferences: new Set(references.map((r) => `${r.table}.${r.column}`)),
  };
}

const catalogOf = (dialect: Dialect, db: Db) => (dialect === 'sqlite' ? sqliteCatalog(db) : postgresCatalog(db));
const keyOf = (index: IndexInfo) => `${index.table}(${index.columns.join(',')})`;

/** The tenant indexes that do not lead with municipality_id and are neither a globally unique key nor exempt. */
function offenders(catalog: Catalog): string[] {
  return catalog.indexes
    .filter((index) => catalog.tenantTables.has(index.table))
    .filter((index) => index.columns[0] !== 'municipality_id')
    .filter((index) => {
      const first = index.columns[0] ?? '';
      const globallyUnique = first === 'id' || catalog.idReferences.has(`${index.table}.${first}`);
      return !(index.primary && globallyUnique);
    })
    .filter((index) => !(keyOf(index) in exempt))
    .map((index) => `${index.name} on ${keyOf(index)}`)
    .sort();
}

describe.each(dialects)('tenant indexes on %s', (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(dialect);
  });
  afterAll(() => database.drop());

  it('every index of a tenant table leads with municipality_id (primary keys on a global id and the list aside)', async () => {
    const catalog = await catalogOf(dialect, database.db);
    expect(catalog.tenantTables.has('registration')).toBe(true);
    expect(catalog.indexes.length).toBeGreaterThan(50);
    expect(offenders(catalog)).toEqual([]);
  });

  it('every exemption names an index that exists, with a reason', async () => {
    const present = new Set((await catalogOf(dialect, database.db)).indexes.map(keyOf));
    for (const [key, reason] of Object.entries(exempt)) {
      expect(present.has(key), key).toBe(true);
      expect(reason.length).toBeGreaterThan(10);
    }
  });

  it('catches an index that does not lead with municipality_id', async () => {
    await sql`create index tenant_indexes_probe on registration (occurred_on, municipality_id)`.execute(
      database.db.kysely,
    );
    try {
      expect(offenders(await catalogOf(dialect, database.db))).toEqual([
        'tenant_indexes_probe on registration(occurred_on,municipality_id)',
      ]);
    } finally {
      await sql`drop index tenant_indexes_probe`.execute(database.db.kysely);
    }
  });
});

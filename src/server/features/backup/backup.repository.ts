import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.js';

/** Kysely's bookkeeping: the restore's own migrations write these, so a backup never carries them. */
export const bookkeepingTables = ['svpp_migration', 'svpp_migration_lock'];

export type Row = Record<string, unknown>;

/**
 * The SQL of backup and restore on PostgreSQL: the schema's tables in foreign-key order, a table's rows through a
 * cursor (inside the caller's snapshot transaction), bulk inserts, sequences. SQLite is copied whole (VACUUM INTO).
 */
export class BackupRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Every base table of the current schema but the bookkeeping ones, parents before children. */
  async tablesInForeignKeyOrder(): Promise<string[]> {
    const tables = (
      await sql<{ table_name: string }>`select table_name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(this.db)
    ).rows
      .map((r) => r.table_name)
      .filter((t) => !bookkeepingTables.includes(t));
    const edges = (
      await sql<{ child: string; parent: string }>`select distinct tc.table_name as child, ccu.table_name as parent
      from information_schema.table_constraints tc
      join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name and ccu.constraint_schema = tc.constraint_schema
      where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = current_schema()`.execute(this.db)
    ).rows;
    return foreignKeyOrder(tables, edges);
  }

  async columnsOf(table: string): Promise<string[]> {
    const rows = (
      await sql<{ column_name: string }>`select column_name from information_schema.columns
      where table_schema = current_schema() and table_name = ${table} order by ordinal_position`.execute(this.db)
    ).rows;
    return rows.map((r) => r.column_name);
  }

  /** The table's rows in batches through a cursor; call inside a transaction (the snapshot). */
  async *rowsOf(table: string, batch = 1_000): AsyncGenerator<Row[]> {
    const cursor = `svpp_backup_${table}`;
    await sql`declare ${sql.id(cursor)} no scroll cursor for select * from ${sql.id(table)}`.execute(this.db);
    try {
      for (;;) {
        const { rows } = await sql<Row>`fetch forward ${sql.lit(batch)} from ${sql.id(cursor)}`.execute(this.db);
        if (rows.length === 0) break;
        yield rows;
      }
    } finally {
      await sql`close ${sql.id(cursor)}`.execute(this.db);
    }
  }

  async insertRows(table: string, columns: string[], rows: unknown[][]): Promise<void> {
    if (rows.length === 0) return;
    const values = rows.map((row) => sql`(${sql.join(row.map((v) => sql`${v}`))})`);
    await sql`insert into ${sql.id(table)} (${sql.join(columns.map((c) => sql.id(c)))}) values ${sql.join(values)}`.execute(
      this.db,
    );
  }

  /** Tables (of these) that hold at least one row. */
  async nonEmptyTables(tables: string[]): Promise<string[]> {
    const found: string[] = [];
    for (const table of tables) {
      const row = (await sql<{ one: number }>`select 1 as one from ${sql.id(table)} limit 1`.execute(this.db)).rows[0];
      if (row) found.push(table);
    }
    return found;
  }

  /** Moves every sequence owned by a column (serial, identity) past the column's largest value. */
  async resetSequences(): Promise<number> {
    const owned = (
      await sql<{ table_name: string; column_name: string; sequence: string }>`select c.table_name, c.column_name,
        pg_get_serial_sequence(quote_ident(c.table_name), c.column_name) as sequence
      from information_schema.columns c
      where c.table_schema = current_schema() and (c.column_default like 'nextval(%' or c.is_identity = 'YES')`.execute(
        this.db,
      )
    ).rows.filter((r) => r.sequence);
    for (const { table_name, column_name, sequence } of owned) {
      await sql`select setval(${sequence}, coalesce((select max(${sql.id(column_name)}) from ${sql.id(table_name)}), 0) + 1, false)`.execute(
        this.db,
      );
    }
    return owned.length;
  }
}

/** Kahn's order of the tables by their foreign keys (a table's own references do not count); ties by name. */
function foreignKeyOrder(tables: string[], edges: { child: string; parent: string }[]): string[] {
  const known = new Set(tables);
  const parents = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const { child, parent } of edges) {
    if (child !== parent && known.has(child) && known.has(parent)) parents.get(child)?.add(parent);
  }
  const order: string[] = [];
  const done = new Set<string>();
  while (order.length < tables.length) {
    const ready = tables.filter((t) => !done.has(t) && [...(parents.get(t) ?? [])].every((p) => done.has(p)));
    // A cycle (none in svpp's schema) would stop here: take the rest by name rather than loop forever.
    const next = ready.length ? ready : tables.filter((t) => !done.has(t));
    for (const t of next) {
      done.add(t);
      order.push(t);
    }
  }
  return order;
}

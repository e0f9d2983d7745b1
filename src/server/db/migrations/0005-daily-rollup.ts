import { type Kysely, sql } from 'kysely';

// The indicators read counts per day without the wijk: a rollup of its own keeps the overview's one query
// small (registers × categories × statuses × days) however many registrations there are.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('registration_daily')
    .addColumn('municipality_id', 'text', (c) => c.notNull())
    .addColumn('type_key', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addColumn('quantity', 'double precision', (c) => c.notNull())
    .addColumn('hours', 'double precision', (c) => c.notNull())
    .addPrimaryKeyConstraint('registration_daily_pk', ['municipality_id', 'type_key', 'category', 'status', 'day'])
    .execute();
  await sql`insert into registration_daily (municipality_id, type_key, category, status, day, n, quantity, hours)
    select municipality_id, type_key, category, status, day, sum(n), sum(quantity), sum(hours)
    from registration_rollup group by municipality_id, type_key, category, status, day`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('registration_daily').execute();
}

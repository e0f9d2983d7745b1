import { type Kysely, sql } from 'kysely';

// The per-wijk heat map from rollups instead of the raw events (issue 17): per day × wijk × source × category × hour
// (weekday follows the day) and per month × wijk × source × category × weekday × hour, with the wijk ('' = none)
// right after the municipality in the key, so one wijk's period is one range of the primary key. Kept in the same
// transaction as every write of nuisance_event (NuisanceRepository), like the four rollups of 0008; filled here from
// the events already stored.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('nuisance_wijk_hourly')
    .addColumn('municipality_id', 'text', (c) => c.notNull())
    .addColumn('wijk_code', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('hour', 'integer', (c) => c.notNull())
    .addColumn('weekday', 'integer', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('nuisance_wijk_hourly_pk', [
      'municipality_id',
      'wijk_code',
      'day',
      'source',
      'category',
      'hour',
    ])
    .execute();
  await db.schema
    .createTable('nuisance_wijk_monthly_hourly')
    .addColumn('municipality_id', 'text', (c) => c.notNull())
    .addColumn('wijk_code', 'text', (c) => c.notNull())
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('weekday', 'integer', (c) => c.notNull())
    .addColumn('hour', 'integer', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('nuisance_wijk_monthly_hourly_pk', [
      'municipality_id',
      'wijk_code',
      'month',
      'source',
      'category',
      'weekday',
      'hour',
    ])
    .execute();
  await sql`insert into nuisance_wijk_hourly (municipality_id, wijk_code, day, source, category, hour, weekday, n)
    select municipality_id, coalesce(wijk_code, ''), day, source, category, hour, min(weekday), count(*) from nuisance_event
    group by municipality_id, coalesce(wijk_code, ''), day, source, category, hour`.execute(db);
  await sql`insert into nuisance_wijk_monthly_hourly (municipality_id, wijk_code, month, source, category, weekday, hour, n)
    select municipality_id, wijk_code, substr(day, 1, 7), source, category, weekday, hour, sum(n) from nuisance_wijk_hourly
    group by municipality_id, wijk_code, substr(day, 1, 7), source, category, weekday, hour`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('nuisance_wijk_monthly_hourly').execute();
  await db.schema.dropTable('nuisance_wijk_hourly').execute();
}

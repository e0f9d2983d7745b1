import type { Kysely } from 'kysely';

// The neighbourhood barometer: one narrow fact row per nuisance event (a complaint, a guard's melding, an imported
// police record), with its local day, hour and weekday derived once, and four rollups kept in the same transaction
// as every write: per day × source × category × wijk (map, trends, exports) and per day × hour without the wijk
// (the hour × weekday heat map), and the same two per month (month × source × category × wijk; month × weekday ×
// hour × source × category). Queries read whole months from the monthly rollups and only the partly covered months
// at the ends of a period from the daily ones: on dense data a day has nearly one rollup row per event, a month has
// ~30 times fewer. An import batch records the imported police files.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('nuisance_event')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('wijk_code', 'text')
    .addColumn('street', 'text')
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    // Local (Europe/Brussels) calendar day YYYY-MM-DD, hour 0–23 and ISO weekday 1 (Monday) – 7 (Sunday).
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('hour', 'integer', (c) => c.notNull())
    .addColumn('weekday', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('nuisance_event_source_unique', ['municipality_id', 'source', 'source_id'])
    .execute();
  await db.schema
    .createIndex('nuisance_event_day_idx')
    .on('nuisance_event')
    .columns(['municipality_id', 'day'])
    .execute();
  await db.schema
    .createIndex('nuisance_event_wijk_day_idx')
    .on('nuisance_event')
    .columns(['municipality_id', 'wijk_code', 'day'])
    .execute();

  await db.schema
    .createTable('nuisance_daily')
    .addColumn('municipality_id', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    // '' when the event has no wijk (outside the wijken or unknown).
    .addColumn('wijk_code', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('nuisance_daily_pk', ['municipality_id', 'day', 'source', 'category', 'wijk_code'])
    .execute();

  await db.schema
    .createTable('nuisance_hourly')
    .addColumn('municipality_id', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('hour', 'integer', (c) => c.notNull())
    .addColumn('weekday', 'integer', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('nuisance_hourly_pk', ['municipality_id', 'day', 'source', 'category', 'hour'])
    .execute();

  await db.schema
    .createTable('nuisance_monthly')
    .addColumn('municipality_id', 'text', (c) => c.notNull())
    // YYYY-MM of the local day.
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('wijk_code', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('nuisance_monthly_pk', ['municipality_id', 'month', 'source', 'category', 'wijk_code'])
    .execute();

  await db.schema
    .createTable('nuisance_monthly_hourly')
    .addColumn('municipality_id', 'text', (c) => c.notNull())
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('weekday', 'integer', (c) => c.notNull())
    .addColumn('hour', 'integer', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('nuisance_monthly_hourly_pk', [
      'municipality_id',
      'month',
      'source',
      'category',
      'weekday',
      'hour',
    ])
    .execute();

  await db.schema
    .createTable('nuisance_import')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('row_count', 'integer', (c) => c.notNull())
    .addColumn('imported_by', 'text')
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'nuisance_import',
    'nuisance_monthly_hourly',
    'nuisance_monthly',
    'nuisance_hourly',
    'nuisance_daily',
    'nuisance_event',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}

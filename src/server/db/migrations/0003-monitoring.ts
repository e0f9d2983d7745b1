import type { Kysely } from 'kysely';

// Registers (built-in types in code, custom types per municipality), registrations with a daily rollup kept
// up to date in the same transaction, indicator links (query or manual), manual values and evaluations.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('register_type')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('definition_json', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('register_type_key_unique', ['municipality_id', 'key'])
    .execute();

  await db.schema
    .createTable('registration')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('type_key', 'text', (c) => c.notNull())
    .addColumn('occurred_on', 'text', (c) => c.notNull())
    .addColumn('occurred_until', 'text')
    .addColumn('category', 'text')
    .addColumn('status', 'text')
    .addColumn('quantity', 'double precision')
    .addColumn('hours', 'double precision')
    .addColumn('title', 'text')
    .addColumn('wijk_code', 'text')
    .addColumn('lat', 'double precision')
    .addColumn('lon', 'double precision')
    .addColumn('address', 'text')
    .addColumn('values_json', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema
    .createIndex('registration_type_day_idx')
    .on('registration')
    .columns(['municipality_id', 'type_key', 'occurred_on'])
    .execute();
  await db.schema
    .createIndex('registration_day_idx')
    .on('registration')
    .columns(['municipality_id', 'occurred_on'])
    .execute();

  await db.schema
    .createTable('registration_rollup')
    .addColumn('municipality_id', 'text', (c) => c.notNull())
    .addColumn('type_key', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('wijk_code', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addColumn('quantity', 'double precision', (c) => c.notNull())
    .addColumn('hours', 'double precision', (c) => c.notNull())
    .addPrimaryKeyConstraint('registration_rollup_pk', [
      'municipality_id',
      'type_key',
      'category',
      'status',
      'wijk_code',
      'day',
    ])
    .execute();
  await db.schema
    .createIndex('registration_rollup_day_idx')
    .on('registration_rollup')
    .columns(['municipality_id', 'day'])
    .execute();

  await db.schema
    .createTable('indicator_link')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('indicator_lineage_id', 'text', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('query_json', 'text')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('indicator_link_unique', ['municipality_id', 'indicator_lineage_id'])
    .execute();

  await db.schema
    .createTable('indicator_value')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('indicator_lineage_id', 'text', (c) => c.notNull())
    .addColumn('period_start', 'text', (c) => c.notNull())
    .addColumn('period_end', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('evidence', 'text')
    .addColumn('entered_by', 'text')
    .addColumn('entered_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('indicator_value_unique', [
      'municipality_id',
      'indicator_lineage_id',
      'period_start',
      'period_end',
    ])
    .execute();

  await db.schema
    .createTable('evaluation')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('objective_lineage_id', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('done_text', 'text', (c) => c.notNull())
    .addColumn('bottlenecks_text', 'text', (c) => c.notNull())
    .addColumn('adjustments_text', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('computed_status', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('evaluation_unique', ['municipality_id', 'objective_lineage_id', 'year'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'evaluation',
    'indicator_value',
    'indicator_link',
    'registration_rollup',
    'registration',
    'register_type',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}

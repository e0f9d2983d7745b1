import type { CreateTableBuilder, Kysely } from 'kysely';

// The plan as signed: versions (one per import, e.g. 2020 then its 2021 extension) holding sections,
// action programmes, objectives (general, strategic, operational), results and indicators with their targets.
// `lineage_id` keeps an objective's or indicator's identity across versions, so its history continues.

const tenant = <T extends string>(table: CreateTableBuilder<T, never>) =>
  table
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'));

export async function up(db: Kysely<unknown>): Promise<void> {
  await tenant(db.schema.createTable('plan_version'))
    .addColumn('version_no', 'integer', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('municipality_name', 'text')
    .addColumn('period_start', 'text')
    .addColumn('period_end', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('source_filename', 'text', (c) => c.notNull())
    .addColumn('source_sha256', 'text', (c) => c.notNull())
    .addColumn('warnings_json', 'text', (c) => c.notNull())
    .addColumn('funding_json', 'text', (c) => c.notNull())
    .addColumn('previous_version_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('confirmed_at', 'text')
    .addColumn('confirmed_by', 'text')
    .addUniqueConstraint('plan_version_no_unique', ['municipality_id', 'version_no'])
    .execute();

  await tenant(db.schema.createTable('plan_section'))
    .addColumn('plan_version_id', 'text', (c) => c.notNull().references('plan_version.id').onDelete('cascade'))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();

  await tenant(db.schema.createTable('action_programme'))
    .addColumn('plan_version_id', 'text', (c) => c.notNull().references('plan_version.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('section_numbers_json', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();

  await tenant(db.schema.createTable('plan_objective'))
    .addColumn('plan_version_id', 'text', (c) => c.notNull().references('plan_version.id').onDelete('cascade'))
    .addColumn('section_id', 'text', (c) => c.notNull().references('plan_section.id').onDelete('cascade'))
    .addColumn('parent_id', 'text')
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('lineage_id', 'text', (c) => c.notNull())
    .addColumn('owner', 'text')
    .addColumn('partners_json', 'text', (c) => c.notNull())
    .execute();

  await tenant(db.schema.createTable('plan_result'))
    .addColumn('plan_version_id', 'text', (c) => c.notNull().references('plan_version.id').onDelete('cascade'))
    .addColumn('objective_id', 'text', (c) => c.notNull().references('plan_objective.id').onDelete('cascade'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();

  await tenant(db.schema.createTable('indicator'))
    .addColumn('plan_version_id', 'text', (c) => c.notNull().references('plan_version.id').onDelete('cascade'))
    .addColumn('objective_id', 'text', (c) => c.notNull().references('plan_objective.id').onDelete('cascade'))
    .addColumn('lineage_id', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('targets_json', 'text', (c) => c.notNull())
    .addColumn('targets_edited', 'integer', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();

  for (const table of ['plan_section', 'action_programme', 'plan_objective', 'plan_result', 'indicator']) {
    await db.schema
      .createIndex(`${table}_version_idx`)
      .on(table)
      .columns(['municipality_id', 'plan_version_id'])
      .execute();
  }
  await db.schema
    .createIndex('indicator_lineage_idx')
    .on('indicator')
    .columns(['municipality_id', 'lineage_id'])
    .execute();
  await db.schema
    .createIndex('audit_log_entity_idx')
    .on('audit_log')
    .columns(['municipality_id', 'entity_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('audit_log_entity_idx').execute();
  for (const table of [
    'indicator',
    'plan_result',
    'plan_objective',
    'action_programme',
    'plan_section',
    'plan_version',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}

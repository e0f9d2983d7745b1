import type { Kysely } from 'kysely';

// Subjects: what an indicator counts (a body that meets, a kind of document, an activity for a target group, a guard
// task for a phenomenon, a pool of people, an adviser, a report svpp writes). A registration names its subject;
// `registration_subject_daily` rolls registrations up per subject so an indicator reads its own subject only.
// `indicator_review` keeps a person's acceptance of a flagged indicator (shared computation, far above target).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('subject')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('type_key', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('section_number', 'text')
    .addColumn('category', 'text')
    .addColumn('report_kind', 'text')
    .addColumn('plan_version_id', 'text')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('merged_into_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('subject_key_unique', ['municipality_id', 'key'])
    .execute();
  await db.schema
    .createIndex('subject_municipality_type')
    .on('subject')
    .columns(['municipality_id', 'type_key'])
    .execute();

  await db.schema.alterTable('registration').addColumn('subject_id', 'text').execute();
  await db.schema
    .createIndex('registration_municipality_subject')
    .on('registration')
    .columns(['municipality_id', 'subject_id'])
    .execute();

  await db.schema
    .createTable('registration_subject_daily')
    .addColumn('municipality_id', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('type_key', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addColumn('quantity', 'double precision', (c) => c.notNull())
    .addColumn('hours', 'double precision', (c) => c.notNull())
    .addPrimaryKeyConstraint('registration_subject_daily_pk', [
      'municipality_id',
      'subject_id',
      'type_key',
      'category',
      'status',
      'day',
    ])
    .execute();

  await db.schema.alterTable('indicator_link').addColumn('manual_reason', 'text').execute();

  await db.schema
    .createTable('indicator_review')
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('indicator_lineage_id', 'text', (c) => c.notNull())
    .addColumn('flag', 'text', (c) => c.notNull())
    /** What was accepted: the computation key or the value, so a changed situation is flagged again. */
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('comment', 'text', (c) => c.notNull())
    .addColumn('accepted_by', 'text')
    .addColumn('accepted_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('indicator_review_pk', ['municipality_id', 'indicator_lineage_id', 'flag'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('indicator_review').execute();
  await db.schema.dropTable('registration_subject_daily').execute();
  await db.schema.dropIndex('registration_municipality_subject').execute();
  await db.schema.alterTable('registration').dropColumn('subject_id').execute();
  await db.schema.alterTable('indicator_link').dropColumn('manual_reason').execute();
  await db.schema.dropTable('subject').execute();
}

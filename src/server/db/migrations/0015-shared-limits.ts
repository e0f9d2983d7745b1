import type { Kysely } from 'kysely';

// State that every server process on one database must share (issues 13.7, 13.8, 14.3): the login throttle, the
// public form's rate limits and form-token key, and the record of background job runs. These tables carry a
// nullable municipality_id: a login attempt or a rate-limit hit arrives before anyone knows the tenant.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Failed logins: one row per (e-mail, client address) with a progressive back-off, and one per address with a
  // high ceiling in a fixed window. municipality_id is the targeted user's (null for unknown e-mails and addresses).
  await db.schema
    .createTable('login_throttle')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('municipality_id', 'text')
    .addColumn('email', 'text')
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('first_failure_at', 'text', (c) => c.notNull())
    .addColumn('last_failure_at', 'text', (c) => c.notNull())
    .addColumn('blocked_until', 'text')
    .execute();
  await db.schema
    .createIndex('login_throttle_municipality')
    .on('login_throttle')
    .columns(['municipality_id', 'blocked_until'])
    .execute();
  await db.schema.createIndex('login_throttle_address').on('login_throttle').columns(['address']).execute();
  await db.schema.createIndex('login_throttle_last').on('login_throttle').columns(['last_failure_at']).execute();

  // Sliding-window hits (the public complaint form: submissions per address and per installation, status look-ups).
  await db.schema
    .createTable('rate_limit_hit')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality_id', 'text')
    .addColumn('bucket', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('rate_limit_hit_bucket').on('rate_limit_hit').columns(['bucket', 'at']).execute();
  await db.schema.createIndex('rate_limit_hit_expiry').on('rate_limit_hit').columns(['expires_at']).execute();

  // Installation secrets made once and shared by every process (the form tokens' HMAC key).
  await db.schema
    .createTable('server_secret')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('municipality_id', 'text')
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  // Background job runs: per job and municipality (null: the installation), with the error of a failed one.
  await db.schema
    .createTable('job_run')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('job', 'text', (c) => c.notNull())
    .addColumn('municipality_id', 'text')
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('ok', 'integer')
    .addColumn('error', 'text')
    .addColumn('detail_json', 'text')
    .execute();
  await db.schema
    .createIndex('job_run_latest')
    .on('job_run')
    .columns(['municipality_id', 'job', 'started_at'])
    .execute();
  await db.schema.createIndex('job_run_started').on('job_run').columns(['started_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['job_run', 'server_secret', 'rate_limit_hit', 'login_throttle']) {
    await db.schema.dropTable(table).execute();
  }
}

import type { Kysely } from 'kysely';

// Password reset by e-mail (issue 15.8): one row per link sent. Only the sha256 of the link's random token is
// stored, so a leaked table opens no account; a row is valid once (`used_at`) and until `expires_at` (30 min).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('password_reset')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema
    .createIndex('password_reset_user')
    .on('password_reset')
    .columns(['municipality_id', 'user_id'])
    .execute();
  await db.schema.createIndex('password_reset_expiry').on('password_reset').columns(['expires_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('password_reset').execute();
}

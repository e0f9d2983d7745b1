import type { Kysely } from 'kysely';

// Every index of a tenant table leads with municipality_id (test/medium/tenant-indexes.test.ts reads the catalog):
// one municipality's rows are one contiguous range of each index on a national database. The sessions' index on
// user_id alone becomes (municipality_id, user_id), which is also how every query that reads it filters.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('session_user_idx').execute();
  await db.schema.createIndex('session_user_idx').on('session').columns(['municipality_id', 'user_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('session_user_idx').execute();
  await db.schema.createIndex('session_user_idx').on('session').column('user_id').execute();
}

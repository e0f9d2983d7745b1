import type { Kysely } from 'kysely';

// What a tenant is (issue 18): a municipality, or an inter-municipal association (GASAM) that handles GAS for the
// municipalities that entrusted it by a dated agreement (`gas_agreement`). Only an association holds agreements, and
// only a municipality can be a member; the operator marks a tenant as an association (`svpp gas association`).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('municipality')
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('municipality'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('municipality').dropColumn('kind').execute();
}

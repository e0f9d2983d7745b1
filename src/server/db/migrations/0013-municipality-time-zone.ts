import type { Kysely } from 'kysely';

// The municipality's time zone (IANA name): "today", the day of a moment (a shift, a complaint, a report's
// "made on") and every deadline are counted on its calendar (src/shared/calendar/days.ts).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('municipality')
    .addColumn('time_zone', 'text', (c) => c.notNull().defaultTo('Europe/Brussels'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('municipality').dropColumn('time_zone').execute();
}

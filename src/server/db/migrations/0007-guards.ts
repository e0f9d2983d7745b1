import type { Kysely } from 'kysely';

// Community guards: who is vaststeller, shifts, the day's briefing, the follow-up of meldingen and the register of
// violence against guards. The guards' task records themselves are registrations (built-in guard registers).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('guard_profile')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('app_user.id'))
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('vaststeller', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('guard_shift')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('guard_shift_started')
    .on('guard_shift')
    .columns(['municipality_id', 'started_at'])
    .execute();

  await db.schema
    .createTable('guard_briefing')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('focus_places_json', 'text', (c) => c.notNull())
    .addColumn('events_json', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('guard_briefing_day', ['municipality_id', 'day'])
    .execute();

  await db.schema
    .createTable('guard_melding_followup')
    .addColumn('registration_id', 'text', (c) => c.primaryKey().references('registration.id'))
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('guard_melding_followup_status')
    .on('guard_melding_followup')
    .columns(['municipality_id', 'status'])
    .execute();

  await db.schema
    .createTable('violence_incident')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('guard_user_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('wijk_code', 'text')
    .addColumn('lat', 'double precision')
    .addColumn('lon', 'double precision')
    .addColumn('address', 'text')
    .addColumn('injuries', 'text', (c) => c.notNull())
    .addColumn('police_report_number', 'text')
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('follow_up_status', 'text', (c) => c.notNull())
    .addColumn('follow_up_notes', 'text')
    .addColumn('steps_done_json', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('violence_incident_occurred')
    .on('violence_incident')
    .columns(['municipality_id', 'occurred_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'violence_incident',
    'guard_melding_followup',
    'guard_briefing',
    'guard_shift',
    'guard_profile',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}

import type { Kysely } from 'kysely';

// The nuisance desk (overlastloket): complaints from citizens and desk staff, the services they are assigned to,
// response days per category, and the bi-weekly police–prevention consultation with its agreed actions.
// The citizen's contact data lives in `complaint` only (contact_* columns), so erasing it is one update.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('complaint_service')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('complaint_service_municipality')
    .on('complaint_service')
    .columns(['municipality_id', 'name'])
    .execute();

  await db.schema
    .createTable('complaint_setting')
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('response_days', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('complaint_setting_pk', ['municipality_id', 'category'])
    .execute();

  await db.schema
    .createTable('complaint')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('access_code_hash', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('wijk_code', 'text')
    .addColumn('lat', 'double precision')
    .addColumn('lon', 'double precision')
    .addColumn('address', 'text')
    .addColumn('street', 'text')
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('contact_name', 'text')
    .addColumn('contact_email', 'text')
    .addColumn('service_id', 'text', (c) => c.references('complaint_service.id'))
    .addColumn('answer_text', 'text')
    .addColumn('answered_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('merged_into_id', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('complaint_reference_unique', ['municipality_id', 'reference'])
    .execute();
  await db.schema
    .createIndex('complaint_status')
    .on('complaint')
    .columns(['municipality_id', 'status', 'due_on'])
    .execute();
  await db.schema
    .createIndex('complaint_received')
    .on('complaint')
    .columns(['municipality_id', 'received_at'])
    .execute();
  await db.schema
    .createIndex('complaint_merged')
    .on('complaint')
    .columns(['municipality_id', 'merged_into_id'])
    .execute();

  await db.schema
    .createTable('complaint_note')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('complaint_id', 'text', (c) => c.notNull().references('complaint.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_by_email', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('complaint_note_complaint')
    .on('complaint_note')
    .columns(['municipality_id', 'complaint_id'])
    .execute();

  await db.schema
    .createTable('complaint_attachment')
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('complaint_id', 'text', (c) => c.notNull().references('complaint.id'))
    .addColumn('file_id', 'text', (c) => c.notNull().references('stored_file.id'))
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('complaint_attachment_pk', ['complaint_id', 'file_id'])
    .execute();

  await db.schema
    .createTable('consultation')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('period_from', 'text', (c) => c.notNull())
    .addColumn('period_to', 'text', (c) => c.notNull())
    .addColumn('agenda_json', 'text', (c) => c.notNull())
    .addColumn('attendees', 'text', (c) => c.notNull())
    .addColumn('minutes_text', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('finalized_at', 'text')
    .addColumn('registration_id', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('consultation_held').on('consultation').columns(['municipality_id', 'held_on']).execute();

  await db.schema
    .createTable('consultation_action')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('consultation_id', 'text', (c) => c.notNull().references('consultation.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('done', 'integer', (c) => c.notNull())
    .addColumn('done_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('consultation_action_due')
    .on('consultation_action')
    .columns(['municipality_id', 'done', 'due_on'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'consultation_action',
    'consultation',
    'complaint_attachment',
    'complaint_note',
    'complaint',
    'complaint_setting',
    'complaint_service',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}

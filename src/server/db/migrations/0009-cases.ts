import type { Kysely } from 'kysely';

// Case work (GAS, NERO, neighbour mediation, street-corner work, prevention advice). Personal data lives in
// `case_person` and the free-text notes of `case_step` only, so erasure after the retention period is one place.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('case_file')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('type_key', 'text', (c) => c.notNull())
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('owner_user_id', 'text')
    .addColumn('wijk_code', 'text')
    .addColumn('opened_on', 'text', (c) => c.notNull())
    .addColumn('closed_on', 'text')
    .addColumn('close_outcome', 'text')
    .addColumn('summary', 'text')
    .addColumn('registration_id', 'text')
    .addColumn('personal_erased_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('case_file_reference_unique', ['municipality_id', 'reference'])
    .execute();
  await db.schema
    .createIndex('case_file_open')
    .on('case_file')
    .columns(['municipality_id', 'closed_on', 'type_key'])
    .execute();

  await db.schema
    .createTable('case_person')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('case_file.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('full_name', 'text')
    .addColumn('birth_date', 'text')
    .addColumn('address', 'text')
    .addColumn('phone', 'text')
    .addColumn('email', 'text')
    .addColumn('erased_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('case_person_case').on('case_person').columns(['municipality_id', 'case_id']).execute();

  await db.schema
    .createTable('case_step')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('case_file.id'))
    .addColumn('step_key', 'text', (c) => c.notNull())
    .addColumn('done_on', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text')
    .addColumn('hours', 'double precision')
    .addColumn('choices_json', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('case_step_case').on('case_step').columns(['municipality_id', 'case_id']).execute();

  await db.schema
    .createTable('case_document')
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('case_file.id'))
    .addColumn('file_id', 'text', (c) => c.notNull().references('stored_file.id'))
    .addColumn('added_by', 'text')
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_document_pk', ['case_id', 'file_id'])
    .execute();

  await db.schema
    .createTable('volunteer')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('started_on', 'text', (c) => c.notNull())
    .addColumn('ended_on', 'text')
    .addColumn('trained_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('volunteer_intervision')
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('volunteer_id', 'text', (c) => c.notNull().references('volunteer.id'))
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('attended', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('volunteer_intervision_pk', ['volunteer_id', 'month'])
    .execute();

  await db.schema
    .createTable('case_volunteer')
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('case_file.id'))
    .addColumn('volunteer_id', 'text', (c) => c.notNull().references('volunteer.id'))
    .addPrimaryKeyConstraint('case_volunteer_pk', ['case_id', 'volunteer_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'case_volunteer',
    'volunteer_intervision',
    'volunteer',
    'case_document',
    'case_step',
    'case_person',
    'case_file',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}

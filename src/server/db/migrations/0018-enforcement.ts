import type { Kysely } from 'kysely';

// Enforcement at volume (issue 18): decriminalised traffic offences and ABP findings that arrive by the thousand.
// - `gas_article`: the offence catalogue per municipality and period (ABP articles and the royal decree of 9 March
//   2014: stopping and parking in two categories, road signs C3 and F103 found by cameras).
// - `gas_amount`: the fixed amount per category and period.
// - `gas_import`: every file read (findings, vehicle-registration answers, bank statements) by its sha256, so a
//   repeated file is recognised.
// - `gas_finding`: one finding and where its procedure stands (the steps themselves in `gas_finding_step`); the
//   columns the analysis groups by (local hour, weekday, wijk) are stored with it.
// - `gas_holder`: the vehicle's holder as the vehicle registration service answered: the only personal data, so
//   erasing it is one place.
// - `gas_letter_batch`: one file per batch for the post room.
// - `gas_payment`: bank statement entries (CAMT.053), matched by structured communication.
// - `gas_agreement`: a municipality that entrusted its GAS handling to an association (GASAM), dated.
// - `gas_sequence`: the counter behind structured communications, per municipality.
// - `enforcement_plan` / `enforcement_plan_signatory`: the enforcement plan signed by police, prosecutor and city.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('gas_article')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('regulation', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('label_nl', 'text', (c) => c.notNull())
    .addColumn('label_fr', 'text', (c) => c.notNull())
    .addColumn('mixed', 'integer', (c) => c.notNull())
    .addColumn('mediation', 'integer', (c) => c.notNull())
    .addColumn('finders_json', 'text', (c) => c.notNull())
    .addColumn('prescription_months', 'integer', (c) => c.notNull())
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('gas_article_code')
    .on('gas_article')
    .columns(['municipality_id', 'code', 'valid_from'])
    .unique()
    .execute();

  await db.schema
    .createTable('gas_amount')
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text')
    .addColumn('amount_cents', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('gas_amount_pk', ['municipality_id', 'category', 'valid_from'])
    .execute();

  await db.schema
    .createTable('gas_import')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('file_sha256', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('rows_total', 'integer', (c) => c.notNull())
    .addColumn('imported', 'integer', (c) => c.notNull())
    .addColumn('duplicates', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('gas_import_file')
    .on('gas_import')
    .columns(['municipality_id', 'kind', 'file_sha256'])
    .unique()
    .execute();

  await db.schema
    .createTable('gas_holder')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('plate', 'text', (c) => c.notNull())
    .addColumn('plate_country', 'text', (c) => c.notNull())
    .addColumn('full_name', 'text')
    .addColumn('address_line', 'text')
    .addColumn('postal_code', 'text')
    .addColumn('city', 'text')
    .addColumn('country', 'text')
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('import_id', 'text', (c) => c.references('gas_import.id'))
    .addColumn('erased_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('gas_holder_plate')
    .on('gas_holder')
    .columns(['municipality_id', 'plate_country', 'plate'])
    .execute();

  await db.schema
    .createTable('gas_letter_batch')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('letters', 'integer', (c) => c.notNull())
    .addColumn('docx_file_id', 'text')
    .addColumn('pdf_file_id', 'text')
    .addColumn('created_on', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('gas_letter_batch_municipality')
    .on('gas_letter_batch')
    .columns(['municipality_id', 'created_on'])
    .execute();

  await db.schema
    .createTable('gas_finding')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('observed_at', 'text', (c) => c.notNull())
    .addColumn('observed_on', 'text', (c) => c.notNull())
    .addColumn('observed_hour', 'integer', (c) => c.notNull())
    .addColumn('observed_weekday', 'integer', (c) => c.notNull())
    .addColumn('article_id', 'text', (c) => c.notNull().references('gas_article.id'))
    .addColumn('article_code', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('plate', 'text')
    .addColumn('plate_country', 'text')
    .addColumn('street', 'text')
    .addColumn('house_number', 'text')
    .addColumn('lat', 'double precision')
    .addColumn('lon', 'double precision')
    .addColumn('wijk_code', 'text')
    .addColumn('observer', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('photos', 'integer', (c) => c.notNull())
    .addColumn('import_id', 'text', (c) => c.references('gas_import.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('amount_cents', 'integer')
    .addColumn('structured_communication', 'text', (c) => c.notNull())
    .addColumn('prescription_on', 'text', (c) => c.notNull())
    .addColumn('holder_id', 'text', (c) => c.references('gas_holder.id'))
    .addColumn('notified_on', 'text')
    .addColumn('notification_batch_id', 'text', (c) => c.references('gas_letter_batch.id'))
    .addColumn('defence_until', 'text')
    .addColumn('decision', 'text')
    .addColumn('decided_on', 'text')
    .addColumn('paid_cents', 'integer', (c) => c.notNull())
    .addColumn('paid_on', 'text')
    .addColumn('reminder_on', 'text')
    .addColumn('appeal_on', 'text')
    .addColumn('appeal_outcome', 'text')
    .addColumn('closed_on', 'text')
    .addColumn('close_reason', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('gas_finding_reference')
    .on('gas_finding')
    .columns(['municipality_id', 'reference'])
    .unique()
    .execute();
  await db.schema
    .createIndex('gas_finding_communication')
    .on('gas_finding')
    .columns(['municipality_id', 'structured_communication'])
    .unique()
    .execute();
  await db.schema
    .createIndex('gas_finding_status')
    .on('gas_finding')
    .columns(['municipality_id', 'status', 'observed_on'])
    .execute();
  await db.schema
    .createIndex('gas_finding_observed')
    .on('gas_finding')
    .columns(['municipality_id', 'observed_on'])
    .execute();

  await db.schema
    .createTable('gas_finding_step')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('finding_id', 'text', (c) => c.notNull().references('gas_finding.id'))
    .addColumn('step_key', 'text', (c) => c.notNull())
    .addColumn('done_on', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text')
    .addColumn('batch_id', 'text')
    .addColumn('note', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('gas_finding_step_finding')
    .on('gas_finding_step')
    .columns(['municipality_id', 'finding_id', 'done_on'])
    .execute();

  await db.schema
    .createTable('gas_payment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('import_id', 'text', (c) => c.references('gas_import.id'))
    .addColumn('entry_reference', 'text', (c) => c.notNull())
    .addColumn('booked_on', 'text', (c) => c.notNull())
    .addColumn('amount_cents', 'integer', (c) => c.notNull())
    .addColumn('structured_communication', 'text')
    .addColumn('communication', 'text')
    .addColumn('finding_id', 'text', (c) => c.references('gas_finding.id'))
    .addColumn('match', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('gas_payment_entry')
    .on('gas_payment')
    .columns(['municipality_id', 'entry_reference'])
    .unique()
    .execute();
  await db.schema
    .createIndex('gas_payment_finding')
    .on('gas_payment')
    .columns(['municipality_id', 'finding_id'])
    .execute();

  await db.schema
    .createTable('gas_agreement')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // The association (GASAM) that handles the cases: its own tenant row.
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('member_municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text')
    .addColumn('signed_on', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('gas_agreement_member')
    .on('gas_agreement')
    .columns(['municipality_id', 'member_municipality_id', 'valid_from'])
    .unique()
    .execute();

  await db.schema
    .createTable('gas_sequence')
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('next_value', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('gas_sequence_pk', ['municipality_id', 'year'])
    .execute();

  await db.schema
    .createTable('enforcement_plan')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text')
    .addColumn('file_id', 'text')
    .addColumn('summary', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('enforcement_plan_municipality')
    .on('enforcement_plan')
    .columns(['municipality_id', 'valid_from'])
    .execute();

  await db.schema
    .createTable('enforcement_plan_signatory')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('plan_id', 'text', (c) => c.notNull().references('enforcement_plan.id'))
    .addColumn('party', 'text', (c) => c.notNull())
    .addColumn('signed_by', 'text', (c) => c.notNull())
    .addColumn('signed_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('enforcement_plan_signatory_plan')
    .on('enforcement_plan_signatory')
    .columns(['municipality_id', 'plan_id', 'party'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'enforcement_plan_signatory',
    'enforcement_plan',
    'gas_sequence',
    'gas_agreement',
    'gas_payment',
    'gas_finding_step',
    'gas_finding',
    'gas_letter_batch',
    'gas_holder',
    'gas_import',
    'gas_amount',
    'gas_article',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}

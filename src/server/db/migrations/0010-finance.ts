import type { Kysely } from 'kysely';

// Money and decisions: the conventions' schemes per plan version and year, funded staff, expenses, the city's
// multi-year plan lines, the decision path (college → council → ministry), partners and agreements, the calendar's
// feed tokens and the reminders sent. Amounts in euro cents, FTE in hundredths: integers on both databases.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('finance_scheme')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('plan_version_id', 'text', (c) => c.notNull().references('plan_version.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('amount_cents', 'integer', (c) => c.notNull())
    .addColumn('fte_hundredths', 'integer')
    .addColumn('stated_wage_cents', 'integer')
    .addColumn('stated_equipment_cents', 'integer')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('finance_scheme_unique', ['municipality_id', 'plan_version_id', 'year', 'name'])
    .execute();
  await db.schema
    .createTable('funded_staff')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('scheme_id', 'text', (c) => c.notNull().references('finance_scheme.id'))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('regime_numerator', 'integer', (c) => c.notNull())
    .addColumn('regime_denominator', 'integer', (c) => c.notNull())
    .addColumn('start_on', 'text', (c) => c.notNull())
    .addColumn('end_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('expense')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('scheme_id', 'text', (c) => c.notNull().references('finance_scheme.id'))
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('spent_on', 'text', (c) => c.notNull())
    .addColumn('amount_cents', 'integer', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('staff_id', 'text')
    .addColumn('objective_lineage_id', 'text')
    .addColumn('file_ids_json', 'text', (c) => c.notNull())
    .addColumn('over_cap', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('expense_scheme')
    .on('expense')
    .columns(['municipality_id', 'scheme_id', 'category'])
    .execute();
  await db.schema
    .createTable('budget_line')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('budget_cents', 'integer', (c) => c.notNull())
    .addColumn('council_estimate_cents', 'integer')
    .addColumn('scheme_names_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('budget_line_unique', ['municipality_id', 'year', 'code'])
    .execute();
  await db.schema
    .createTable('decision_step')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_key', 'text', (c) => c.notNull())
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('decided_on', 'text', (c) => c.notNull())
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('file_id', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('decision_step_unique', ['municipality_id', 'subject_kind', 'subject_key', 'step'])
    .execute();
  await db.schema
    .createTable('partner')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('partner_unique', ['municipality_id', 'name'])
    .execute();
  await db.schema
    .createTable('agreement')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('partner_id', 'text', (c) => c.notNull().references('partner.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('objectives_json', 'text', (c) => c.notNull())
    .addColumn('rhythm', 'text', (c) => c.notNull())
    .addColumn('signed_on', 'text', (c) => c.notNull())
    .addColumn('end_on', 'text')
    .addColumn('objective_lineage_id', 'text')
    .addColumn('file_ids_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('agreement_review')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('agreement_id', 'text', (c) => c.notNull().references('agreement.id'))
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('reviewed_on', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('agreement_review_unique', ['municipality_id', 'agreement_id', 'due_on'])
    .execute();
  await db.schema
    .createTable('calendar_feed')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema
    .createTable('deadline_reminder')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('deadline_id', 'text', (c) => c.notNull())
    .addColumn('due', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('mail_id', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('deadline_reminder_unique', ['municipality_id', 'deadline_id', 'due', 'kind', 'recipient'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'deadline_reminder',
    'calendar_feed',
    'agreement_review',
    'agreement',
    'partner',
    'decision_step',
    'budget_line',
    'expense',
    'funded_staff',
    'finance_scheme',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}

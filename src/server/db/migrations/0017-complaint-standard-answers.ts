import type { Kysely } from 'kysely';

// Standard answers of the nuisance desk (like Signalen's standard texts): per municipality, for one category or for
// every category (category null), with placeholders {reference}, {category} and {date} filled when picked.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('complaint_standard_answer')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality_id', 'text', (c) => c.notNull().references('municipality.id'))
    .addColumn('category', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('complaint_standard_answer_municipality')
    .on('complaint_standard_answer')
    .columns(['municipality_id', 'category', 'title'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('complaint_standard_answer').execute();
}

import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import type { Database } from '../../db/schema.js';

/** `%text%` for LIKE with the wildcards of the text escaped (escape character `\`). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Case-insensitive "contains" that reads the same on SQLite and PostgreSQL: both sides lowered by the database
 * (SQLite's lower() folds ASCII only, PostgreSQL's every letter; a pattern and a column are always folded alike).
 */
function contains(column: string, pattern: string): Expression<SqlBool> {
  return sql<SqlBool>`lower(${sql.ref(column)}) like lower(${pattern}) escape '\\'`;
}

/** The search box's SQL: LIKE-based, one municipality, a limit per kind. Callers decide who may search what. */
export class SearchRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async planElements(municipalityId: string, versionId: string, pattern: string, limit: number) {
    const [sections, objectives, indicators] = await Promise.all([
      this.db
        .selectFrom('plan_section')
        .select(['id', 'number', 'title'])
        .where('municipality_id', '=', municipalityId)
        .where('plan_version_id', '=', versionId)
        .where((eb) => eb.or([contains('title', pattern), contains('number', pattern)]))
        .orderBy('position')
        .limit(limit)
        .execute(),
      this.db
        .selectFrom('plan_objective')
        .select(['id', 'number', 'title', 'level'])
        .where('municipality_id', '=', municipalityId)
        .where('plan_version_id', '=', versionId)
        .where((eb) => eb.or([contains('title', pattern), contains('number', pattern)]))
        .orderBy('number')
        .limit(limit)
        .execute(),
      this.db
        .selectFrom('indicator as i')
        .innerJoin('plan_objective as o', (join) =>
          join.onRef('o.id', '=', 'i.objective_id').onRef('o.municipality_id', '=', 'i.municipality_id'),
        )
        .select(['i.id', 'i.text', 'o.number'])
        .where('i.municipality_id', '=', municipalityId)
        .where('i.plan_version_id', '=', versionId)
        .where(contains('i.text', pattern))
        .orderBy('o.number')
        .orderBy('i.position')
        .limit(limit)
        .execute(),
    ]);
    return { sections, objectives, indicators };
  }

  /**
   * Registrations whose title or stored values contain the text (the caller checks the match is in a value, not a key).
   */
  registrations(municipalityId: string, pattern: string, limit: number) {
    return this.db
      .selectFrom('registration')
      .select(['id', 'type_key', 'occurred_on', 'title', 'values_json'])
      .where('municipality_id', '=', municipalityId)
      .where('deleted_at', 'is', null)
      .where((eb) => eb.or([contains('title', pattern), contains('values_json', pattern)]))
      .orderBy('occurred_on', 'desc')
      .orderBy('id')
      .limit(limit)
      .execute();
  }

  complaints(municipalityId: string, pattern: string, limit: number) {
    return this.db
      .selectFrom('complaint')
      .select(['id', 'reference', 'category', 'status', 'street'])
      .where('municipality_id', '=', municipalityId)
      .where((eb) =>
        eb.or([contains('reference', pattern), contains('street', pattern), contains('description', pattern)]),
      )
      .orderBy('received_at', 'desc')
      .orderBy('id')
      .limit(limit)
      .execute();
  }

  casesByReference(municipalityId: string, pattern: string, limit: number) {
    return this.db
      .selectFrom('case_file')
      .select(['id', 'reference', 'type_key', 'owner_user_id', 'closed_on'])
      .where('municipality_id', '=', municipalityId)
      .where(contains('reference', pattern))
      .orderBy('opened_on', 'desc')
      .orderBy('id')
      .limit(limit)
      .execute();
  }

  /** Cases with a (not erased) person whose name contains the text, with that person. */
  casesByPersonName(municipalityId: string, pattern: string, limit: number) {
    return this.db
      .selectFrom('case_person as p')
      .innerJoin('case_file as c', (join) =>
        join.onRef('c.id', '=', 'p.case_id').onRef('c.municipality_id', '=', 'p.municipality_id'),
      )
      .select(['c.id', 'c.reference', 'c.type_key', 'c.owner_user_id', 'c.closed_on'])
      .select(['p.id as person_id', 'p.full_name'])
      .where('p.municipality_id', '=', municipalityId)
      .where('p.erased_at', 'is', null)
      .where('p.full_name', 'is not', null)
      .where(contains('p.full_name', pattern))
      .orderBy('c.opened_on', 'desc')
      .orderBy('p.id')
      .limit(limit)
      .execute();
  }

  partners(municipalityId: string, pattern: string, limit: number) {
    return this.db
      .selectFrom('partner')
      .select(['id', 'name', 'kind'])
      .where('municipality_id', '=', municipalityId)
      .where(contains('name', pattern))
      .orderBy('name')
      .limit(limit)
      .execute();
  }
}

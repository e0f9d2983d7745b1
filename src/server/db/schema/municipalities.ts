import type { ColumnType } from 'kysely';

/** Municipalities (features/municipalities). Part of `Database` (../schema.ts). */

/**
 * The database as Kysely sees it. Portable types only: text ids (UUIDs), ISO-8601 UTC timestamps as text,
 * JSON as text, booleans as 0/1 integers — identical on SQLite and PostgreSQL.
 */
export interface MunicipalityTable {
  id: string;
  /** The tenant column: for a municipality row it is its own id. */
  municipality_id: string;
  slug: string;
  name: string;
  created_at: string;
  /** IANA time zone of its calendar (default Europe/Brussels); optional on insert. */
  time_zone: ColumnType<string, string | undefined, string>;
  /**
   * 'municipality' | 'association' (an inter-municipal association such as GASAM, migration 0023); optional on insert.
   */
  kind: ColumnType<string, string | undefined, string>;
}

export interface MunicipalitiesTables {
  municipality: MunicipalityTable;
}

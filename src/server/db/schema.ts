
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
}

export interface UserTable {
  id: string;
  municipality_id: string;
  email: string;
  display_name: string;
  role: string;
  locale: string;
  password_hash: string;
  active: number;
  created_at: string;
  updated_at: string;
  last_login_at: string | null;
}

export interface SessionTable {
  /** sha256 of the cookie token: a leaked table does not leak sessions. */
  id: string;
  municipality_id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

export interface AuditLogTable {
  municipality_id: string;
  /** 1, 2, 3 … per municipality, without gaps. */
  seq: number;
  at: string;
  actor_user_id: string | null;
  actor_email: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before_json: string | null;
  after_json: string | null;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  municipality_id: string;
  seq: number;
  hash: string;
}

export interface Database {
  municipality: MunicipalityTable;
  app_user: UserTable;
  session: SessionTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
}


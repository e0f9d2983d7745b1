/**
 * The audit trail (features/audit): the hash-chained log and its head per municipality. Part of `Database`
 * (../schema.ts).
 */

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

export interface AuditTables {
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
}

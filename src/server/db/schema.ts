import type { ColumnType } from 'kysely';
import type { BarometerTables } from './schema/barometer.js';
import type { CaseTables } from './schema/cases.js';
import type { ComplaintTables } from './schema/complaints.js';
import type { FinanceTables } from './schema/finance.js';
import type { GuardTables } from './schema/guards.js';
import type { SharedLimitTables } from './schema/shared-limits.js';
import type { SubjectTables } from './schema/subjects.js';

export type * from './schema/barometer.js';
export type * from './schema/subjects.js';
export type * from './schema/cases.js';
export type * from './schema/complaints.js';
export type * from './schema/finance.js';
export type * from './schema/guards.js';

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

export interface PlanVersionTable {
  id: string;
  municipality_id: string;
  version_no: number;
  label: string;
  language: string;
  municipality_name: string | null;
  period_start: string | null;
  period_end: string | null;
  /** 'draft' while a coordinator reviews the import, then 'confirmed'. */
  status: string;
  source_filename: string;
  source_sha256: string;
  warnings_json: string;
  funding_json: string;
  previous_version_id: string | null;
  created_at: string;
  created_by: string | null;
  confirmed_at: string | null;
  confirmed_by: string | null;
}

export interface PlanSectionTable {
  id: string;
  municipality_id: string;
  plan_version_id: string;
  number: string;
  title: string;
  kind: string;
  description: string | null;
  position: number;
}

export interface ActionProgrammeTable {
  id: string;
  municipality_id: string;
  plan_version_id: string;
  name: string;
  section_numbers_json: string;
  position: number;
}

export interface PlanObjectiveTable {
  id: string;
  municipality_id: string;
  plan_version_id: string;
  section_id: string;
  /** The strategic objective of an operational one; null otherwise. */
  parent_id: string | null;
  level: string;
  number: string;
  title: string;
  position: number;
  lineage_id: string;
  owner: string | null;
  partners_json: string;
}

export interface PlanResultTable {
  id: string;
  municipality_id: string;
  plan_version_id: string;
  objective_id: string;
  text: string;
  position: number;
}

export interface IndicatorTable {
  id: string;
  municipality_id: string;
  plan_version_id: string;
  objective_id: string;
  lineage_id: string;
  text: string;
  targets_json: string;
  /** 1 once a person corrected the parsed targets. */
  targets_edited: number;
  position: number;
}

export interface RegisterTypeTable {
  id: string;
  municipality_id: string;
  key: string;
  definition_json: string;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface RegistrationTable {
  /** Made by the client (a phone offline too): a replayed sync finds the same id. */
  id: string;
  municipality_id: string;
  type_key: string;
  occurred_on: string;
  occurred_until: string | null;
  /** Denormalised from the fields with a role, for indicator queries and rollups. */
  category: string | null;
  status: string | null;
  quantity: number | null;
  hours: number | null;
  title: string | null;
  wijk_code: string | null;
  lat: number | null;
  lon: number | null;
  address: string | null;
  values_json: string;
  source: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  /** The subject it counts for (src/shared/subjects); null (or left out) when it names none. */
  subject_id?: string | null;
}

/** Per municipality × type × category × status × wijk × day: count and sums, kept in step with every write. */
export interface RegistrationRollupTable {
  municipality_id: string;
  type_key: string;
  category: string;
  status: string;
  wijk_code: string;
  day: string;
  n: number;
  quantity: number;
  hours: number;
}

/** The same without the wijk: what the indicators read. */
export type RegistrationDailyTable = Omit<RegistrationRollupTable, 'wijk_code'>;

export interface IndicatorLinkTable {
  id: string;
  municipality_id: string;
  /** Keyed by lineage so a link survives into the next plan version. */
  indicator_lineage_id: string;
  mode: string;
  query_json: string | null;
  /** 'proposed' by svpp from the text, 'confirmed' by a person. */
  state: string;
  reason: string | null;
  updated_by: string | null;
  updated_at: string;
  /** Why a manual indicator stays manual (qualitative, external, judgment); optional on insert. */
  manual_reason?: string | null;
}

export interface IndicatorValueTable {
  id: string;
  municipality_id: string;
  indicator_lineage_id: string;
  period_start: string;
  period_end: string;
  value: number;
  comment: string | null;
  evidence: string | null;
  entered_by: string | null;
  entered_at: string;
}

export interface EvaluationTable {
  id: string;
  municipality_id: string;
  objective_lineage_id: string;
  year: number;
  done_text: string;
  bottlenecks_text: string;
  adjustments_text: string;
  status: string;
  computed_status: string;
  updated_by: string | null;
  updated_at: string;
}

export interface StoredFileTable {
  id: string;
  municipality_id: string;
  name: string;
  content_type: string;
  size: number;
  sha256: string;
  created_by: string | null;
  created_at: string;
}

/** Mail waiting to be sent (or sent): see features/mail. */
export interface MailOutboxTable {
  id: string;
  municipality_id: string;
  /** What caused it, e.g. `complaint.answer`, `deadline.reminder`. */
  kind: string;
  entity_id: string | null;
  recipient: string;
  subject: string;
  body_text: string;
  body_html: string | null;
  /** [{filename, contentType, contentBase64}] */
  attachments_json: string | null;
  /** pending | sent | failed (gave up after the last attempt) */
  status: string;
  attempts: number;
  last_error: string | null;
  next_attempt_at: string;
  created_at: string;
  sent_at: string | null;
}

/** Every table: the foundation, plans, monitoring, files and mail here; each later feature's tables in schema/. */
export interface Database
  extends SubjectTables, SharedLimitTables, GuardTables, CaseTables, BarometerTables, ComplaintTables, FinanceTables {
  mail_outbox: MailOutboxTable;
  municipality: MunicipalityTable;
  app_user: UserTable;
  session: SessionTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  plan_version: PlanVersionTable;
  plan_section: PlanSectionTable;
  action_programme: ActionProgrammeTable;
  plan_objective: PlanObjectiveTable;
  plan_result: PlanResultTable;
  indicator: IndicatorTable;
  register_type: RegisterTypeTable;
  registration: RegistrationTable;
  registration_rollup: RegistrationRollupTable;
  registration_daily: RegistrationDailyTable;
  indicator_link: IndicatorLinkTable;
  indicator_value: IndicatorValueTable;
  evaluation: EvaluationTable;
  stored_file: StoredFileTable;
}

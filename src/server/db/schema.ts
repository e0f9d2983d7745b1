
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

/** Community guards (features/guards): the vaststeller flag per guard. */
export interface GuardProfileTable {
  user_id: string;
  municipality_id: string;
  vaststeller: number;
  updated_by: string | null;
  updated_at: string;
}

/** A guard's shift: the id is made on the phone (offline), `ended_at` null while it runs. */
export interface GuardShiftTable {
  id: string;
  municipality_id: string;
  user_id: string;
  started_at: string;
  ended_at: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

/** The day's briefing written by the coordinator, read by the guards before their rounds. */
export interface GuardBriefingTable {
  id: string;
  municipality_id: string;
  /** YYYY-MM-DD */
  day: string;
  notes: string;
  focus_places_json: string;
  events_json: string;
  updated_by: string | null;
  updated_at: string;
}

/** The follow-up of a melding (a `guard_report` registration) by the city service. */
export interface GuardMeldingFollowupTable {
  registration_id: string;
  municipality_id: string;
  /** sent | in_progress | resolved | rejected */
  status: string;
  note: string | null;
  updated_by: string | null;
  updated_at: string;
}

/** The register of violence against guards: restricted to coordinators, admins and the guard concerned. */
export interface ViolenceIncidentTable {
  id: string;
  municipality_id: string;
  guard_user_id: string;
  occurred_at: string;
  kind: string;
  wijk_code: string | null;
  lat: number | null;
  lon: number | null;
  address: string | null;
  injuries: string;
  police_report_number: string | null;
  description: string;
  follow_up_status: string;
  follow_up_notes: string | null;
  steps_done_json: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

/** A case (GAS, NERO, mediation, street-corner work, advice): no names here, those live in `case_person`. */
export interface CaseFileTable {
  id: string;
  municipality_id: string;
  type_key: string;
  /** Human reference such as NERO-2020-004: a pseudonym, never a name. */
  reference: string;
  owner_user_id: string | null;
  wijk_code: string | null;
  opened_on: string;
  closed_on: string | null;
  close_outcome: string | null;
  /** Anonymised description for qualitative indicators: written without names. */
  summary: string | null;
  /** The linked `advice_visit` registration of an advice case. */
  registration_id: string | null;
  personal_erased_at: string | null;
  created_at: string;
  updated_at: string;
}

/** A person in a case: the only table with names, so erasure is one place. */
export interface CasePersonTable {
  id: string;
  municipality_id: string;
  case_id: string;
  role: string;
  /** 0, 1, … within the case and role: the pseudonym is the role and this number plus one. */
  position: number;
  full_name: string | null;
  birth_date: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  erased_at: string | null;
  created_at: string;
}

export interface CaseStepTable {
  id: string;
  municipality_id: string;
  case_id: string;
  step_key: string;
  done_on: string;
  outcome: string | null;
  hours: number | null;
  /** {choiceKey: optionKey} as JSON: no personal data. */
  choices_json: string;
  /** Free text: may name people, so it is erased with the persons. */
  note: string | null;
  created_by: string | null;
  created_at: string;
}

export interface CaseDocumentTable {
  municipality_id: string;
  case_id: string;
  file_id: string;
  added_by: string | null;
  added_at: string;
}

export interface VolunteerTable {
  id: string;
  municipality_id: string;
  full_name: string;
  started_on: string;
  ended_on: string | null;
  trained_on: string | null;
  created_at: string;
  updated_at: string;
}

export interface VolunteerIntervisionTable {
  municipality_id: string;
  volunteer_id: string;
  /** YYYY-MM */
  month: string;
  attended: number;
}

export interface CaseVolunteerTable {
  municipality_id: string;
  case_id: string;
  volunteer_id: string;
}

/** One nuisance event counted by the barometer (features/barometer): a complaint, a guard's melding or a police record. */
export interface NuisanceEventTable {
  id: string;
  municipality_id: string;
  /** complaint | guard_report | police */
  source: string;
  source_id: string;
  category: string;
  wijk_code: string | null;
  /** Street-level detail: shown only to roles that may see it. */
  street: string | null;
  occurred_at: string;
  /** Local (Europe/Brussels) day YYYY-MM-DD, hour 0–23, ISO weekday 1–7. */
  day: string;
  hour: number;
  weekday: number;
  updated_at: string;
}

/** Nuisance events per day × source × category × wijk ('' = none), kept in the writing transaction. */
export interface NuisanceDailyTable {
  municipality_id: string;
  day: string;
  source: string;
  category: string;
  wijk_code: string;
  n: number;
}

/** Nuisance events per day × source × category × hour (weekday follows the day): the heat map. */
export interface NuisanceHourlyTable {
  municipality_id: string;
  day: string;
  source: string;
  category: string;
  hour: number;
  weekday: number;
  n: number;
}

/** Nuisance events per month (YYYY-MM) × source × category × wijk ('' = none): whole months of the map and trends. */
export interface NuisanceMonthlyTable {
  municipality_id: string;
  month: string;
  source: string;
  category: string;
  wijk_code: string;
  n: number;
}

/** Nuisance events per month × source × category × weekday × hour: whole months of the heat map. */
export interface NuisanceMonthlyHourlyTable {
  municipality_id: string;
  month: string;
  source: string;
  category: string;
  weekday: number;
  hour: number;
  n: number;
}

/** An imported police file. */
export interface NuisanceImportTable {
  id: string;
  municipality_id: string;
  file_name: string;
  row_count: number;
  imported_by: string | null;
  imported_at: string;
}

/** A service or partner the nuisance desk assigns complaints to (a small list the municipality manages). */
export interface ComplaintServiceTable {
  id: string;
  municipality_id: string;
  name: string;
  email: string | null;
  active: number;
  created_at: string;
  updated_at: string;
}

/** Response days per nuisance category (default in code when absent). */
export interface ComplaintSettingTable {
  municipality_id: string;
  category: string;
  response_days: number;
  updated_at: string;
}

/** A nuisance complaint (overlastloket); contact_* is the citizen's personal data. */
export interface ComplaintTable {
  id: string;
  municipality_id: string;
  /** Shown to the citizen, e.g. OV-2020-7KQ4M; unique per municipality. */
  reference: string;
  /** sha256 of the citizen's access code: with the reference it opens the public status page. */
  access_code_hash: string;
  /** web | desk */
  channel: string;
  /** The citizen's language (mails are written in it). */
  locale: string;
  category: string;
  /** new | assigned | in_progress | answered | closed */
  status: string;
  occurred_at: string;
  received_at: string;
  due_on: string;
  wijk_code: string | null;
  lat: number | null;
  lon: number | null;
  address: string | null;
  street: string | null;
  description: string;
  contact_name: string | null;
  contact_email: string | null;
  service_id: string | null;
  answer_text: string | null;
  answered_at: string | null;
  closed_at: string | null;
  /** Set on a duplicate: the complaint it was merged into. */
  merged_into_id: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

/** Internal notes on a complaint: never shown to the citizen. */
export interface ComplaintNoteTable {
  id: string;
  municipality_id: string;
  complaint_id: string;
  text: string;
  created_by: string | null;
  created_by_email: string | null;
  created_at: string;
}

export interface ComplaintAttachmentTable {
  municipality_id: string;
  complaint_id: string;
  file_id: string;
  added_at: string;
}

/** A police–prevention consultation: agenda snapshot, minutes, and (when final) its meeting registration. */
export interface ConsultationTable {
  id: string;
  municipality_id: string;
  held_on: string;
  title: string;
  period_from: string;
  period_to: string;
  agenda_json: string;
  attendees: string;
  minutes_text: string;
  /** draft | final */
  status: string;
  finalized_at: string | null;
  registration_id: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface ConsultationActionTable {
  id: string;
  municipality_id: string;
  consultation_id: string;
  position: number;
  description: string;
  owner: string;
  due_on: string;
  done: number;
  done_at: string | null;
  updated_at: string;
}

/** A scheme of a convention for one plan version and year (the plan's own subsidy, a community-guard contingent). */
export interface FinanceSchemeTable {
  id: string;
  municipality_id: string;
  plan_version_id: string;
  year: number;
  name: string;
  /** 'plan' (no contingent) or 'guards' (wage subsidy per FTE and an equipment cap). */
  kind: string;
  amount_cents: number;
  fte_hundredths: number | null;
  stated_wage_cents: number | null;
  stated_equipment_cents: number | null;
  position: number;
  created_at: string;
}

/** A person funded by a scheme (synthetic label only), with their work regime and time in service. */
export interface FundedStaffTable {
  id: string;
  municipality_id: string;
  scheme_id: string;
  label: string;
  regime_numerator: number;
  regime_denominator: number;
  start_on: string;
  end_on: string | null;
  created_at: string;
}

export interface ExpenseTable {
  id: string;
  municipality_id: string;
  scheme_id: string;
  /** wages | equipment | training | operating */
  category: string;
  spent_on: string;
  amount_cents: number;
  description: string;
  staff_id: string | null;
  objective_lineage_id: string | null;
  file_ids_json: string;
  /** 1 when a person confirmed it past the scheme's cap (the excess is the city's own cost). */
  over_cap: number;
  created_by: string | null;
  created_at: string;
}

/** A line of the city's multi-year plan (MJP number) that holds subsidy of one or more schemes. */
export interface BudgetLineTable {
  id: string;
  municipality_id: string;
  year: number;
  code: string;
  label: string;
  budget_cents: number;
  council_estimate_cents: number | null;
  scheme_names_json: string;
  created_at: string;
}

/** One dated step of a plan version's or yearly report's path: college referral, council approval, ministry submission. */
export interface DecisionStepTable {
  id: string;
  municipality_id: string;
  /** 'plan_version' (key: its id) or 'report' (key: `<kind>:<year>`). */
  subject_kind: string;
  subject_key: string;
  step: string;
  decided_on: string;
  reference: string;
  file_id: string | null;
  created_by: string | null;
  created_at: string;
}

export interface PartnerTable {
  id: string;
  municipality_id: string;
  name: string;
  kind: string;
  created_at: string;
}

export interface AgreementTable {
  id: string;
  municipality_id: string;
  partner_id: string;
  title: string;
  objectives_json: string;
  /** quarterly | half_yearly | yearly */
  rhythm: string;
  signed_on: string;
  end_on: string | null;
  objective_lineage_id: string | null;
  file_ids_json: string;
  created_at: string;
}

export interface AgreementReviewTable {
  id: string;
  municipality_id: string;
  agreement_id: string;
  due_on: string;
  reviewed_on: string;
  notes: string;
  created_at: string;
}

/** A user's secret calendar feed: only the sha256 of the token is kept. */
export interface CalendarFeedTable {
  id: string;
  municipality_id: string;
  user_id: string;
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
}

/** A reminder sent for a deadline (kind 'before' or 'overdue'), so each goes out once. */
export interface DeadlineReminderTable {
  id: string;
  municipality_id: string;
  deadline_id: string;
  due: string;
  kind: string;
  recipient: string;
  mail_id: string;
  sent_at: string;
}

export interface Database {
  finance_scheme: FinanceSchemeTable;
  funded_staff: FundedStaffTable;
  expense: ExpenseTable;
  budget_line: BudgetLineTable;
  decision_step: DecisionStepTable;
  partner: PartnerTable;
  agreement: AgreementTable;
  agreement_review: AgreementReviewTable;
  calendar_feed: CalendarFeedTable;
  deadline_reminder: DeadlineReminderTable;
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
  nuisance_event: NuisanceEventTable;
  nuisance_daily: NuisanceDailyTable;
  nuisance_hourly: NuisanceHourlyTable;
  nuisance_monthly: NuisanceMonthlyTable;
  nuisance_monthly_hourly: NuisanceMonthlyHourlyTable;
  nuisance_import: NuisanceImportTable;
  guard_profile: GuardProfileTable;
  guard_shift: GuardShiftTable;
  guard_briefing: GuardBriefingTable;
  guard_melding_followup: GuardMeldingFollowupTable;
  violence_incident: ViolenceIncidentTable;
  case_file: CaseFileTable;
  case_person: CasePersonTable;
  case_step: CaseStepTable;
  case_document: CaseDocumentTable;
  volunteer: VolunteerTable;
  volunteer_intervision: VolunteerIntervisionTable;
  case_volunteer: CaseVolunteerTable;
  complaint_service: ComplaintServiceTable;
  complaint_setting: ComplaintSettingTable;
  complaint: ComplaintTable;
  complaint_note: ComplaintNoteTable;
  complaint_attachment: ComplaintAttachmentTable;
  consultation: ConsultationTable;
  consultation_action: ConsultationActionTable;
}


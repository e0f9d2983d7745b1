/**
 * Case work (features/cases): cases, the people in them (the only names), steps, documents, volunteers. Part of
 * `Database` (../schema.ts).
 */

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

interface CaseDocumentTable {
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

interface CaseVolunteerTable {
  municipality_id: string;
  case_id: string;
  volunteer_id: string;
}

export interface CasesTables {
  case_file: CaseFileTable;
  case_person: CasePersonTable;
  case_step: CaseStepTable;
  case_document: CaseDocumentTable;
  volunteer: VolunteerTable;
  volunteer_intervision: VolunteerIntervisionTable;
  case_volunteer: CaseVolunteerTable;
}

/**
 * The nuisance desk (features/complaints): services, settings, complaints, notes, attachments. Part of `Database`
 * (../schema.ts).
 */

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
interface ComplaintSettingTable {
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

interface ComplaintAttachmentTable {
  municipality_id: string;
  complaint_id: string;
  file_id: string;
  added_at: string;
}

/** A standard answer (migration 0017): for one category, or every category when `category` is null. */
export interface ComplaintStandardAnswerTable {
  id: string;
  municipality_id: string;
  category: string | null;
  title: string;
  /** The text with placeholders {reference}, {category}, {date} (src/shared/complaints/standard-answers.ts). */
  body: string;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface ComplaintsTables {
  complaint_service: ComplaintServiceTable;
  complaint_setting: ComplaintSettingTable;
  complaint: ComplaintTable;
  complaint_note: ComplaintNoteTable;
  complaint_attachment: ComplaintAttachmentTable;
  complaint_standard_answer: ComplaintStandardAnswerTable;
}

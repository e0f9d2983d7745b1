import type { RegistrationDailyTable } from '../schema.js';

/** What an indicator counts: one subject per body, document kind, activity, guard task, pool, adviser or report. */
export interface SubjectTable {
  id: string;
  municipality_id: string;
  type_key: string;
  kind: string;
  /** Stable per municipality: section, register and the folded words it was read from (`5.meeting.overlegplatform-…`). */
  key: string;
  name: string;
  section_number: string | null;
  category: string | null;
  report_kind: string | null;
  plan_version_id: string | null;
  /** 'proposed' by the plan import, 'confirmed' by a coordinator. */
  state: string;
  active: number;
  merged_into_id: string | null;
  created_at: string;
  updated_at: string;
}

/** The daily rollup per subject: what subject-bound indicators read. */
export type RegistrationSubjectDailyTable = RegistrationDailyTable & { subject_id: string };

/** A person's acceptance of a flagged indicator, for one fingerprint of the situation. */
export interface IndicatorReviewTable {
  municipality_id: string;
  indicator_lineage_id: string;
  flag: string;
  fingerprint: string;
  comment: string;
  accepted_by: string | null;
  accepted_at: string;
}

export interface SubjectTables {
  subject: SubjectTable;
  registration_subject_daily: RegistrationSubjectDailyTable;
  indicator_review: IndicatorReviewTable;
}

import type { RegistrationDailyTable } from './registrations.js';

/**
 * Subjects (features/subjects): what an indicator counts, and the rollup per subject. Part of `Database`
 * (../schema.ts).
 */

/** What an indicator counts: one subject per body, document kind, activity, guard task, pool, adviser or report. */
export interface SubjectTable {
  id: string;
  municipality_id: string;
  type_key: string;
  kind: string;
  /**
   * Stable per municipality: section, register and the folded words it was read from (`5.meeting.overlegplatform-…`).
   */
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
type RegistrationSubjectDailyTable = RegistrationDailyTable & { subject_id: string };

export interface SubjectsTables {
  subject: SubjectTable;
  registration_subject_daily: RegistrationSubjectDailyTable;
}

/**
 * Community guards (features/guards): profiles, shifts, briefings, melding follow-up, violence against guards. Part of
 * `Database` (../schema.ts).
 */

/** Community guards (features/guards): the vaststeller flag per guard. */
interface GuardProfileTable {
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

export interface GuardsTables {
  guard_profile: GuardProfileTable;
  guard_shift: GuardShiftTable;
  guard_briefing: GuardBriefingTable;
  guard_melding_followup: GuardMeldingFollowupTable;
  violence_incident: ViolenceIncidentTable;
}

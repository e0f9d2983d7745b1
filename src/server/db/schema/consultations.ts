/**
 * The police–prevention consultation (features/consultations): meetings and agreed actions. Part of `Database`
 * (../schema.ts).
 */

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

export interface ConsultationsTables {
  consultation: ConsultationTable;
  consultation_action: ConsultationActionTable;
}

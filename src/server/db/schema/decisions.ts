/**
 * Decision steps (features/decisions): the steps a report or a budget goes through. Part of `Database` (../schema.ts).
 */

/**
 * One dated step of a plan version's or yearly report's path: college referral, council approval, ministry submission.
 */
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

export interface DecisionsTables {
  decision_step: DecisionStepTable;
}

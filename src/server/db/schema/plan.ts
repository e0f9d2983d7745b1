/**
 * The plan (features/plan): versions, sections, action programmes, objectives, results, indicators. Part of `Database`
 * (../schema.ts).
 */

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

export interface PlanTables {
  plan_version: PlanVersionTable;
  plan_section: PlanSectionTable;
  action_programme: ActionProgrammeTable;
  plan_objective: PlanObjectiveTable;
  plan_result: PlanResultTable;
  indicator: IndicatorTable;
}

/** The yearly evaluation (features/evaluation). Part of `Database` (../schema.ts). */

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

export interface EvaluationTables {
  evaluation: EvaluationTable;
}

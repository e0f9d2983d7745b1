/**
 * Indicators (features/indicators): how each indicator is computed, its stored values and review flags. Part of
 * `Database` (../schema.ts).
 */

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
  /** Why a manual indicator stays manual (qualitative, external, judgment); optional on insert. */
  manual_reason?: string | null;
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

export interface IndicatorsTables {
  indicator_link: IndicatorLinkTable;
  indicator_value: IndicatorValueTable;
  indicator_review: IndicatorReviewTable;
}

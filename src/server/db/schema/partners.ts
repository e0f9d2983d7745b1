/** Partners and agreements (features/partners). Part of `Database` (../schema.ts). */

export interface PartnerTable {
  id: string;
  municipality_id: string;
  name: string;
  kind: string;
  created_at: string;
}

export interface AgreementTable {
  id: string;
  municipality_id: string;
  partner_id: string;
  title: string;
  objectives_json: string;
  /** quarterly | half_yearly | yearly */
  rhythm: string;
  signed_on: string;
  end_on: string | null;
  objective_lineage_id: string | null;
  file_ids_json: string;
  created_at: string;
}

export interface AgreementReviewTable {
  id: string;
  municipality_id: string;
  agreement_id: string;
  due_on: string;
  reviewed_on: string;
  notes: string;
  created_at: string;
}

export interface PartnersTables {
  partner: PartnerTable;
  agreement: AgreementTable;
  agreement_review: AgreementReviewTable;
}

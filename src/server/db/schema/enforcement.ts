/**
 * Enforcement at volume (features/enforcement, migration 0018): the offence catalogue, findings and their procedure,
 * the vehicle holders (the only personal data), letter batches, bank payments, the association's agreements and the
 * enforcement plan. Part of `Database` (../schema.ts).
 */

/** One article of the ABP or of the royal decree of 9 March 2014, for a period. */
export interface GasArticleTable {
  id: string;
  municipality_id: string;
  /** As the finding files name it: "ABP 12", "KB 2014 art. 22", "C3". */
  code: string;
  /** 'abp' | 'kb_2014' (src/shared/enforcement/catalogue.ts). */
  regulation: string;
  /** 'abp' | 'cat1' | 'cat2' | 'c3' | 'f103': the fixed amount is per category and period (gas_amount). */
  category: string;
  label_nl: string;
  label_fr: string;
  /** A mixed offence (also a criminal offence): the prosecutor has a say. 0/1. */
  mixed: number;
  /** GAS mediation may be offered. 0/1. */
  mediation: number;
  /** JSON array of 'police' | 'guard' | 'camera': who may find it. */
  finders_json: string;
  /** Months after the facts after which no fine may be imposed any more. */
  prescription_months: number;
  valid_from: string;
  valid_to: string | null;
  created_at: string;
  updated_at: string;
}

export interface GasAmountTable {
  municipality_id: string;
  category: string;
  valid_from: string;
  valid_to: string | null;
  amount_cents: number;
}

/** A file read into enforcement: 'findings' | 'holders' | 'payments'. */
export interface GasImportTable {
  id: string;
  municipality_id: string;
  kind: string;
  file_sha256: string;
  file_name: string;
  rows_total: number;
  imported: number;
  duplicates: number;
  created_by: string | null;
  created_at: string;
}

/** The holder of a vehicle as the vehicle registration service (DIV) answered: personal data, erased in one place. */
export interface GasHolderTable {
  id: string;
  municipality_id: string;
  plate: string;
  plate_country: string;
  full_name: string | null;
  address_line: string | null;
  postal_code: string | null;
  city: string | null;
  country: string | null;
  /** 'nl' | 'fr' (| 'de' | 'en'): the language of the letters. */
  language: string;
  import_id: string | null;
  erased_at: string | null;
  created_at: string;
}

export interface GasLetterBatchTable {
  id: string;
  municipality_id: string;
  /** 'notification' | 'reminder' | 'decision'. */
  kind: string;
  letters: number;
  docx_file_id: string | null;
  pdf_file_id: string | null;
  created_on: string;
  created_by: string | null;
  created_at: string;
}

/** One finding and where its procedure stands; the steps are in gas_finding_step. */
export interface GasFindingTable {
  id: string;
  municipality_id: string;
  /** The finder's own reference (camera system, police PV, guard): unique per municipality, so a row counts once. */
  reference: string;
  /** UTC ISO timestamp. */
  observed_at: string;
  /** The municipality's calendar day, local hour 0–23 and ISO weekday 1–7 of observed_at (for the analysis). */
  observed_on: string;
  observed_hour: number;
  observed_weekday: number;
  article_id: string;
  article_code: string;
  category: string;
  plate: string | null;
  plate_country: string | null;
  street: string | null;
  house_number: string | null;
  lat: number | null;
  lon: number | null;
  wijk_code: string | null;
  observer: string;
  /** 'police' | 'guard' | 'camera'. */
  source: string;
  photos: number;
  import_id: string | null;
  /** The procedure state (src/shared/enforcement/procedure.ts). */
  status: string;
  amount_cents: number | null;
  /** Belgian structured communication, 12 digits without separators (mod-97 check). */
  structured_communication: string;
  prescription_on: string;
  holder_id: string | null;
  notified_on: string | null;
  notification_batch_id: string | null;
  defence_until: string | null;
  /** 'fine' | 'mediation' | 'dismissal'. */
  decision: string | null;
  decided_on: string | null;
  paid_cents: number;
  paid_on: string | null;
  reminder_on: string | null;
  appeal_on: string | null;
  appeal_outcome: string | null;
  closed_on: string | null;
  close_reason: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface GasFindingStepTable {
  id: string;
  municipality_id: string;
  finding_id: string;
  step_key: string;
  done_on: string;
  outcome: string | null;
  /** The import or letter batch that recorded it for many findings at once. */
  batch_id: string | null;
  note: string | null;
  created_by: string | null;
  created_at: string;
}

/** A bank statement entry (CAMT.053); `match` is a PaymentMatch (src/shared/api/enforcement-procedure.schema.ts). */
export interface GasPaymentTable {
  id: string;
  municipality_id: string;
  import_id: string | null;
  /** The bank's entry reference (AcctSvcrRef / NtryRef): a statement read twice counts once. */
  entry_reference: string;
  booked_on: string;
  amount_cents: number;
  structured_communication: string | null;
  communication: string | null;
  finding_id: string | null;
  match: string;
  created_at: string;
}

/** `municipality_id` is the association (GASAM); the member entrusted it with its GAS cases from valid_from. */
export interface GasAgreementTable {
  id: string;
  municipality_id: string;
  member_municipality_id: string;
  valid_from: string;
  valid_to: string | null;
  signed_on: string;
  created_at: string;
}

export interface GasSequenceTable {
  municipality_id: string;
  year: number;
  next_value: number;
}

export interface EnforcementPlanTable {
  id: string;
  municipality_id: string;
  title: string;
  version: string;
  valid_from: string;
  valid_to: string | null;
  file_id: string | null;
  summary: string | null;
  created_at: string;
  updated_at: string;
}

/** 'police' | 'prosecutor' | 'city'. */
export interface EnforcementPlanSignatoryTable {
  id: string;
  municipality_id: string;
  plan_id: string;
  party: string;
  signed_by: string;
  signed_on: string | null;
  created_at: string;
}

export interface EnforcementTables {
  gas_article: GasArticleTable;
  gas_amount: GasAmountTable;
  gas_import: GasImportTable;
  gas_holder: GasHolderTable;
  gas_letter_batch: GasLetterBatchTable;
  gas_finding: GasFindingTable;
  gas_finding_step: GasFindingStepTable;
  gas_payment: GasPaymentTable;
  gas_agreement: GasAgreementTable;
  gas_sequence: GasSequenceTable;
  enforcement_plan: EnforcementPlanTable;
  enforcement_plan_signatory: EnforcementPlanSignatoryTable;
}

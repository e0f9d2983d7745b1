import { z } from 'zod';
import { gasProcedure } from '../enforcement/procedure.js';
import { importFileSchema } from './imports.schema.js';

/**
 * The procedure of enforcement at volume (issue 18): the vehicle-registration answer, letter batches, decisions one by
 * one or in batches, appeals, closing, and bank statements (CAMT.053).
 */

const day = z.iso.date();
const stepKeys = gasProcedure.steps.map((s) => s.key) as [string, ...string[]];
const closeKeys = gasProcedure.closeOutcomes.map((o) => o.key) as [string, ...string[]];
const findingIds = z.array(z.uuid()).min(1).max(5_000);

const rejectedRowSchema = z.object({
  row: z.number().int(),
  reasons: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })),
});

/** The answer of the vehicle registration service (DIV) as a CSV file (README: the columns). */
export const holderImportBodySchema = importFileSchema.extend({ dryRun: z.boolean().default(true) });
export type HolderImportBody = z.infer<typeof holderImportBodySchema>;

export const holderImportResultSchema = z.object({
  dryRun: z.boolean(),
  /** The same file (sha256) was read before: nothing is done again. */
  repeated: z.boolean(),
  total: z.number().int(),
  /** Findings whose holder the file names (status found → identified). */
  identified: z.number().int(),
  /** Findings the file answers "not found" for (step holder_identified, outcome not_found). */
  notFound: z.number().int(),
  /** Rows whose plate matches no finding waiting for its holder: nothing is done with them. */
  unmatched: z.number().int(),
  rejected: z.array(rejectedRowSchema),
  imported: z.number().int(),
});
export type HolderImportResult = z.infer<typeof holderImportResultSchema>;

export const letterKinds = ['notification', 'reminder'] as const;
export type LetterKind = (typeof letterKinds)[number];

export const letterBatchBodySchema = z.object({
  kind: z.enum(letterKinds),
  /** A chosen set; without it every finding that is ready (identified and not prescribed, or a fine unpaid). */
  findingIds: findingIds.optional(),
});
export type LetterBatchBody = z.infer<typeof letterBatchBodySchema>;

export const letterBatchSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  letters: z.number().int(),
  createdOn: day,
  docxFileId: z.string().nullable(),
  pdfFileId: z.string().nullable(),
});
export type LetterBatch = z.infer<typeof letterBatchSchema>;

export const letterBatchResultSchema = z.object({ batch: letterBatchSchema.nullable() });
export const letterBatchListSchema = z.object({ items: z.array(letterBatchSchema) });
/** `format` is docx or pdf; any other value is an unknown file (404 NOT_FOUND), like an unknown id. */
export const letterBatchFileParamsSchema = z.object({ id: z.uuid(), format: z.string().max(100) });

export const decisionBatchBodySchema = z.object({ findingIds: findingIds.optional() });
export const decisionBatchResultSchema = z.object({
  /** Findings fined: defence period over, no defence, not prescribed. */
  decided: z.number().int(),
  /** Findings whose defence period is over but whose facts are prescribed: left for closing as prescribed. */
  prescribed: z.number().int(),
});

export const findingStepBodySchema = z.object({
  stepKey: z.enum(stepKeys),
  doneOn: day,
  outcome: z.string().trim().min(1).max(40).optional(),
  /** The fine of a decision when the article has no fixed amount (an ABP article), at most the legal maximum. */
  amountCents: z.number().int().min(1).max(35_000).optional(),
  note: z.string().trim().max(2_000).optional(),
});
export type FindingStepBody = z.infer<typeof findingStepBodySchema>;

export const findingCloseBodySchema = z.object({ outcome: z.enum(closeKeys), closedOn: day });
export type FindingCloseBody = z.infer<typeof findingCloseBodySchema>;

const stepSchema = z.object({
  stepKey: z.string(),
  doneOn: day,
  outcome: z.string().nullable(),
  batchId: z.string().nullable(),
  note: z.string().nullable(),
});

const deadlineSchema = z.object({
  key: z.string(),
  due: day,
  metOn: day.nullable(),
  overdue: z.boolean(),
});

export const findingDetailSchema = z.object({
  id: z.uuid(),
  municipalityId: z.string(),
  reference: z.string(),
  observedAt: z.string(),
  observedOn: day,
  articleCode: z.string(),
  articleLabel: z.object({ nl: z.string(), fr: z.string() }),
  mediationAllowed: z.boolean(),
  category: z.string(),
  plate: z.string().nullable(),
  plateCountry: z.string().nullable(),
  street: z.string().nullable(),
  houseNumber: z.string().nullable(),
  source: z.string(),
  observer: z.string(),
  status: z.string(),
  amountCents: z.number().int().nullable(),
  paidCents: z.number().int(),
  structuredCommunication: z.string(),
  prescriptionOn: day,
  prescribed: z.boolean(),
  notifiedOn: day.nullable(),
  defenceUntil: day.nullable(),
  decision: z.string().nullable(),
  decidedOn: day.nullable(),
  appealOutcome: z.string().nullable(),
  closedOn: day.nullable(),
  closeReason: z.string().nullable(),
  hasHolder: z.boolean(),
  steps: z.array(stepSchema),
  deadlines: z.array(deadlineSchema),
  availableSteps: z.array(z.string()),
  closeOutcomes: z.array(z.string()),
  payments: z.array(
    z.object({ entryReference: z.string(), bookedOn: day, amountCents: z.number().int(), match: z.string() }),
  ),
});
export type FindingDetail = z.infer<typeof findingDetailSchema>;

/** The holder as the vehicle registration service answered: personal data, every read audited. */
export const findingHolderSchema = z.object({
  fullName: z.string().nullable(),
  addressLine: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  country: z.string().nullable(),
  language: z.string(),
});
export type FindingHolder = z.infer<typeof findingHolderSchema>;

export const paymentImportBodySchema = z.object({
  filename: z.string().trim().min(1).max(255),
  contentBase64: z.string().min(1).max(14_000_000),
  dryRun: z.boolean().default(true),
});
export type PaymentImportBody = z.infer<typeof paymentImportBodySchema>;

/**
 * How a bank statement entry (CAMT.053) met the findings, stored in `gas_payment.match`:
 * - `matched`: the structured communication names a finding and the amount settles exactly what was due;
 * - `partial`: it names a finding and pays less than what is still due;
 * - `overpaid`: it names a finding and pays more than due, or a finding already paid or closed;
 * - `unmatched`: a valid structured communication (or none, or free text) that names no finding in the scope;
 * - `invalid`: a structured communication whose mod-97 check digits are wrong (a typing error at the payer's bank),
 *   kept apart from `unmatched` because it names no finding by construction and its line carries the code
 *   GAS_COMMUNICATION_INVALID. Every value but `matched` is listed among the open payments (GET
 *   /api/enforcement/payments/open) for someone to look at; the web names each in nl, fr and en
 *   (`enforcementProcedure.payments.matches`).
 */
export const paymentMatches = ['matched', 'partial', 'overpaid', 'unmatched', 'invalid'] as const;
export type PaymentMatch = (typeof paymentMatches)[number];

const paymentLineSchema = z.object({
  entryReference: z.string(),
  bookedOn: day,
  amountCents: z.number().int(),
  communication: z.string().nullable(),
  match: z.enum(paymentMatches),
  /** GAS_COMMUNICATION_INVALID for a wrong check digit. */
  code: z.string().nullable(),
  findingId: z.string().nullable(),
  findingReference: z.string().nullable(),
});
export type PaymentLine = z.infer<typeof paymentLineSchema>;

export const paymentImportResultSchema = z.object({
  dryRun: z.boolean(),
  repeated: z.boolean(),
  entries: z.number().int(),
  /** Debits and entries not yet booked. */
  skipped: z.number().int(),
  /** Entries read before (the same bank reference): counted once. */
  duplicates: z.number().int(),
  matched: z.number().int(),
  partial: z.number().int(),
  overpaid: z.number().int(),
  unmatched: z.number().int(),
  invalid: z.number().int(),
  /** Findings paid in full by this file, and so closed. */
  closed: z.number().int(),
  imported: z.number().int(),
  /** Every entry except the matched ones: what someone must look at. */
  lines: z.array(paymentLineSchema),
});
export type PaymentImportResult = z.infer<typeof paymentImportResultSchema>;

/** Payments someone must look at: partial, over, unmatched, invalid. */
export const openPaymentListSchema = z.object({ items: z.array(paymentLineSchema) });

export const procedureOverviewSchema = z.object({
  statuses: z.record(z.string(), z.number().int()),
  ready: z.object({
    /** Identified, not prescribed: for the next notification batch. */
    letters: z.number().int(),
    /** Defence period over without defence, not prescribed: for a batch decision. */
    decisions: z.number().int(),
    /** Fines unpaid after the payment period: for a reminder batch. */
    reminders: z.number().int(),
    /** Open, not decided, facts prescribed. */
    prescribed: z.number().int(),
  }),
});
export type ProcedureOverview = z.infer<typeof procedureOverviewSchema>;

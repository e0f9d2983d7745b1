import { z } from 'zod';
import { pageQuery } from './common.schema.js';
import { nuisanceCategories } from '../barometer/categories.js';
import { complaintStatuses } from '../complaints/complaint-status.js';
import { intakeRules } from '../complaints/intake-rules.js';
import { locales } from '../i18n/locale.js';

const category = z.enum(nuisanceCategories);
const status = z.enum(complaintStatuses);
const isoDateTime = z.iso.datetime({ offset: true });
const description = z.string().trim().min(10).max(intakeRules.maxDescriptionChars);
const email = z.email().max(254);

/** Where it happened: a point picked on the wijk map (with an optional address), or an address text and a wijk. */
const complaintPlaceSchema = z.union([
  z.object({
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    address: z.string().trim().max(300).optional(),
  }),
  z.object({ wijkCode: z.string().trim().min(1).max(40), address: z.string().trim().min(2).max(300) }),
]);
export type ComplaintPlace = z.infer<typeof complaintPlaceSchema>;

// ---- public (no login) ----

export const publicMunicipalityQuerySchema = z.object({ municipality: z.string().trim().min(1).max(60) });

export const publicFormSchema = z.object({
  municipality: z.object({ slug: z.string(), name: z.string() }),
  /** Signed, with the moment it was handed out: the minimum fill time is measured from it. */
  formToken: z.string(),
  categories: z.array(category),
  wijken: z.array(z.object({ code: z.string(), name: z.string() })),
  geojson: z.unknown().nullable(),
  attribution: z.string().nullable(),
  limits: z.object({
    maxDescriptionChars: z.number(),
    maxAttachments: z.number(),
    maxAttachmentBytes: z.number(),
    attachmentTypes: z.array(z.string()),
    minFillSeconds: z.number(),
  }),
  responseDays: z.number().int(),
});
export type PublicForm = z.infer<typeof publicFormSchema>;

const publicAttachmentSchema = z.object({
  name: z.string().trim().min(1).max(120),
  contentBase64: z
    .string()
    .min(1)
    .max(Math.ceil((intakeRules.maxAttachmentBytes * 4) / 3) + 8),
});

export const publicComplaintBodySchema = z.object({
  municipality: z.string().trim().min(1).max(60),
  formToken: z.string().min(1).max(200),
  /** The honeypot: hidden from people, left empty by them. */
  website: z.string().max(500).optional(),
  locale: z.enum(locales),
  category,
  occurredAt: isoDateTime,
  place: complaintPlaceSchema,
  description,
  contactEmail: email.optional(),
  contactName: z.string().trim().max(120).optional(),
  attachments: z.array(publicAttachmentSchema).max(intakeRules.maxAttachments).optional(),
  /** The citizen read the privacy notice. */
  privacyAccepted: z.literal(true),
});
export type PublicComplaintBody = z.infer<typeof publicComplaintBodySchema>;

export const publicReceiptSchema = z.object({
  reference: z.string(),
  /** Shown once: with the reference it opens the status page. Never stored in clear. */
  accessCode: z.string(),
  statusPath: z.string(),
  dueOn: z.string(),
});
export type PublicReceipt = z.infer<typeof publicReceiptSchema>;

export const publicStatusBodySchema = z.object({
  municipality: z.string().trim().min(1).max(60),
  reference: z.string().trim().min(1).max(40),
  accessCode: z.string().trim().min(1).max(40),
});

/**
 * What the citizen sees: their own complaint's category and dates, and the status and answer of the one that counts.
 */
export const publicStatusSchema = z.object({
  reference: z.string(),
  category,
  receivedAt: z.string(),
  status,
  dueOn: z.string(),
  answeredAt: z.string().nullable(),
  answer: z.string().nullable(),
  /** The complaint was merged with another one about the same nuisance: status and answer are that one's. */
  merged: z.boolean(),
});
export type PublicStatus = z.infer<typeof publicStatusSchema>;

// ---- the desk (signed in) ----

export const complaintServiceSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  active: z.boolean(),
});
export type ComplaintService = z.infer<typeof complaintServiceSchema>;
export const complaintServiceListSchema = z.object({ services: z.array(complaintServiceSchema) });
export const complaintServiceBodySchema = z.object({
  name: z.string().trim().min(2).max(120),
  email: email.nullable().optional(),
  active: z.boolean().optional(),
});

export const complaintSettingsSchema = z.object({
  defaultDays: z.number().int(),
  days: z.record(z.string(), z.number().int()),
});
export const complaintSettingsBodySchema = z.object({
  days: z.partialRecord(category, z.number().int().min(1).max(365)),
});

export const deskComplaintBodySchema = z.object({
  category,
  occurredAt: isoDateTime,
  place: complaintPlaceSchema,
  description,
  locale: z.enum(locales).optional(),
  contactEmail: email.optional().nullable(),
  contactName: z.string().trim().max(120).optional().nullable(),
  attachmentIds: z.array(z.uuid()).max(10).optional(),
});
export type DeskComplaintBody = z.infer<typeof deskComplaintBodySchema>;

export const complaintUpdateBodySchema = z.object({
  category: category.optional(),
  place: complaintPlaceSchema.optional(),
  serviceId: z.uuid().nullable().optional(),
});

export const complaintStatusBodySchema = z.object({ status, note: z.string().trim().max(2000).optional() });
export const complaintAnswerBodySchema = z.object({
  text: z.string().trim().min(5).max(5000),
  close: z.boolean().optional(),
  /** Assigned in the same step when the complaint has no service yet (answering a new complaint passes assigned). */
  serviceId: z.uuid().optional(),
  /** The status the desk saw: when the complaint moved meanwhile (someone else answered) the answer is refused. */
  expectedStatus: status.optional(),
});

/** A standard answer as the coordinator manages it (placeholders {reference}, {category}, {date} unfilled). */
export const standardAnswerSchema = z.object({
  id: z.string(),
  category: category.nullable(),
  title: z.string(),
  body: z.string(),
  active: z.boolean(),
});
export type StandardAnswer = z.infer<typeof standardAnswerSchema>;
export const standardAnswerListSchema = z.object({ answers: z.array(standardAnswerSchema) });
export const standardAnswerBodySchema = z.object({
  /** Null: for every category. */
  category: category.nullable(),
  title: z.string().trim().min(2).max(120),
  body: z.string().trim().min(5).max(5000),
  active: z.boolean().optional(),
});
/** The standard answers for one complaint, placeholders filled in the citizen's language. */
export const filledStandardAnswerListSchema = z.object({
  answers: z.array(z.object({ id: z.string(), title: z.string(), text: z.string() })),
});
export type FilledStandardAnswer = z.infer<typeof filledStandardAnswerListSchema>['answers'][number];
export const complaintNoteBodySchema = z.object({ text: z.string().trim().min(1).max(4000) });
export const complaintMergeBodySchema = z.object({ intoId: z.uuid() });

export const complaintListQuerySchema = z.object({
  status: status.optional(),
  category: category.optional(),
  wijk: z.string().max(40).optional(),
  serviceId: z.uuid().optional(),
  overdue: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(100).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  ...pageQuery(50, 1_000_000),
});

const complaintSummarySchema = z.object({
  id: z.string(),
  reference: z.string(),
  channel: z.enum(['web', 'desk']),
  category,
  status,
  occurredAt: z.string(),
  receivedAt: z.string(),
  dueOn: z.string(),
  overdue: z.boolean(),
  wijkCode: z.string().nullable(),
  street: z.string().nullable(),
  serviceId: z.string().nullable(),
  serviceName: z.string().nullable(),
  mergedIntoId: z.string().nullable(),
  mergedIntoReference: z.string().nullable(),
});
export type ComplaintSummary = z.infer<typeof complaintSummarySchema>;
export const complaintListSchema = z.object({ items: z.array(complaintSummarySchema), total: z.number().int() });

export const complaintDetailSchema = complaintSummarySchema.extend({
  locale: z.enum(locales),
  description: z.string(),
  address: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  /** Null for roles that may not see the citizen's contact data (then `contactHidden` is true). */
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
  contactHidden: z.boolean(),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  nextStatuses: z.array(status),
  duplicates: z.array(z.object({ id: z.string(), reference: z.string(), receivedAt: z.string() })),
  attachments: z.array(z.object({ id: z.string(), name: z.string(), contentType: z.string(), size: z.number() })),
  notes: z.array(z.object({ id: z.string(), text: z.string(), by: z.string().nullable(), at: z.string() })),
  mails: z.array(
    z.object({
      to: z.string(),
      subject: z.string(),
      status: z.string(),
      createdAt: z.string(),
      sentAt: z.string().nullable(),
    }),
  ),
});
export type ComplaintDetail = z.infer<typeof complaintDetailSchema>;

import { z } from 'zod';
import { pageQuery } from './common.schema.js';
import { caseTypeKeys } from '../cases/case-types.js';

const day = z.iso.date();
const text = (max: number) => z.string().trim().min(1).max(max);
const key = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/);

const caseTypeKeySchema = z.enum(caseTypeKeys);

export const personInputSchema = z.object({
  role: key,
  fullName: text(200).nullable().optional(),
  birthDate: day.nullable().optional(),
  address: text(300).nullable().optional(),
  phone: text(50).nullable().optional(),
  email: z.email().max(200).nullable().optional(),
});
export type PersonInput = z.infer<typeof personInputSchema>;

export const createCaseBodySchema = z.object({
  typeKey: caseTypeKeySchema,
  openedOn: day,
  /** Defaults to the creator. Another owner needs `case.manage`. */
  ownerUserId: z.uuid().nullable().optional(),
  wijkCode: z.string().min(1).max(20).nullable().optional(),
  summary: text(5000).nullable().optional(),
  persons: z.array(personInputSchema).max(10).default([]),
  volunteerIds: z.array(z.uuid()).max(5).default([]),
});
export type CreateCaseBody = z.infer<typeof createCaseBodySchema>;

export const updateCaseBodySchema = z.object({
  ownerUserId: z.uuid().optional(),
  wijkCode: z.string().min(1).max(20).nullable().optional(),
  summary: text(5000).nullable().optional(),
  volunteerIds: z.array(z.uuid()).max(5).optional(),
});

export const recordStepBodySchema = z.object({
  stepKey: key,
  doneOn: day,
  outcome: key.nullable().optional(),
  hours: z.number().finite().positive().max(30).nullable().optional(),
  choices: z.record(key, key).default({}),
  note: text(5000).nullable().optional(),
});
export type RecordStepBody = z.infer<typeof recordStepBodySchema>;

export const closeCaseBodySchema = z.object({ outcome: key, closedOn: day });
export const addDocumentBodySchema = z.object({ fileId: z.uuid() });
export const caseFileParamsSchema = z.object({ id: z.uuid(), fileId: z.uuid() });

export const caseListQuerySchema = z.object({
  type: caseTypeKeySchema.optional(),
  status: z.enum(['open', 'closed']).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  mine: z.enum(['true', 'false']).optional(),
  ...pageQuery(50, 10_000_000),
});

const deadlineViewSchema = z.object({
  key: z.string(),
  due: day,
  metOn: day.nullable(),
  overdue: z.boolean(),
  period: z.boolean(),
});

const caseSummarySchema = z.object({
  id: z.uuid(),
  typeKey: caseTypeKeySchema,
  reference: z.string(),
  status: z.enum(['open', 'closed']),
  ownerUserId: z.string().nullable(),
  ownerName: z.string().nullable(),
  wijkCode: z.string().nullable(),
  openedOn: day,
  closedOn: day.nullable(),
  closeOutcome: z.string().nullable(),
  lastStepKey: z.string().nullable(),
  nextDeadline: deadlineViewSchema.nullable(),
  overdue: z.boolean(),
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;

export const caseListSchema = z.object({
  items: z.array(caseSummarySchema),
  total: z.number().int(),
  overdue: z.number().int(),
});

const casePersonSchema = z.object({
  id: z.uuid(),
  role: z.string(),
  position: z.number().int(),
  /** “Ouder 1”: what everyone sees; the name fields are null unless the reader may see names. */
  pseudonym: z.string(),
  fullName: z.string().nullable(),
  birthDate: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  erased: z.boolean(),
});

const caseStepSchema = z.object({
  id: z.uuid(),
  stepKey: z.string(),
  doneOn: day,
  outcome: z.string().nullable(),
  hours: z.number().nullable(),
  choices: z.record(z.string(), z.string()),
  /** Free text can name people: only shown with the names. */
  note: z.string().nullable(),
  createdAt: z.string(),
});

export const caseDetailSchema = caseSummarySchema.extend({
  summary: z.string().nullable(),
  namesVisible: z.boolean(),
  canWrite: z.boolean(),
  personalErasedAt: z.string().nullable(),
  persons: z.array(casePersonSchema),
  steps: z.array(caseStepSchema),
  deadlines: z.array(deadlineViewSchema),
  availableSteps: z.array(z.string()),
  hoursUsed: z.number(),
  maxHours: z.number().nullable(),
  documents: z.array(
    z.object({ fileId: z.uuid(), name: z.string(), contentType: z.string(), size: z.number(), addedAt: z.string() }),
  ),
  volunteers: z.array(z.object({ id: z.uuid(), fullName: z.string() })),
});
export type CaseDetail = z.infer<typeof caseDetailSchema>;

export const overdueListSchema = z.object({
  today: day,
  items: z.array(
    z.object({
      id: z.uuid(),
      reference: z.string(),
      typeKey: caseTypeKeySchema,
      ownerUserId: z.string().nullable(),
      deadline: z.string(),
      due: day,
      daysOverdue: z.number().int(),
    }),
  ),
});
export type OverdueList = z.infer<typeof overdueListSchema>;

export const caseStatisticsQuerySchema = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
export const caseStatisticsSchema = z.object({
  year: z.number().int(),
  openTotal: z.number().int(),
  overdueTotal: z.number().int(),
  byType: z.array(
    z.object({
      typeKey: caseTypeKeySchema,
      opened: z.number().int(),
      closed: z.number().int(),
      open: z.number().int(),
      overdue: z.number().int(),
      outcomes: z.record(z.string(), z.number().int()),
    }),
  ),
});
export type CaseStatistics = z.infer<typeof caseStatisticsSchema>;

export const neroReportSchema = z.object({
  year: z.number().int(),
  started: z.number().int(),
  consentGranted: z.number().int(),
  consentRefused: z.number().int(),
  parentsInvited: z.number().int(),
  agreements: z.number().int(),
  modules: z.record(z.string(), z.number().int()),
  communityServiceHours: z.number(),
  closed: z.record(z.string(), z.number().int()),
  closedWithinFiveMonths: z.number().int(),
  closedLate: z.number().int(),
  openOverdue: z.number().int(),
});
export type NeroReport = z.infer<typeof neroReportSchema>;

export const subjectExportBodySchema = z.object({ fullName: text(200).min(2), birthDate: day.nullable().optional() });
export const subjectExportSchema = z.object({
  generatedAt: z.string(),
  query: z.object({ fullName: z.string(), birthDate: z.string().nullable() }),
  cases: z.array(
    z.object({
      person: casePersonSchema,
      case: z.object({
        id: z.uuid(),
        reference: z.string(),
        typeKey: z.string(),
        openedOn: z.string(),
        closedOn: z.string().nullable(),
        closeOutcome: z.string().nullable(),
        summary: z.string().nullable(),
      }),
      steps: z.array(caseStepSchema),
      documents: z.array(z.object({ fileId: z.uuid(), name: z.string() })),
    }),
  ),
  volunteers: z.array(
    z.object({
      id: z.uuid(),
      fullName: z.string(),
      startedOn: z.string(),
      endedOn: z.string().nullable(),
      trainedOn: z.string().nullable(),
      intervisions: z.array(z.object({ month: z.string(), attended: z.boolean() })),
    }),
  ),
});
export type SubjectExport = z.infer<typeof subjectExportSchema>;

export const retentionRunSchema = z.object({
  erasedCases: z.number().int(),
  erasedPersons: z.number().int(),
  erasedDocuments: z.number().int(),
});

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
export const volunteerInputSchema = z.object({
  fullName: text(200),
  startedOn: day,
  endedOn: day.nullable().optional(),
  trainedOn: day.nullable().optional(),
});
export const volunteerUpdateSchema = volunteerInputSchema.partial();
export const volunteerSchema = z.object({
  id: z.uuid(),
  fullName: z.string(),
  startedOn: day,
  endedOn: day.nullable(),
  trainedOn: day.nullable(),
  intervisions: z.array(z.object({ month: z.string(), attended: z.boolean() })),
});
export type Volunteer = z.infer<typeof volunteerSchema>;
export const volunteerListSchema = z.object({ items: z.array(volunteerSchema) });
export const intervisionBodySchema = z.object({ month, attended: z.boolean() });
export const volunteerStatisticsSchema = z.object({
  year: z.number().int(),
  engaged: z.number().int(),
  newInYear: z.number().int(),
  engagedOverAYear: z.number().int(),
  /** New volunteers per volunteer engaged longer than a year (the plan's ratio); null without the latter. */
  ratio: z.number().nullable(),
  trained: z.number().int(),
  intervisionMonths: z.number().int(),
  attendanceRate: z.number().nullable(),
  mediation: z.object({
    opened: z.number().int(),
    concluded: z.number().int(),
    outcomes: z.record(z.string(), z.number().int()),
    conflicts: z.record(z.string(), z.number().int()),
  }),
});
export type VolunteerStatistics = z.infer<typeof volunteerStatisticsSchema>;

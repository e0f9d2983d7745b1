import { z } from 'zod';

const day = z.iso.date();

/** The agenda generated from the barometer and the desk's own data, kept as a snapshot with the meeting. */
export const consultationAgendaSchema = z.object({
  generatedAt: z.string(),
  from: z.string(),
  to: z.string(),
  hotSpots: z.array(
    z.object({ wijkCode: z.string(), wijkName: z.string().nullable(), category: z.string(), count: z.string() }),
  ),
  /**
   * Rises unlikely to be chance: against the previous period and/or the same period last year, with the ratio when it
   * may be shown.
   */
  risingTrends: z.array(
    z.object({
      wijkCode: z.string().nullable(),
      wijkName: z.string().nullable(),
      category: z.string(),
      count: z.string(),
      against: z.array(z.enum(['previous', 'last_year'])),
      ratio: z.number().nullable(),
    }),
  ),
  /** False when the barometer was not available when the agenda was made. */
  barometer: z.boolean(),
  /** Counts as shown outside the department (the police reads the agenda): 1–4 reads "<5". */
  openComplaints: z.array(z.object({ category: z.string(), count: z.string() })),
  overdueComplaints: z.array(
    z.object({
      id: z.string(),
      reference: z.string(),
      category: z.string(),
      wijkCode: z.string().nullable(),
      dueOn: z.string(),
    }),
  ),
  openActions: z.array(z.object({ id: z.string(), description: z.string(), owner: z.string(), dueOn: z.string() })),
});
export type ConsultationAgenda = z.infer<typeof consultationAgendaSchema>;

const consultationActionSchema = z.object({
  id: z.string(),
  description: z.string(),
  owner: z.string(),
  dueOn: z.string(),
  done: z.boolean(),
  doneAt: z.string().nullable(),
});
const consultationSummarySchema = z.object({
  id: z.string(),
  heldOn: z.string(),
  title: z.string(),
  status: z.enum(['draft', 'final']),
  actionsOpen: z.number().int(),
  actionsTotal: z.number().int(),
});
export const consultationListSchema = z.object({ items: z.array(consultationSummarySchema) });

export const consultationSchema = consultationSummarySchema.extend({
  periodFrom: z.string(),
  periodTo: z.string(),
  agenda: consultationAgendaSchema,
  attendees: z.string(),
  minutes: z.string(),
  finalizedAt: z.string().nullable(),
  registrationId: z.string().nullable(),
  actions: z.array(consultationActionSchema),
});
export type Consultation = z.infer<typeof consultationSchema>;

export const consultationCreateBodySchema = z.object({
  heldOn: day,
  title: z.string().trim().min(2).max(200).optional(),
});

const actionInput = z.object({
  id: z.uuid().optional(),
  description: z.string().trim().min(2).max(1000),
  owner: z.string().trim().min(1).max(200),
  dueOn: day,
  done: z.boolean().optional(),
});
export const consultationMinutesBodySchema = z.object({
  title: z.string().trim().min(2).max(200).optional(),
  attendees: z.string().trim().max(2000).optional(),
  minutes: z.string().max(50_000).optional(),
  actions: z.array(actionInput).max(100).optional(),
});
export const consultationActionDoneBodySchema = z.object({ done: z.boolean() });
export const consultationActionParamsSchema = z.object({ id: z.uuid(), actionId: z.uuid() });

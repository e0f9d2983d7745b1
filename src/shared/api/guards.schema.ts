import { z } from 'zod';
import { limitQuery } from './common.schema.js';
import { incidentFollowUps, injuryLevels, meldingStatuses, violenceKinds } from '../guards/violence.js';
import { placeInputSchema } from './registrations.schema.js';

const isoTimestamp = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().trim().max(max);

// Shifts ------------------------------------------------------------------------------------------------------

/** Start or end a shift; the id is made on the phone, so a replayed sync changes nothing. */
export const shiftInputSchema = z.object({
  id: z.uuid(),
  startedAt: isoTimestamp,
  endedAt: isoTimestamp.nullable().optional(),
  notes: text(2000).nullable().optional(),
});
export type ShiftInput = z.infer<typeof shiftInputSchema>;

export const shiftSchema = z.object({
  id: z.string(),
  userId: z.string(),
  guardName: z.string(),
  startedAt: z.string(),
  /** The day the shift started on the municipality's calendar (a night shift from 00:30 belongs to that day). */
  day: z.string(),
  endedAt: z.string().nullable(),
  notes: z.string().nullable(),
  hours: z.number().nullable(),
});
export type Shift = z.infer<typeof shiftSchema>;

export const shiftListQuerySchema = z.object({
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  ...limitQuery(100),
});
export const shiftListSchema = z.object({ items: z.array(shiftSchema) });

// Briefing ----------------------------------------------------------------------------------------------------

const briefingInputSchema = z.object({
  notes: text(5000),
  focusPlaces: z.array(text(200).min(1)).max(30),
  events: z.array(text(200).min(1)).max(30),
});
export type BriefingInput = z.infer<typeof briefingInputSchema>;
export const briefingSchema = briefingInputSchema.extend({ day: z.string(), updatedAt: z.string() });
export type Briefing = z.infer<typeof briefingSchema>;
export const briefingDayQuerySchema = z.object({ day: z.iso.date() });
export const briefingPutSchema = briefingInputSchema.extend({ day: z.iso.date() });

// The guard's own view -----------------------------------------------------------------------------------------

export const guardMeSchema = z.object({
  vaststeller: z.boolean(),
  today: z.string(),
  briefing: briefingSchema.nullable(),
  openShift: shiftSchema.nullable(),
});
export type GuardMe = z.infer<typeof guardMeSchema>;

const guardProfileSchema = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  vaststeller: z.boolean(),
});
export const guardListSchema = z.object({ guards: z.array(guardProfileSchema) });
export const vaststellerInputSchema = z.object({ vaststeller: z.boolean() });

// Meldingen and their follow-up -------------------------------------------------------------------------------

export const meldingSchema = z.object({
  id: z.string(),
  occurredOn: z.string(),
  time: z.string().nullable(),
  kind: z.string().nullable(),
  service: z.string().nullable(),
  description: z.string(),
  wijkCode: z.string().nullable(),
  status: z.enum(meldingStatuses),
  note: z.string().nullable(),
  updatedAt: z.string(),
});
export type Melding = z.infer<typeof meldingSchema>;
export const meldingListQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: z.enum(meldingStatuses).optional(),
  mine: z.enum(['true', 'false']).optional(),
  ...limitQuery(100),
});
export const meldingListSchema = z.object({ items: z.array(meldingSchema), total: z.number().int() });
export const meldingFollowUpInputSchema = z.object({
  status: z.enum(meldingStatuses),
  note: text(2000).nullable().optional(),
});

// Violence against guards --------------------------------------------------------------------------------------

export const incidentInputSchema = z.object({
  /** Made by the client (the phone, offline too): the same id again changes the incident, never makes a second one. */
  id: z.uuid(),
  /** The guard concerned; a guard can only register incidents concerning themselves (default: the author). */
  guardUserId: z.uuid().optional(),
  occurredAt: isoTimestamp,
  kind: z.enum(violenceKinds),
  place: placeInputSchema.nullable().optional(),
  injuries: z.enum(injuryLevels),
  policeReportNumber: text(60).nullable().optional(),
  description: text(5000).min(1),
  followUpStatus: z.enum(incidentFollowUps).default('open'),
  followUpNotes: text(5000).nullable().optional(),
  /** Indexes of the playbook steps done. */
  stepsDone: z.array(z.number().int().min(0).max(20)).max(20).default([]),
});
export type IncidentInput = z.infer<typeof incidentInputSchema>;

export const incidentSchema = z.object({
  id: z.string(),
  guardUserId: z.string(),
  guardName: z.string(),
  occurredAt: z.string(),
  kind: z.enum(violenceKinds),
  wijkCode: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  address: z.string().nullable(),
  injuries: z.enum(injuryLevels),
  policeReportNumber: z.string().nullable(),
  description: z.string(),
  followUpStatus: z.enum(incidentFollowUps),
  followUpNotes: z.string().nullable(),
  stepsDone: z.array(z.number()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Incident = z.infer<typeof incidentSchema>;
export const incidentListQuerySchema = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
export const incidentListSchema = z.object({ items: z.array(incidentSchema) });

export const incidentStatsSchema = z.object({
  year: z.number().int(),
  /** "Aantal geregistreerde geweldsfeiten": the indicator's value for the year. */
  total: z.number().int(),
  byKind: z.record(z.string(), z.number().int()),
  byInjuries: z.record(z.string(), z.number().int()),
  withPoliceReport: z.number().int(),
  byMonth: z.array(z.number().int()),
  previousYearTotal: z.number().int(),
});
export type IncidentStats = z.infer<typeof incidentStatsSchema>;
export const yearQuerySchema = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

// The coordinator's overview ------------------------------------------------------------------------------------

const taskFigureSchema = z.object({
  typeKey: z.string(),
  records: z.number().int(),
  hours: z.number(),
  quantity: z.number(),
});
export const guardOverviewSchema = z.object({
  year: z.number().int(),
  shifts: z.number().int(),
  shiftHours: z.number(),
  guards: z.number().int(),
  tasks: z.array(taskFigureSchema),
  /** Man-hours on shift per weekday (0 = Monday) × hour (0–23), Brussels time. */
  shiftHeatmap: z.array(z.array(z.number())),
  /** Task records per weekday × hour of their time, per core task (typeKey) and in total (`all`). */
  recordHeatmap: z.record(z.string(), z.array(z.array(z.number()))),
  /** Task records per wijk and core task. */
  byWijk: z.array(
    z.object({ wijkCode: z.string(), typeKey: z.string(), records: z.number().int(), hours: z.number() }),
  ),
  meldingen: z.object({
    byStatus: z.record(z.string(), z.number().int()),
    byService: z.record(z.string(), z.number().int()),
    byKind: z.record(z.string(), z.number().int()),
  }),
  warnings: z.object({ records: z.number().int(), people: z.number() }),
  gasReports: z.object({
    records: z.number().int(),
    minors: z.number().int(),
    byOffence: z.record(z.string(), z.number().int()),
  }),
  engraving: z.object({ actions: z.number().int(), bikes: z.number() }),
  violence: z.object({ total: z.number().int() }),
});
export type GuardOverview = z.infer<typeof guardOverviewSchema>;

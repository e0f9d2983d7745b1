import { z } from 'zod';
import { pageQuery } from './common.schema.js';
import { labelsSchema, registerTypeDefinitionSchema } from '../indicators/register-fields.js';

export const registerTypeSchema = z.object({
  key: z.string(),
  builtin: z.boolean(),
  active: z.boolean(),
  definition: registerTypeDefinitionSchema,
});
export type RegisterType = z.infer<typeof registerTypeSchema>;
export const registerTypeListSchema = z.object({ types: z.array(registerTypeSchema) });

export const createRegisterTypeBodySchema = registerTypeDefinitionSchema;
export const updateRegisterTypeBodySchema = z.object({
  labels: labelsSchema.optional(),
  active: z.boolean().optional(),
  definition: registerTypeDefinitionSchema.optional(),
});
export const registerTypeKeyParamsSchema = z.object({ key: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/) });

export const placeInputSchema = z.union([
  z.object({
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    address: z.string().trim().max(300).optional(),
  }),
  z.object({ wijkCode: z.string().trim().min(1).max(40) }),
]);
export type PlaceInput = z.infer<typeof placeInputSchema>;

export const registrationInputSchema = z.object({
  /** Made by the client for offline sync; a repeated request with the same id is answered with the stored record. */
  id: z.uuid().optional(),
  typeKey: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/),
  occurredOn: z.iso.date(),
  occurredUntil: z.iso.date().optional().nullable(),
  place: placeInputSchema.optional().nullable(),
  values: z.record(z.string(), z.unknown()),
  /** What it counts for: a subject of the register (GET /api/subjects?typeKey=…); indicators about it follow. */
  subjectId: z.uuid().optional().nullable(),
});
export type RegistrationInput = z.infer<typeof registrationInputSchema>;

export const registrationUpdateSchema = registrationInputSchema.omit({ id: true, typeKey: true }).partial();

/** An indicator and where it stands: its value against its target as the dashboard computes it. */
export const indicatorStandingSchema = z.object({
  indicatorId: z.string(),
  /** The operational objective's number (1.2.4.1) and the indicator's text. */
  number: z.string(),
  text: z.string(),
  value: z.number().nullable(),
  required: z.number().nullable(),
  status: z.string(),
});
export type CountsFor = z.infer<typeof indicatorStandingSchema>;

export const registrationSchema = z.object({
  id: z.string(),
  typeKey: z.string(),
  occurredOn: z.string(),
  occurredUntil: z.string().nullable(),
  category: z.string().nullable(),
  status: z.string().nullable(),
  quantity: z.number().nullable(),
  hours: z.number().nullable(),
  title: z.string().nullable(),
  wijkCode: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  address: z.string().nullable(),
  values: z.record(z.string(), z.unknown()),
  source: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  subjectId: z.string().nullable().optional(),
  /** After a save: the indicators it counts for and where they stand now ("2 van 3"). */
  countsFor: z.array(indicatorStandingSchema).optional(),
});
export type Registration = z.infer<typeof registrationSchema>;

export const registrationListQuerySchema = z.object({
  type: z.string().max(40).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  wijk: z.string().max(40).optional(),
  category: z.string().max(40).optional(),
  ...pageQuery(50, 10_000_000),
});

export const registrationListSchema = z.object({ items: z.array(registrationSchema), total: z.number().int() });

export const wijkListSchema = z.object({
  attribution: z.string().nullable(),
  wijken: z.array(z.object({ code: z.string(), name: z.string() })),
  /** The wijken as GeoJSON for the map, or null when the municipality ships none. */
  geojson: z.unknown().nullable(),
});

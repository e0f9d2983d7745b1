import { z } from 'zod';

/** A CSV or XLSX file sent as base64 (the browser reads it with FileReader; at most ~10 MB). */
export const importFileSchema = z.object({
  filename: z.string().trim().min(1).max(255),
  contentBase64: z.string().min(1).max(14_000_000),
});

export const inspectResultSchema = z.object({
  columns: z.array(z.string()),
  rowCount: z.number().int(),
  sample: z.array(z.record(z.string(), z.string())),
});

/** Which column feeds which part of a registration. */
const importMappingSchema = z.object({
  occurredOn: z.string().min(1),
  occurredUntil: z.string().min(1).optional(),
  wijk: z.string().min(1).optional(),
  lat: z.string().min(1).optional(),
  lon: z.string().min(1).optional(),
  address: z.string().min(1).optional(),
  values: z.record(z.string().regex(/^[a-z][a-z0-9_]{0,39}$/), z.string().min(1)),
});
export type ImportMapping = z.infer<typeof importMappingSchema>;

export const registrationImportBodySchema = importFileSchema.extend({
  typeKey: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/),
  mapping: importMappingSchema,
  /** true: check every row and report, store nothing. */
  dryRun: z.boolean().default(true),
});

const rejectedRowSchema = z.object({
  /** 1-based row number in the file, counting the header as row 1. */
  row: z.number().int(),
  reasons: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })),
});

export const importResultSchema = z.object({
  dryRun: z.boolean(),
  total: z.number().int(),
  accepted: z.number().int(),
  rejected: z.array(rejectedRowSchema),
  imported: z.number().int(),
});
export type ImportResult = z.infer<typeof importResultSchema>;

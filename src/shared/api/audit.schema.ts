import { z } from 'zod';
import { limitQuery } from './common.schema.js';

const auditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorUserId: z.string().nullable(),
  actorEmail: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditQuerySchema = z.object({
  ...limitQuery(100),
  beforeSeq: z.coerce.number().int().min(1).optional(),
});

export const auditListSchema = z.object({ entries: z.array(auditEntrySchema) });

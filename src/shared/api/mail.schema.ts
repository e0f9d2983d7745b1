import { z } from 'zod';

export const outboxStatuses = ['pending', 'sent', 'failed'] as const;

const outboxEntrySchema = z.object({
  id: z.string(),
  kind: z.string(),
  entityId: z.string().nullable(),
  recipient: z.string(),
  subject: z.string(),
  status: z.enum(outboxStatuses),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export const outboxListSchema = z.object({ configured: z.boolean(), entries: z.array(outboxEntrySchema) });
export const outboxRetrySchema = z.object({ requeued: z.number().int() });

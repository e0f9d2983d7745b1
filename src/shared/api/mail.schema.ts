import { z } from 'zod';

export const outboxStatuses = ['pending', 'sent', 'failed'] as const;

export const outboxEntrySchema = z.object({
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
export type OutboxEntry = z.infer<typeof outboxEntrySchema>;

export const outboxListSchema = z.object({ configured: z.boolean(), entries: z.array(outboxEntrySchema) });
export const outboxRetrySchema = z.object({ requeued: z.number().int() });

import { z } from 'zod';

/** PUT /api/auth/me/password: the signed-in user's own password (the new one passes the password rule). */
export const changeOwnPasswordBodySchema = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(12).max(200),
});
export type ChangeOwnPasswordBody = z.infer<typeof changeOwnPasswordBodySchema>;

/** A login block an administrator sees: one e-mail from one address (back-off), or one address (its ceiling). */
const loginBlockSchema = z.object({
  kind: z.enum(['account', 'address']),
  email: z.string().nullable(),
  address: z.string(),
  failures: z.number().int(),
  blockedUntil: z.string(),
});
export type LoginBlock = z.infer<typeof loginBlockSchema>;

export const loginBlockListSchema = z.object({ blocks: z.array(loginBlockSchema) });
export const clearLoginBlockBodySchema = z.object({
  kind: z.enum(['account', 'address']),
  email: z.string().max(320).nullable().optional(),
  address: z.string().min(1).max(100),
});
export type ClearLoginBlockBody = z.infer<typeof clearLoginBlockBodySchema>;

export const clearLoginBlockResultSchema = z.object({ cleared: z.boolean() });

import { z } from 'zod';

/** POST /api/auth/password-reset: ask for a reset link by e-mail (the answer is the same whether it exists). */
export const passwordResetRequestBodySchema = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
});
export type PasswordResetRequestBody = z.infer<typeof passwordResetRequestBodySchema>;

/** POST /api/auth/password-reset/confirm: the token from the link and the new password (the password rule applies). */
export const passwordResetConfirmBodySchema = z.object({
  token: z.string().min(20).max(200),
  password: z.string().min(1).max(200),
});
export type PasswordResetConfirmBody = z.infer<typeof passwordResetConfirmBodySchema>;

export const passwordResetAcceptedSchema = z.object({ ok: z.literal(true) });

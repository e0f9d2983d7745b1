import { z } from 'zod';
import { type LoginBody, type Me, meSchema } from '../../../shared/api/auth.schema.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import {
  type PasswordResetConfirmBody,
  passwordResetAcceptedSchema,
} from '../../../shared/api/password-reset.schema.js';
import { apiClient } from '../../api/api-client.js';

export const authApi = {
  me: (): Promise<Me> => apiClient.request('/api/auth/me', { schema: meSchema }),
  login: (body: LoginBody): Promise<Me> =>
    apiClient.request('/api/auth/login', { method: 'POST', body, schema: meSchema }),
  logout: (): Promise<{ ok: true }> =>
    apiClient.request('/api/auth/logout', { method: 'POST', schema: z.object({ ok: z.literal(true) }) }),
  setLocale: (locale: Locale): Promise<Me> =>
    apiClient.request('/api/auth/me/locale', { method: 'PUT', body: { locale }, schema: meSchema }),
  requestPasswordReset: (email: string): Promise<{ ok: true }> =>
    apiClient.request('/api/auth/password-reset', {
      method: 'POST',
      body: { email },
      schema: passwordResetAcceptedSchema,
    }),
  confirmPasswordReset: (body: PasswordResetConfirmBody): Promise<{ ok: true }> =>
    apiClient.request('/api/auth/password-reset/confirm', {
      method: 'POST',
      body,
      schema: passwordResetAcceptedSchema,
    }),
};

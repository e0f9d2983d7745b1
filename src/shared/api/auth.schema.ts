import { z } from 'zod';
import { roles } from '../access/roles.js';
import { locales } from '../i18n/locale.js';

export const loginBodySchema = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  password: z.string().min(1).max(200),
});
export type LoginBody = z.infer<typeof loginBodySchema>;

const municipalitySummarySchema = z.object({ id: z.string(), slug: z.string(), name: z.string() });

export const meSchema = z.object({
  user: z.object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    role: z.enum(roles),
    locale: z.enum(locales),
  }),
  municipality: municipalitySummarySchema.extend({
    /** The municipality's IANA time zone (`Europe/Brussels`): "today" and the day of a moment on its calendar. */
    timeZone: z.string(),
  }),
  /** Send this back in the `x-csrf-token` header on every state-changing request. */
  csrfToken: z.string(),
});
export type Me = z.infer<typeof meSchema>;

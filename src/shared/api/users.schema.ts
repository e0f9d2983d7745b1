import { z } from 'zod';
import { roles } from '../access/roles.js';
import { locales } from '../i18n/locale.js';

export const passwordSchema = z.string().min(12).max(200);

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
  locale: z.enum(locales),
  active: z.boolean(),
  createdAt: z.string(),
  lastLoginAt: z.string().nullable(),
});
export type User = z.infer<typeof userSchema>;

export const userListSchema = z.object({ users: z.array(userSchema) });

export const createUserBodySchema = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  displayName: z.string().trim().min(1).max(120),
  role: z.enum(roles),
  locale: z.enum(locales).default('nl'),
  password: passwordSchema,
});
export type CreateUserBody = z.input<typeof createUserBodySchema>;

export const updateUserBodySchema = z
  .object({
    displayName: z.string().trim().min(1).max(120),
    role: z.enum(roles),
    locale: z.enum(locales),
    active: z.boolean(),
    password: passwordSchema,
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, { message: 'empty update' });
export type UpdateUserBody = z.infer<typeof updateUserBodySchema>;

export const updateOwnLocaleBodySchema = z.object({ locale: z.enum(locales) });

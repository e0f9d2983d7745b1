import type { Role } from '../../../shared/access/roles.js';
import type { Messages } from '../../i18n/messages.js';

export type UserField = 'email' | 'displayName' | 'role' | 'locale' | 'password';
export type UserFieldErrors = Partial<Record<UserField, string>>;

const messageOf: Record<UserField, (t: Messages) => string> = {
  email: (t) => t.users.invalidEmail,
  displayName: (t) => t.users.invalidDisplayName,
  role: (t) => t.users.invalidRole,
  locale: (t) => t.users.invalidLocale,
  password: (t) => t.users.invalidPassword,
};

function isUserField(field: string): field is UserField {
  return Object.hasOwn(messageOf, field);
}

/**
 * A localised message for each rejected field. The server's per-issue texts are zod's English, so the web app
 * says in the user's language what each field needs instead.
 */
export function userFieldErrors(fields: string[], t: Messages): UserFieldErrors {
  const errors: UserFieldErrors = {};
  for (const field of fields) if (isUserField(field)) errors[field] = messageOf[field](t);
  return errors;
}

/** "Beheerder" from "beheerder": role names stand capitalised in lists and menus. */
export function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

export function roleLabel(role: Role, t: Messages): string {
  return capitalised(t.roles[role]);
}

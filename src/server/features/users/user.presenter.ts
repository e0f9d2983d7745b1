import type { User } from '../../../shared/api/users.schema.js';
import { isRole } from '../../../shared/access/roles.js';
import { isLocale } from '../../../shared/i18n/locale.js';
import type { UserRow } from './user.repository.js';

export function presentUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: isRole(row.role) ? row.role : 'viewer',
    locale: isLocale(row.locale) ? row.locale : 'nl',
    active: Number(row.active) === 1,
    createdAt: row.created_at,
    lastLoginAt: row.last_login_at,
  };
}

/** What the audit log keeps of a user: everything but the password hash. */
export function auditedUser(row: UserRow): Omit<UserRow, 'password_hash'> {
  const { password_hash: _hidden, ...rest } = row;
  return rest;
}

import { createRequire } from 'node:module';
import { passwordCore, passwordPatternWeakness, type PasswordWeakness } from '../../../shared/auth/password-rule.js';
import { AppError } from '../../http/app-error.js';

let common: Set<string> | undefined;

/**
 * The common-password list shipped by `@zxcvbn-ts/language-common` (about 49,000 passwords from breaches, pinned in
 * package.json), read once. Only the list is used, not zxcvbn's scoring: the rule stays predictable and explainable.
 */
function commonPasswords(): Set<string> {
  if (!common) {
    const list = createRequire(import.meta.url)('@zxcvbn-ts/language-common/src/passwords.json') as string[];
    common = new Set(list.map((p) => p.toLowerCase()));
  }
  return common;
}

/** Why a password is refused, or null: the shared patterns, then the common list (as typed, and its core word). */
export function passwordWeakness(password: string, email?: string): PasswordWeakness | null {
  const pattern = passwordPatternWeakness(password, email);
  if (pattern) return pattern;
  const list = commonPasswords();
  const lower = password.toLowerCase();
  const core = passwordCore(password);
  if (list.has(lower) || (core.length >= 4 && list.has(core) && core.length >= lower.length - 6)) return 'common';
  return null;
}

/** Throws 422 PASSWORD_TOO_WEAK with the reason when the password breaks the rule. */
export function assertStrongPassword(password: string, email?: string): void {
  const reason = passwordWeakness(password, email);
  if (reason) throw new AppError('PASSWORD_TOO_WEAK', { reason });
}

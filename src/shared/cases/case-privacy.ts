import { type Actor, can } from '../access/roles.js';
import type { CaseTypeDefinition } from './case-types.js';

/**
 * Least privilege for names: the case owner sees the names in their case; beyond that only the roles the case
 * type lists (NERO cases of minors: the coordinators only). Everyone else with case access sees pseudonyms.
 */
export function maySeeNames(actor: Actor, type: CaseTypeDefinition, ownerUserId: string | null): boolean {
  if (!can(actor, 'case.read')) return false;
  return actor.userId === ownerUserId || type.namesVisibleTo.includes(actor.role);
}

/** Staff work on their own cases; coordinators and admins on every case. */
export function mayWriteCase(actor: Actor, ownerUserId: string | null): boolean {
  if (!can(actor, 'case.write')) return false;
  return can(actor, 'case.manage') || actor.userId === ownerUserId;
}

/** The pseudonym shown instead of a name: the role and a number within the case (“Ouder 2”). */
export function pseudonymFor(roleLabel: string, index: number): string {
  return `${roleLabel} ${index + 1}`;
}

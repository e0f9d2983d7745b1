/** The roles a user can hold within one municipality. */
export const roles = ['admin', 'coordinator', 'staff', 'guard', 'viewer'] as const;
export type Role = (typeof roles)[number];

/**
 * Actions the policy decides on. Add an action here and give it a row in `grants`:
 * the type checker then refuses a policy that forgets a role.
 */
export const actions = [
  'municipality.read',
  'user.read',
  'user.manage',
  'audit.read',
  'plan.read',
  'plan.manage',
  'register.read',
  'register.write',
  'register.manage',
  'indicator.manage',
  'indicator.value',
  'evaluation.write',
  'report.read',
] as const;
export type Action = (typeof actions)[number];

const everyone: readonly Role[] = roles;

/** role × action: who may do what inside their own municipality. */
export const grants: Record<Action, readonly Role[]> = {
  'municipality.read': everyone,
  'user.read': ['admin', 'coordinator'],
  'user.manage': ['admin'],
  'audit.read': ['admin'],
  'plan.read': everyone,
  'plan.manage': ['admin', 'coordinator'],
  'register.read': ['admin', 'coordinator', 'staff', 'viewer'],
  'register.write': ['admin', 'coordinator', 'staff', 'guard'],
  'register.manage': ['admin', 'coordinator'],
  'indicator.manage': ['admin', 'coordinator'],
  'indicator.value': ['admin', 'coordinator', 'staff'],
  'evaluation.write': ['admin', 'coordinator'],
  'report.read': everyone,
};

export interface Actor {
  userId: string;
  role: Role;
  municipalityId: string;
}

/**
 * The one policy decision: may this actor do this action on data of this municipality?
 * A user never acts outside their own municipality.
 */
export function can(actor: Actor, action: Action, resourceMunicipalityId: string = actor.municipalityId): boolean {
  if (actor.municipalityId !== resourceMunicipalityId) return false;
  return grants[action].includes(actor.role);
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}

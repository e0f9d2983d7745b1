/** The roles a user can hold within one municipality. */
export const roles = ['admin', 'coordinator', 'staff', 'guard', 'viewer', 'police'] as const;
export type Role = (typeof roles)[number];

const everyone: readonly Role[] = roles;
/** Everyone but the police: the police viewer sees the barometer and nothing else. */
const department: readonly Role[] = roles.filter((role) => role !== 'police');

/**
 * role × action: who may do what inside their own municipality. The actions the policy decides on are this table's
 * keys: add an action by giving it a row here.
 */
export const grants = {
  'municipality.read': everyone,
  'user.read': ['admin', 'coordinator'],
  'user.manage': ['admin'],
  'audit.read': ['admin'],
  /** The background jobs' health (a failed retention sweep) on the admin's home page. */
  'system.status': ['admin'],
  'plan.read': department,
  'plan.manage': ['admin', 'coordinator'],
  'register.read': ['admin', 'coordinator', 'staff', 'viewer'],
  'register.write': ['admin', 'coordinator', 'staff', 'guard'],
  'register.manage': ['admin', 'coordinator'],
  'indicator.manage': ['admin', 'coordinator'],
  'indicator.value': ['admin', 'coordinator', 'staff'],
  'evaluation.write': ['admin', 'coordinator'],
  'report.read': department,
  // The guards' phone app (shifts, briefing, own meldingen); the coordinator's views, briefings and vaststellers.
  'guard.app': ['admin', 'coordinator', 'guard'],
  'guard.coordinate': ['admin', 'coordinator'],
  // A community guard on duty: sees and changes only their own shifts, meldingen and incidents, writes only the guard
  // registers, lands on the guards' app. Also marks a user who may be named as the guard of an incident or a
  // vaststeller.
  'guard.duty': ['guard'],
  // The violence-against-guards register: a guard sees only the incidents they are concerned by (checked in the
  // service).
  'violence.register': ['admin', 'coordinator', 'guard'],
  // The nuisance desk: guards and viewers see complaints without the citizen's contact data (complaint.contact).
  'complaint.read': ['admin', 'coordinator', 'staff', 'guard', 'viewer'],
  'complaint.contact': ['admin', 'coordinator', 'staff'],
  'complaint.write': ['admin', 'coordinator', 'staff'],
  'complaint.manage': ['admin', 'coordinator'],
  // The bi-weekly police–prevention consultation: agenda, minutes, agreed actions.
  'consultation.read': ['admin', 'coordinator', 'staff', 'viewer'],
  'consultation.write': ['admin', 'coordinator', 'staff'],
  // The neighbourhood barometer. The police (and viewers outside the department) read it with small counts shown
  // as "<5" and without streets; exact counts and street-level detail (barometer.detail) stay in the department.
  'barometer.read': ['admin', 'coordinator', 'staff', 'viewer', 'police'],
  'barometer.detail': ['admin', 'coordinator', 'staff'],
  'barometer.import': ['admin', 'coordinator'],
  // Cases hold the most sensitive data: guards and police see nothing of them, the college only pseudonymised
  // statistics.
  'case.read': ['admin', 'coordinator', 'staff'],
  'case.write': ['admin', 'coordinator', 'staff'],
  'case.manage': ['admin', 'coordinator'],
  'case.statistics.read': ['admin', 'coordinator', 'staff', 'viewer'],
  // Everything held about one person (a data-subject request): the prevention official (coordinator) and admin.
  'case.personal': ['admin', 'coordinator'],
  // Conventions, staff funding, expenses, MJP lines: the college (viewer) reads the justification, coordinators keep
  // it.
  'finance.read': ['admin', 'coordinator', 'viewer'],
  'finance.manage': ['admin', 'coordinator'],
  'decision.manage': ['admin', 'coordinator'],
  // Everyone has a calendar; the service shows each role only the deadlines it may see (a guard: their own).
  'calendar.read': department,
  'calendar.remind': ['admin', 'coordinator'],
  // The department's deadlines (no owner) of every source; the college reads those of the plan cycle only.
  'calendar.department.read': ['admin', 'coordinator'],
  'calendar.plan.read': ['admin', 'coordinator', 'viewer'],
  'partner.read': ['admin', 'coordinator', 'staff', 'viewer'],
  'partner.manage': ['admin', 'coordinator'],
  // Enforcement at volume (GAS findings, vehicle holders, letters, payments): the sanctioning officer's desk. Holders
  // are personal data (reads audited); guards find offences from their app (guard.duty), they do not handle them.
  'enforcement.read': ['admin', 'coordinator', 'staff'],
  'enforcement.write': ['admin', 'coordinator', 'staff'],
  // The offence catalogue, amounts, agreements with an association, the enforcement plan.
  'enforcement.manage': ['admin', 'coordinator'],
  // The analysis by time, place and article: outside readers under the barometer's small-count rules.
  'enforcement.statistics.read': ['admin', 'coordinator', 'staff', 'viewer', 'police'],
} satisfies Record<string, readonly Role[]>;

/** An action the policy decides on. */
export type Action = keyof typeof grants;
export const actions = Object.keys(grants) as Action[];
const granted: Record<Action, readonly Role[]> = grants;

export interface Actor {
  userId: string;
  role: Role;
  municipalityId: string;
}

/** A signed-in actor with the e-mail address the audit log names. */
export type SignedInActor = Actor & { email: string };

/**
 * The one policy decision: may this actor do this action on data of this municipality?
 * A user never acts outside their own municipality.
 */
export function can(actor: Actor, action: Action, resourceMunicipalityId: string = actor.municipalityId): boolean {
  if (actor.municipalityId !== resourceMunicipalityId) return false;
  return granted[action].includes(actor.role);
}

/** What a role may do, whatever the municipality: for a user who is not the actor (the guard named on an incident). */
export function roleMay(role: Role, action: Action): boolean {
  return granted[action].includes(role);
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}

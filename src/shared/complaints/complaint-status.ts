/** The life of a complaint at the nuisance desk. Add, never rename: the status page and exports use the keys. */
export const complaintStatuses = ['new', 'assigned', 'in_progress', 'answered', 'closed'] as const;
export type ComplaintStatus = (typeof complaintStatuses)[number];

/** Statuses in which the city still owes the citizen an answer (they count for the deadline and the overdue list). */
export const openStatuses: readonly ComplaintStatus[] = ['new', 'assigned', 'in_progress'];

const allowed: Record<ComplaintStatus, readonly ComplaintStatus[]> = {
  // A new complaint is assigned, or closed at once (unfounded, not the city's business).
  new: ['assigned', 'closed'],
  // Assigned: the service starts, answers at once, or it goes back to the desk.
  assigned: ['in_progress', 'answered', 'new', 'closed'],
  in_progress: ['answered', 'assigned', 'closed'],
  // An answer can be followed by more work (the citizen replies) or closes the complaint.
  answered: ['closed', 'in_progress'],
  closed: [],
};

export interface TransitionContext {
  /** The complaint has a service or partner assigned. */
  hasService: boolean;
  /** An answer text is given with the change (or already stored). */
  hasAnswer: boolean;
  /** The complaint was merged into another one: its status follows the kept complaint. */
  merged: boolean;
}

export type TransitionRefusal = 'not_allowed' | 'service_required' | 'answer_required' | 'merged';

/** The statuses a complaint may move to from `from`. */
export function nextStatuses(from: ComplaintStatus): readonly ComplaintStatus[] {
  return allowed[from];
}

/**
 * Whether a complaint may move from `from` to `to`: null when it may, else why not. Pure: the service turns the
 * refusal into an error code, the web app into disabled buttons.
 */
export function checkTransition(
  from: ComplaintStatus,
  to: ComplaintStatus,
  context: TransitionContext,
): TransitionRefusal | null {
  if (context.merged) return 'merged';
  if (!allowed[from].includes(to)) return 'not_allowed';
  if ((to === 'assigned' || to === 'in_progress') && !context.hasService) return 'service_required';
  if (to === 'answered' && !context.hasAnswer) return 'answer_required';
  return null;
}

export function isComplaintStatus(value: unknown): value is ComplaintStatus {
  return typeof value === 'string' && (complaintStatuses as readonly string[]).includes(value);
}

export const isOpen = (status: ComplaintStatus): boolean => openStatuses.includes(status);

/** Overdue: still open on a day after its due day. Days are `YYYY-MM-DD`. */
export function isOverdue(status: ComplaintStatus, dueOn: string, today: string): boolean {
  return isOpen(status) && dueOn < today;
}

/** The life of a complaint at the nuisance desk. Add, never rename: the status page and exports use the keys. */
export const complaintStatuses = ['new', 'assigned', 'in_progress', 'answered', 'closed'] as const;
export type ComplaintStatus = (typeof complaintStatuses)[number];

/** Statuses in which the city still owes the citizen an answer (they count for the deadline and the overdue list). */
const openStatuses: readonly ComplaintStatus[] = ['new', 'assigned', 'in_progress'];

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

interface TransitionContext {
  /** The complaint has a service or partner assigned. */
  hasService: boolean;
  /** An answer text is given with the change (or already stored). */
  hasAnswer: boolean;
  /** The complaint was merged into another one: its status follows the kept complaint. */
  merged: boolean;
}

type TransitionRefusal = 'not_allowed' | 'service_required' | 'answer_required' | 'merged';

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

/**
 * The statuses a complaint passes through to reach `to` from `from`, shortest first along the transition table
 * (`to` last); [] when it is already there, null when it cannot get there. Answering a new complaint is
 * new → assigned → answered: the server walks the whole path in one transaction, checking every step.
 */
export function pathTo(from: ComplaintStatus, to: ComplaintStatus): ComplaintStatus[] | null {
  if (from === to) return [];
  const previous = new Map<ComplaintStatus, ComplaintStatus>();
  const queue: ComplaintStatus[] = [from];
  while (queue.length > 0) {
    const at = queue.shift() as ComplaintStatus;
    for (const next of allowed[at]) {
      if (next === from || previous.has(next)) continue;
      previous.set(next, at);
      if (next === to) {
        const path: ComplaintStatus[] = [to];
        for (let step = at; step !== from; step = previous.get(step) as ComplaintStatus) path.unshift(step);
        return path;
      }
      queue.push(next);
    }
  }
  return null;
}

/** Why the walk from `from` to `to` (every step of `pathTo`) is refused, or null when every step is allowed. */
export function checkPath(
  from: ComplaintStatus,
  to: ComplaintStatus,
  context: TransitionContext,
): TransitionRefusal | null {
  if (context.merged) return 'merged';
  const path = pathTo(from, to);
  if (!path || path.length === 0) return 'not_allowed';
  let at = from;
  for (const step of path) {
    const refusal = checkTransition(at, step, context);
    if (refusal) return refusal;
    at = step;
  }
  return null;
}

/** What the desk page offers for a complaint: only steps the transition table allows from its current status. */
export interface ComplaintSteps {
  /** Status buttons (answering and assigning have their own boxes, so `answered` is never one of them). */
  moves: ComplaintStatus[];
  /** The answer box: an answer reaches `answered` from here (through assigned when needed), or replaces one. */
  answer: boolean;
  /** The answer box must ask for a service too (answering passes through assigned, and none is assigned). */
  answerNeedsService: boolean;
  /** Assigning or changing the service. */
  assign: boolean;
}

export function allowedSteps(
  status: ComplaintStatus,
  context: { hasService: boolean; hasAnswer: boolean; merged: boolean },
): ComplaintSteps {
  if (context.merged || status === 'closed') {
    return { moves: [], answer: false, answerNeedsService: false, assign: false };
  }
  const moves = allowed[status].filter(
    (to) => to !== 'answered' && checkTransition(status, to, { ...context, hasAnswer: true }) === null,
  );
  const path = status === 'answered' ? [] : (pathTo(status, 'answered') ?? null);
  const answerNeedsService =
    path !== null && !context.hasService && path.some((s) => s === 'assigned' || s === 'in_progress');
  return { moves, answer: path !== null, answerNeedsService, assign: true };
}

export function isComplaintStatus(value: unknown): value is ComplaintStatus {
  return typeof value === 'string' && (complaintStatuses as readonly string[]).includes(value);
}

export const isOpen = (status: ComplaintStatus): boolean => openStatuses.includes(status);

/** Overdue: still open on a day after its due day. Days are `YYYY-MM-DD`. */
export function isOverdue(status: ComplaintStatus, dueOn: string, today: string): boolean {
  return isOpen(status) && dueOn < today;
}

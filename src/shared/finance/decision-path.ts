/**
 * The path of a plan version or a yearly report through the city's bodies: the college refers it, the council
 * approves it, the city submits it to the ministry. Pure rules: order, dates and what is due when.
 */

export const decisionSteps = ['college_referral', 'council_approval', 'ministry_submission'] as const;
export type DecisionStep = (typeof decisionSteps)[number];
export const decisionSubjectKinds = ['plan_version', 'report'] as const;
const decidedReportKinds = ['evaluation', 'activity', 'finance', 'guards', 'nero'] as const;
export type DecidedReportKind = (typeof decidedReportKinds)[number];

/** `evaluation:2020` → kind and year; null when it is not such a key. */
export function parseReportKey(key: string): { kind: DecidedReportKind; year: number } | null {
  const match = /^([a-z]+):(\d{4})$/u.exec(key);
  if (!match?.[1] || !match[2] || !(decidedReportKinds as readonly string[]).includes(match[1])) return null;
  return { kind: match[1] as DecidedReportKind, year: Number(match[2]) };
}

export const reportKey = (kind: DecidedReportKind, year: number): string => `${kind}:${year}`;

/**
 * The step that approves a yearly report: the college's decision (`college_referral`, the first step of every path).
 * The college approves the evaluation and the activity report before they go on (council, ministry), and the yearly
 * reports of the guards and of NERO are the college's alone. From that day on the report counts as an approved
 * `document` of its report subject (`report.<kind>`), which is what "4 activiteitenrapporten" or "Jaarrapport
 * NERO-project" count.
 */
export const reportApprovalStep: DecisionStep = 'college_referral';

/**
 * When each path must be finished. A plan goes to the ministry by 31 March of its first year (31/03/2020 for the
 * 2020 plan); the yearly evaluation goes to the college by 31 March of the next year; the activity report and the
 * financial justification of a year are due at the ministry on the same day (the ministry's circulars may set
 * another date: this is the one place to change it).
 */
export function pathDue(
  subject: { kind: 'plan_version'; firstYear: number } | { kind: DecidedReportKind; year: number },
): { step: DecisionStep; due: string } {
  if (subject.kind === 'plan_version') return { step: 'ministry_submission', due: `${subject.firstYear}-03-31` };
  if (subject.kind === 'evaluation') return { step: 'college_referral', due: `${subject.year + 1}-03-31` };
  return { step: 'ministry_submission', due: `${subject.year + 1}-03-31` };
}

interface DoneStep {
  step: DecisionStep;
  decidedOn: string;
}

/** The first step not yet taken; null when the path is complete. */
export function nextStep(done: readonly DoneStep[]): DecisionStep | null {
  return decisionSteps.find((step) => !done.some((d) => d.step === step)) ?? null;
}

/**
 * Whether `step` on `decidedOn` may be recorded: every earlier step must be there with a date on or before it, and
 * every later step already recorded must not be dated before it.
 */
export function stepFits(done: readonly DoneStep[], step: DecisionStep, decidedOn: string): boolean {
  const index = decisionSteps.indexOf(step);
  return decisionSteps.every((other, otherIndex) => {
    const recorded = done.find((d) => d.step === other);
    if (otherIndex < index) return recorded !== undefined && recorded.decidedOn <= decidedOn;
    if (otherIndex > index) return recorded === undefined || recorded.decidedOn >= decidedOn;
    return true;
  });
}

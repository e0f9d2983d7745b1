import type { AgreementRhythm } from '../../../shared/partners/review-schedule.js';

/** What the agreement form holds while it is being typed. */
export interface AgreementDraft {
  partnerId: string;
  title: string;
  /** One measurable objective per line. */
  objectivesText: string;
  rhythm: AgreementRhythm;
  signedOn: string;
  endOn: string;
  objectiveLineageId: string;
  fileIds: string[];
  /** The plan's `document` subject the agreement is ('' or absent: none). */
  subjectId?: string;
}

export type AgreementField = 'partnerId' | 'title' | 'objectivesText' | 'signedOn' | 'endOn';
export type AgreementProblem = 'required' | 'tooShort' | 'objectiveTooShort' | 'tooMany' | 'endBeforeStart';

export interface AgreementBody {
  partnerId: string;
  title: string;
  objectives: string[];
  rhythm: AgreementRhythm;
  signedOn: string;
  endOn: string | null;
  objectiveLineageId: string | null;
  fileIds: string[];
  subjectId?: string;
}

/** The objectives typed one per line: trimmed, blank lines and list bullets dropped. */
export function objectiveLines(text: string): string[] {
  return text
    .split(/\r?\n/u)
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s*/u, '').trim())
    .filter((line) => line.length > 0);
}

/** Checks the draft as the server would (same limits) so the person sees every problem at once; the body when valid. */
export function checkAgreement(draft: AgreementDraft): {
  body: AgreementBody | null;
  problems: Partial<Record<AgreementField, AgreementProblem>>;
} {
  const problems: Partial<Record<AgreementField, AgreementProblem>> = {};
  const objectives = objectiveLines(draft.objectivesText);
  const title = draft.title.trim();
  if (!draft.partnerId) problems.partnerId = 'required';
  if (title.length === 0) problems.title = 'required';
  else if (title.length < 2) problems.title = 'tooShort';
  if (objectives.length === 0) problems.objectivesText = 'required';
  else if (objectives.length > 30) problems.objectivesText = 'tooMany';
  else if (objectives.some((o) => o.length < 2 || o.length > 500)) problems.objectivesText = 'objectiveTooShort';
  if (!draft.signedOn) problems.signedOn = 'required';
  if (draft.endOn && draft.signedOn && draft.endOn < draft.signedOn) problems.endOn = 'endBeforeStart';
  if (Object.keys(problems).length > 0) return { body: null, problems };
  return {
    body: {
      partnerId: draft.partnerId,
      title,
      objectives,
      rhythm: draft.rhythm,
      signedOn: draft.signedOn,
      endOn: draft.endOn || null,
      objectiveLineageId: draft.objectiveLineageId || null,
      fileIds: draft.fileIds,
      ...(draft.subjectId ? { subjectId: draft.subjectId } : {}),
    },
    problems,
  };
}

/** The first review day of the agreement not yet recorded (the one the review form proposes), or null. */
export function openReview(reviews: { dueOn: string; reviewedOn: string | null }[], today: string): string | null {
  const open = reviews.filter((r) => r.reviewedOn === null);
  const due = open.filter((r) => r.dueOn <= today);
  return (due[0] ?? open[0])?.dueOn ?? null;
}

import type { ComplaintDetail } from '../../../shared/api/complaints.schema.js';
import { allowedSteps, type ComplaintSteps } from '../../../shared/complaints/complaint-status.js';

const none: ComplaintSteps = { moves: [], answer: false, answerNeedsService: false, assign: false };

/**
 * What the detail page offers a user for this complaint: only the steps the shared transition table allows from
 * its status (nothing for who may not write, a merged or a closed complaint).
 */
export function complaintSteps(
  complaint: Pick<ComplaintDetail, 'status' | 'serviceId' | 'answer' | 'mergedIntoId'>,
  mayWrite: boolean,
): ComplaintSteps {
  if (!mayWrite) return none;
  return allowedSteps(complaint.status, {
    hasService: complaint.serviceId !== null,
    hasAnswer: complaint.answer !== null,
    merged: complaint.mergedIntoId !== null,
  });
}

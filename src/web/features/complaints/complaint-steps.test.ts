import { describe, expect, it } from 'vitest';
import { checkTransition, complaintStatuses } from '../../../shared/complaints/complaint-status.js';
import { complaintSteps } from './complaint-steps.js';

const complaint = (status: (typeof complaintStatuses)[number], serviceId: string | null = null) => ({
  status,
  serviceId,
  answer: status === 'answered' ? 'Beantwoord.' : null,
  mergedIntoId: null,
});

describe('complaintSteps: the steps the detail page offers', () => {
  it('offers a new complaint the answer box (asking for a service) and closing, never a refused status', () => {
    const steps = complaintSteps(complaint('new'), true);
    expect(steps.answer).toBe(true);
    expect(steps.answerNeedsService).toBe(true);
    expect(steps.assign).toBe(true);
    // "Assigned" without a service would be refused (COMPLAINT_SERVICE_REQUIRED): assigning a service does it.
    expect(steps.moves).toEqual(['closed']);
  });

  it('does not ask for a service when one is assigned', () => {
    const steps = complaintSteps(complaint('assigned', 's1'), true);
    expect(steps.answerNeedsService).toBe(false);
    expect(steps.moves).toEqual(['in_progress', 'new', 'closed']);
  });

  it('offers only moves the transition table allows, for every status', () => {
    for (const status of complaintStatuses) {
      const steps = complaintSteps(complaint(status, 's1'), true);
      for (const to of steps.moves) {
        expect(to).not.toBe('answered');
        expect(checkTransition(status, to, { hasService: true, hasAnswer: true, merged: false })).toBeNull();
      }
    }
  });

  it('offers nothing on a closed or merged complaint, or to a reader', () => {
    const closed = complaintSteps(complaint('closed', 's1'), true);
    expect(closed).toEqual({ moves: [], answer: false, answerNeedsService: false, assign: false });
    const merged = complaintSteps({ ...complaint('new'), mergedIntoId: 'other' }, true);
    expect(merged.answer).toBe(false);
    expect(merged.moves).toEqual([]);
    expect(complaintSteps(complaint('new'), false).answer).toBe(false);
  });

  it('lets an answered complaint be answered again (the new answer replaces the first) or closed', () => {
    const steps = complaintSteps(complaint('answered', 's1'), true);
    expect(steps.answer).toBe(true);
    expect(steps.moves).toEqual(['closed', 'in_progress']);
  });
});

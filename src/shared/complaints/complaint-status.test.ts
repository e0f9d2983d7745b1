import { describe, expect, it } from 'vitest';
import { checkPath, checkTransition, complaintStatuses, isOverdue, nextStatuses, pathTo } from './complaint-status.js';

const ready = { hasService: true, hasAnswer: true, merged: false };

describe('complaint status transitions', () => {
  it('walks the happy path new → assigned → in progress → answered → closed', () => {
    expect(checkTransition('new', 'assigned', ready)).toBeNull();
    expect(checkTransition('assigned', 'in_progress', ready)).toBeNull();
    expect(checkTransition('in_progress', 'answered', ready)).toBeNull();
    expect(checkTransition('answered', 'closed', ready)).toBeNull();
  });

  it('refuses skipping, going back from closed and staying in place', () => {
    expect(checkTransition('new', 'in_progress', ready)).toBe('not_allowed');
    expect(checkTransition('new', 'answered', ready)).toBe('not_allowed');
    for (const to of complaintStatuses) expect(checkTransition('closed', to, ready)).toBe('not_allowed');
    for (const status of complaintStatuses) expect(checkTransition(status, status, ready)).toBe('not_allowed');
  });

  it('needs a service to assign and an answer to answer', () => {
    expect(checkTransition('new', 'assigned', { ...ready, hasService: false })).toBe('service_required');
    expect(checkTransition('assigned', 'in_progress', { ...ready, hasService: false })).toBe('service_required');
    expect(checkTransition('in_progress', 'answered', { ...ready, hasAnswer: false })).toBe('answer_required');
  });

  it('refuses every change of a merged duplicate', () => {
    for (const from of complaintStatuses) {
      for (const to of nextStatuses(from)) expect(checkTransition(from, to, { ...ready, merged: true })).toBe('merged');
    }
  });

  it('lets closed be reached from every open status and lets an answer be reopened', () => {
    for (const from of ['new', 'assigned', 'in_progress', 'answered'] as const) {
      expect(nextStatuses(from)).toContain('closed');
    }
    expect(checkTransition('answered', 'in_progress', ready)).toBeNull();
  });

  it('is overdue only while open and after the due day', () => {
    expect(isOverdue('assigned', '2020-03-01', '2020-03-02')).toBe(true);
    expect(isOverdue('assigned', '2020-03-02', '2020-03-02')).toBe(false);
    expect(isOverdue('answered', '2020-03-01', '2020-03-10')).toBe(false);
    expect(isOverdue('closed', '2020-03-01', '2020-03-10')).toBe(false);
  });
});

describe('pathTo and checkPath: answering in one step', () => {
  it('walks a new complaint through assigned to answered', () => {
    expect(pathTo('new', 'answered')).toEqual(['assigned', 'answered']);
    expect(pathTo('assigned', 'answered')).toEqual(['answered']);
    expect(pathTo('in_progress', 'answered')).toEqual(['answered']);
    expect(pathTo('answered', 'answered')).toEqual([]);
    expect(pathTo('closed', 'answered')).toBeNull();
  });

  it('checks every step of the path', () => {
    expect(checkPath('new', 'answered', ready)).toBeNull();
    expect(checkPath('new', 'answered', { ...ready, hasService: false })).toBe('service_required');
    expect(checkPath('closed', 'answered', ready)).toBe('not_allowed');
    expect(checkPath('new', 'answered', { ...ready, merged: true })).toBe('merged');
  });
});

import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../access/roles.js';
import { maySeeNames, mayWriteCase } from './case-privacy.js';
import { caseTypes } from './case-types.js';

const actor = (role: Role, userId = 'u-1'): Actor => ({ userId, role, municipalityId: 'm-1' });

describe('who sees names in a case', () => {
  it('NERO (minors): the owner and coordinators only — not other staff, not the admin, never viewers or guards', () => {
    expect(maySeeNames(actor('staff', 'owner'), caseTypes.nero, 'owner')).toBe(true);
    expect(maySeeNames(actor('staff', 'other'), caseTypes.nero, 'owner')).toBe(false);
    expect(maySeeNames(actor('coordinator'), caseTypes.nero, 'owner')).toBe(true);
    expect(maySeeNames(actor('admin'), caseTypes.nero, 'owner')).toBe(false);
    for (const role of ['viewer', 'guard', 'police'] as const) {
      expect(maySeeNames(actor(role, 'owner'), caseTypes.nero, 'owner')).toBe(false);
    }
  });

  it('prevention advice: staff of the department see the names they need to make appointments', () => {
    expect(maySeeNames(actor('staff', 'other'), caseTypes.prevention_advice, 'owner')).toBe(true);
    expect(maySeeNames(actor('viewer'), caseTypes.prevention_advice, 'owner')).toBe(false);
  });

  it('staff write in their own cases only; coordinators and admins in every case', () => {
    expect(mayWriteCase(actor('staff', 'owner'), 'owner')).toBe(true);
    expect(mayWriteCase(actor('staff', 'other'), 'owner')).toBe(false);
    expect(mayWriteCase(actor('coordinator'), 'owner')).toBe(true);
    expect(mayWriteCase(actor('viewer', 'owner'), 'owner')).toBe(false);
  });
});

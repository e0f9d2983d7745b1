import { describe, expect, it } from 'vitest';
import { actions, can, roleMay, roles } from './roles.js';

describe('policy', () => {
  const actor = { userId: 'u1', role: 'admin' as const, municipalityId: 'm1' };

  it('never allows anything in another municipality, whatever the role', () => {
    for (const role of roles) for (const action of actions) expect(can({ ...actor, role }, action, 'm2')).toBe(false);
  });

  it('lets only admins manage users and read the audit log', () => {
    expect(roles.filter((role) => can({ ...actor, role }, 'user.manage'))).toEqual(['admin']);
    expect(roles.filter((role) => can({ ...actor, role }, 'audit.read'))).toEqual(['admin']);
    expect(roles.filter((role) => can({ ...actor, role }, 'user.read'))).toEqual(['admin', 'coordinator']);
  });

  it('gives viewers read access only', () => {
    const viewer = { ...actor, role: 'viewer' as const };
    const allowed = actions.filter((action) => can(viewer, action));
    expect(allowed.every((a) => a.endsWith('.read'))).toBe(true);
  });

  it('keeps the guards to their own work and the department’s deadlines to coordinators', () => {
    expect(roles.filter((role) => can({ ...actor, role }, 'guard.duty'))).toEqual(['guard']);
    expect(roles.filter((role) => roleMay(role, 'calendar.department.read'))).toEqual(['admin', 'coordinator']);
    expect(roles.filter((role) => roleMay(role, 'calendar.plan.read'))).toEqual(['admin', 'coordinator', 'viewer']);
    expect(roleMay('police', 'calendar.plan.read')).toBe(false);
  });
});

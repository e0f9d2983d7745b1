import { describe, expect, it } from 'vitest';
import { actions, can, grants, roles } from './roles.js';

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

  it('has a grant row for every action', () => {
    expect(Object.keys(grants).sort()).toEqual([...actions].sort());
  });
});

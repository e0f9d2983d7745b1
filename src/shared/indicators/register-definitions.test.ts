import { describe, expect, it } from 'vitest';
import { builtinRegisterTypes } from './builtin-register-types.js';
import { registerTypesSchema } from './register-fields.js';
import { caseTypeDefinitionSchema, caseTypes } from '../cases/case-types.js';
import planRegisterData from './builtin-register-types.json';

/**
 * The built-in register definitions (plan, guard, case and steering registers) and the case types are data
 * (JSON files) that stored registrations, indicator links and reports depend on. They are read through their
 * schemas when the modules load; these tests show that the schemas refuse the mistakes an edit of the JSON can make.
 */
describe('built-in register definitions', () => {
  it('are every register the plan, the guards, the case engine and the steering group need, once each', () => {
    const keys = builtinRegisterTypes.map((t) => t.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of [
      'meeting',
      'activity',
      'decision',
      'guard_round',
      'gas_report',
      'case_work',
      'enforcement_steering',
    ]) {
      expect(keys).toContain(key);
    }
  });

  it('refuse a register twice, a field twice, a category without options or a role on the wrong kind', () => {
    const meeting = structuredClone(planRegisterData[0]!);
    expect(registerTypesSchema.safeParse([meeting, meeting]).success).toBe(false);
    const twice = { ...meeting, fields: [...meeting.fields, meeting.fields[1]] };
    expect(registerTypesSchema.safeParse([twice]).success).toBe(false);
    const noOptions = { ...meeting, fields: [{ ...meeting.fields[0], options: [] }] };
    expect(registerTypesSchema.safeParse([noOptions]).success).toBe(false);
    const wrongRole = { ...meeting, fields: [{ ...meeting.fields[1], role: 'quantity' }] };
    expect(registerTypesSchema.safeParse([wrongRole]).success).toBe(false);
    expect(registerTypesSchema.safeParse([meeting]).success).toBe(true);
  });

  it('have no undefined properties', () => {
    const hasUndefined = (value: unknown): boolean =>
      Array.isArray(value)
        ? value.some(hasUndefined)
        : typeof value === 'object' && value !== null
          ? Object.values(value).some((v) => v === undefined || hasUndefined(v))
          : false;
    expect(hasUndefined(builtinRegisterTypes)).toBe(false);
    expect(hasUndefined(caseTypes)).toBe(false);
  });
});

describe('case types', () => {
  it('refuse a flow that names a step it does not have, or an outcome a step does not offer', () => {
    const nero = structuredClone(caseTypes.nero);
    expect(caseTypeDefinitionSchema.safeParse(nero).success).toBe(true);
    const typo = structuredClone(nero);
    typo.steps[1]!.requires = ['prosecutor_consnet'];
    expect(caseTypeDefinitionSchema.safeParse(typo).success).toBe(false);
    const deadline = structuredClone(nero);
    deadline.deadlines[0]!.metBy = 'evaluated';
    expect(caseTypeDefinitionSchema.safeParse(deadline).success).toBe(false);
    const pass = structuredClone(nero);
    pass.steps[0]!.passOutcomes = ['given'];
    expect(caseTypeDefinitionSchema.safeParse(pass).success).toBe(false);
    const consent = structuredClone(nero);
    consent.consentStep = 'consent';
    expect(caseTypeDefinitionSchema.safeParse(consent).success).toBe(false);
  });

  it('give names only to the roles that exist', () => {
    const role = { ...structuredClone(caseTypes.gas_adult), namesVisibleTo: ['mayor'] };
    expect(caseTypeDefinitionSchema.safeParse(role).success).toBe(false);
  });
});

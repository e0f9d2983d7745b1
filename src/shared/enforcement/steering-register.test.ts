import { describe, expect, it } from 'vitest';
import { computationKeyOf as keyOf, proposalFor as read } from '../../../test/support/mechelen-proposals.js';
import { builtinRegisterType } from '../indicators/builtin-register-types.js';
import { proposeLink } from '../indicators/propose-link.js';
import { steeringKinds, steeringRegisterKey } from './steering-register.js';

describe('the steering group for administrative enforcement', () => {
  it('is a built-in register whose kinds are the meeting, the feedback and the policy proposal', () => {
    const type = builtinRegisterType(steeringRegisterKey);
    expect(type?.place).toBe('none');
    const kind = type?.fields.find((f) => f.role === 'category');
    expect(kind?.options?.map((o) => o.value)).toEqual([...steeringKinds]);
    expect(type?.fields.find((f) => f.role === 'title')?.required).toBe(true);
  });

  it('is what the Mechelen plan’s 3.2.1 indicators count: reports and policy proposals, one subject, two computations', () => {
    const reports = read('Aantal verslagen van de stuurgroep bestuurlijk handhaven');
    const proposals = read('Aantal beleidsvoorstellen aangaande structurele maatregelen');
    expect(reports.link(new Map())).toEqual({
      mode: 'query',
      query: { typeKey: steeringRegisterKey, categories: ['meeting'], measure: 'count' },
    });
    expect(proposals.link(new Map())).toEqual({
      mode: 'query',
      query: { typeKey: steeringRegisterKey, categories: ['policy_proposal'], measure: 'count' },
    });
    // One body: both name the same subject of the register (so the form preselects it) …
    expect(reports.subjects).toEqual([
      expect.objectContaining({ typeKey: steeringRegisterKey, kind: 'body', name: 'Stuurgroep bestuurlijk handhaven' }),
    ]);
    expect(proposals.subjects[0]?.key).toBe(reports.subjects[0]?.key);
    expect(reports.subjects[0]?.key).toMatch(/^3\.enforcement_steering\./);
    // … and each indicator its own computation (no shared-computation flag).
    expect(keyOf(reports)).not.toBe(keyOf(proposals));
  });

  it('leaves policy proposals elsewhere in the plan to the ordinary reading', () => {
    expect(proposeLink({ text: 'Aantal beleidsvoorstellen rond jeugd', sectionNumber: '5.1' }).reading).toMatchObject({
      query: { typeKey: 'document' },
    });
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinRegisterTypes } from './builtin-register-types.js';
import { caseTypes } from '../cases/case-types.js';

/**
 * The built-in register definitions (plan, guard and case registers) and the case types are data that stored
 * registrations, indicator links and reports depend on: keys, labels and options must not drift when the code that
 * builds them is reshaped. The fixture is the JSON of the definitions as they were; change it only on purpose.
 */
describe('built-in register definitions', () => {
  const fixture = readFileSync(new URL('./fixtures/register-definitions.json', import.meta.url), 'utf8');

  it('equal the recorded snapshot, field for field and in the same order', () => {
    // Compared as one JSON text, so key order counts too (the fixture's own layout does not).
    expect(JSON.stringify({ builtinRegisterTypes, caseTypes })).toBe(JSON.stringify(JSON.parse(fixture)));
  });

  it('have no undefined properties (a helper must not add empty keys)', () => {
    expect(JSON.parse(fixture)).toStrictEqual(JSON.parse(JSON.stringify({ builtinRegisterTypes, caseTypes })));
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

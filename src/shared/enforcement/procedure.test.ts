import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gasProcedure } from './procedure.js';

/**
 * The GAS procedure is data that recorded steps, deadlines and the published workflow document depend on: keys,
 * labels and order must not drift when the code that builds it is reshaped. The fixture is its JSON as it was.
 */
describe('the GAS procedure definition', () => {
  it('equals the recorded fixture, field for field and in the same order', () => {
    const fixture = readFileSync(new URL('./fixtures/gas-procedure.json', import.meta.url), 'utf8');
    expect(JSON.stringify(gasProcedure)).toBe(JSON.stringify(JSON.parse(fixture)));
  });
});

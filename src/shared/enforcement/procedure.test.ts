import { describe, expect, it } from 'vitest';
import { appealMonths, defenceDays, gasProcedure, paymentDays } from './procedure.js';
import { stepOf } from '../cases/case-types.js';

/**
 * The GAS procedure is data (`gas-procedure.json`) that recorded steps, deadlines, letters and the published
 * workflow document depend on; the periods the letters and batch runs use are read from its deadlines.
 */
describe('the GAS procedure definition', () => {
  it('reads its periods from its own deadlines: 15 days to defend or pay, 30 to pay a fine, a month to appeal', () => {
    expect([defenceDays, paymentDays, appealMonths]).toEqual([15, 30, 1]);
  });

  it('lets no decision be recorded before the defence period the letters announce has ended', () => {
    expect(stepOf(gasProcedure, 'decided')?.notBefore).toEqual({ after: 'notified', days: defenceDays });
  });

  it('runs from identification to the ways a finding closes', () => {
    expect(gasProcedure.steps.map((s) => s.key)).toEqual([
      'holder_identified',
      'notified',
      'defence_received',
      'decided',
      'mediation_result',
      'reminded',
      'paid',
      'appealed',
    ]);
    expect(gasProcedure.closeOutcomes.map((c) => c.key)).toContain('collection');
  });
});

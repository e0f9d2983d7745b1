import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { belgianAmountCents, readConventionTables, readMultiYearLines } from './plan-finance-text.js';

const mechelen = readFileSync(new URL('../../../samples/plans/mechelen-svpp-2020.txt', import.meta.url), 'utf8');

describe('the money in a plan text', () => {
  it('reads Belgian amounts into cents', () => {
    expect(belgianAmountCents('810.560,-')).toBe(81_056_000);
    expect(belgianAmountCents('40.320,00')).toBe(4_032_000);
    expect(belgianAmountCents('899,-')).toBe(89_900);
    expect(belgianAmountCents('x')).toBeNull();
  });

  it('reads the multi-year plan lines of the Mechelen council decision, with the €899 difference', () => {
    expect(readMultiYearLines(mechelen)).toEqual([
      {
        code: 'MJP003632',
        estimateCents: 81_056_000,
        budgetCents: 81_056_000,
        statedDifferenceCents: null,
        kind: 'plan',
        line: 41,
      },
      {
        code: 'MJP003608',
        estimateCents: 5_893_400,
        budgetCents: 5_983_300,
        statedDifferenceCents: 89_900,
        kind: 'guards',
        line: 42,
      },
    ]);
  });

  it('reads the convention tables: wage part and equipment part per scheme', () => {
    expect(readConventionTables(mechelen)).toEqual([
      {
        amountCents: 4_271_457,
        statedWageCents: 4_032_000,
        wageFormula: '420 x 8 VTE x 12 maand',
        statedEquipmentCents: 239_457,
      },
      {
        amountCents: 1_622_058,
        statedWageCents: 1_512_000,
        wageFormula: '420 x 3 VTE x 12 maand',
        statedEquipmentCents: 110_058,
      },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  allocateCents,
  contingentWageCents,
  daysInMonth,
  eligibleWageByMonth,
  eligibleWageCents,
  equipmentCapCents,
  parseRegime,
  regimeFteHundredths,
} from './subsidy-rules.js';
import { capState, checkConvention, reconcile } from './convention-check.js';

const full = { numerator: 1, denominator: 1 };

describe('subsidy rules', () => {
  it('checks the Mechelen 2020 contingents: 8 × 420 × 12 = €40,320 and 3 × 420 × 12 = €15,120', () => {
    expect(contingentWageCents(800)).toBe(4_032_000);
    expect(contingentWageCents(300)).toBe(1_512_000);
    expect(equipmentCapCents(800)).toBe(293_488);
    expect(equipmentCapCents(300)).toBe(110_058);
    const guards = checkConvention({
      amountCents: 4_271_457,
      fteHundredths: 800,
      statedWageCents: 4_032_000,
      statedEquipmentCents: 239_457,
    });
    expect(guards).toMatchObject({
      ruleWageCents: 4_032_000,
      equipmentCents: 239_457,
      equipmentCapCents: 293_488,
      findings: [],
    });
    const activa = checkConvention({ amountCents: 1_622_058, fteHundredths: 300 });
    expect(activa).toMatchObject({ equipmentCents: 110_058, equipmentCapCents: 110_058, findings: [] });
  });

  it('shows every mismatch between a text and the rules', () => {
    const wrong = checkConvention({
      amountCents: 4_500_000,
      fteHundredths: 800,
      statedWageCents: 4_000_000,
      statedEquipmentCents: 400_000,
    });
    expect(wrong.findings.map((f) => f.code)).toEqual([
      'wage_differs',
      'equipment_over_cap',
      'parts_differ_from_total',
    ]);
    expect(checkConvention({ amountCents: 100_000, fteHundredths: 800 }).findings.map((f) => f.code)).toEqual([
      'amount_below_wage',
    ]);
  });

  it('reads regimes and pro-rates a month by regime and days in service', () => {
    expect(parseRegime('4/5')).toEqual({ numerator: 4, denominator: 5 });
    expect(parseRegime(' 1 / 2 ')).toEqual({ numerator: 1, denominator: 2 });
    expect(parseRegime('6/5')).toBeNull();
    expect(parseRegime('0/5')).toBeNull();
    expect(parseRegime('abc')).toBeNull();
    expect(regimeFteHundredths({ numerator: 4, denominator: 5 })).toBe(80);
    expect(eligibleWageCents(full, 2020, 1, '2019-01-01', null)).toBe(42_000);
    expect(eligibleWageCents({ numerator: 4, denominator: 5 }, 2020, 3, '2019-01-01', null)).toBe(33_600);
    expect(eligibleWageCents({ numerator: 1, denominator: 2 }, 2020, 3, '2019-01-01', null)).toBe(21_000);
    // Started on 16 April (15 of 30 days): half a month.
    expect(eligibleWageCents(full, 2020, 4, '2020-04-16', null)).toBe(21_000);
    expect(eligibleWageCents(full, 2020, 5, '2020-06-01', null)).toBe(0);
    expect(eligibleWageByMonth(full, 2020, '2020-01-01', '2020-06-30').reduce((a, b) => a + b, 0)).toBe(6 * 42_000);
  });

  it('flags a cap from 90% and beyond it, and a budget line that differs by a euro or more', () => {
    expect(capState(89, 100)).toBe('ok');
    expect(capState(90, 100)).toBe('near');
    expect(capState(101, 100)).toBe('over');
    expect(reconcile(5_983_300, 5_893_400)).toEqual({ differenceCents: 89_900, flagged: true });
    expect(reconcile(81_056_000, 81_055_307)).toEqual({ differenceCents: 693, flagged: true });
    expect(reconcile(100, 1)).toEqual({ differenceCents: 99, flagged: false });
  });
});

const isoDay = fc
  .integer({ min: 0, max: 3 * 366 })
  .map((d) => new Date(Date.UTC(2019, 0, 1 + d)).toISOString().slice(0, 10));
const regime = fc
  .integer({ min: 1, max: 38 })
  .chain((denominator) => fc.integer({ min: 1, max: denominator }).map((numerator) => ({ numerator, denominator })));

describe('subsidy rules, properties', () => {
  it('never pays more for a part of a month than for the whole month, however the month is split', () => {
    fc.assert(
      fc.property(
        regime,
        fc.integer({ min: 2019, max: 2022 }),
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.integer({ min: 1, max: 30 }), { maxLength: 6 }),
        (r, year, month, cuts) => {
          const last = daysInMonth(year, month);
          const points = [...new Set(cuts.filter((c) => c < last))].sort((a, b) => a - b);
          const bounds = [0, ...points, last];
          const day = (d: number) => `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          let parts = 0;
          for (let i = 0; i + 1 < bounds.length; i += 1) {
            parts += eligibleWageCents(r, year, month, day((bounds[i] ?? 0) + 1), day(bounds[i + 1] ?? last));
          }
          const whole = eligibleWageCents(r, year, month, day(1), day(last));
          expect(parts).toBeLessThanOrEqual(whole);
          expect(whole).toBeLessThanOrEqual(42_000);
        },
      ),
    );
  });

  it('never gives a person more than the full-time rate in any month, nor more than 12 months a year', () => {
    fc.assert(
      fc.property(
        regime,
        isoDay,
        fc.option(isoDay, { nil: null }),
        fc.integer({ min: 2019, max: 2021 }),
        (r, start, end, year) => {
          const months = eligibleWageByMonth(r, year, start, end);
          for (const cents of months) expect(Number.isInteger(cents) && cents >= 0 && cents <= 42_000).toBe(true);
          expect(months.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(contingentWageCents(100));
        },
      ),
    );
  });

  it('keeps the staff of a contingent within it when their regimes add up to at most its FTE', () => {
    fc.assert(
      fc.property(fc.array(regime, { minLength: 1, maxLength: 10 }), (regimes) => {
        const fte = regimes.reduce((a, r) => a + regimeFteHundredths(r), 0);
        const paid = regimes.reduce(
          (a, r) => a + eligibleWageByMonth(r, 2020, '2020-01-01', null).reduce((x, y) => x + y, 0),
          0,
        );
        // Rounding each person down never pays more than the exact share; the contingent holds at least the floored
        // FTE.
        expect(paid).toBeLessThanOrEqual(regimes.reduce((a, r) => a + (42_000 * 12 * r.numerator) / r.denominator, 0));
        expect(contingentWageCents(fte)).toBeLessThanOrEqual(paid + (regimes.length * 42_000 * 12) / 100);
      }),
    );
  });

  it('allocates cents exactly and stably: parts add up to the whole, each within a cent of its share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 12 }),
        (total, weights) => {
          const parts = allocateCents(total, weights);
          const sum = weights.reduce((a, w) => a + w, 0);
          if (sum === 0) {
            // Nothing to share by: every part is zero (the property returns nothing: a returned value would be judged).
            expect(parts.every((p) => p === 0)).toBe(true);
            return;
          }
          expect(parts.reduce((a, p) => a + p, 0)).toBe(total);
          parts.forEach((p, i) => expect(Math.abs(p - (total * (weights[i] ?? 0)) / sum)).toBeLessThan(1));
          expect(allocateCents(total, weights)).toEqual(parts);
        },
      ),
    );
  });
});

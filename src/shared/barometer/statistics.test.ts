import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benjaminiHochberg, binomialLowerTail, binomialUpperTail, compareRates, incompleteBeta } from './statistics.js';

function binomialPmf(k: number, n: number, p: number): number {
  let c = 1;
  for (let i = 0; i < k; i++) c = (c * (n - i)) / (i + 1);
  return c * p ** k * (1 - p) ** (n - k);
}

describe('binomial tails', () => {
  it('agree with summing the probability mass', () => {
    for (const [n, p] of [
      [10, 0.5],
      [25, 0.3],
      [40, 0.77],
    ] as const) {
      for (let k = 0; k <= n; k++) {
        let upper = 0;
        for (let j = k; j <= n; j++) upper += binomialPmf(j, n, p);
        expect(binomialUpperTail(k, n, p)).toBeCloseTo(upper, 10);
        expect(binomialLowerTail(k, n, p)).toBeCloseTo(1 - upper + binomialPmf(k, n, p), 10);
      }
    }
  });
  it('know the textbook values of the incomplete beta function', () => {
    expect(incompleteBeta(0.5, 2, 2)).toBeCloseTo(0.5, 12);
    expect(incompleteBeta(0.25, 1, 3)).toBeCloseTo(1 - 0.75 ** 3, 12);
  });
});

describe('compareRates', () => {
  it('does not flag equal counts over equal periods, nor small changes', () => {
    expect(compareRates({ current: 12, baseline: 12, currentExposure: 30, baselineExposure: 30 }).pValue).toBe(1);
    expect(
      compareRates({ current: 14, baseline: 10, currentExposure: 30, baselineExposure: 30 }).pValue,
    ).toBeGreaterThan(0.3);
  });
  it('finds a doubling of a sizeable count unlikely to be chance', () => {
    const result = compareRates({ current: 80, baseline: 40, currentExposure: 365, baselineExposure: 365 });
    expect(result.direction).toBe('up');
    expect(result.ratio).toBe(2);
    expect(result.pValue).toBeLessThan(0.001);
  });
  it('matches the exact two-sided value of a small case (5 against 0 over equal exposure: 2 × 0.5^5)', () => {
    expect(compareRates({ current: 5, baseline: 0, currentExposure: 1, baselineExposure: 1 }).pValue).toBeCloseTo(
      0.0625,
      12,
    );
  });
  it('takes the exposure into account: the same count over a period twice as long is a fall', () => {
    const result = compareRates({ current: 100, baseline: 100, currentExposure: 60, baselineExposure: 30 });
    expect(result.direction).toBe('down');
    expect(result.ratio).toBe(0.5);
    expect(result.pValue).toBeLessThan(1e-5);
  });
  it('stays fast and sensible for counts in the millions', () => {
    const result = compareRates({ current: 1_001_000, baseline: 1_000_000, currentExposure: 1, baselineExposure: 1 });
    expect(result.pValue).toBeGreaterThan(0.4);
    expect(
      compareRates({ current: 1_010_000, baseline: 1_000_000, currentExposure: 1, baselineExposure: 1 }).pValue,
    ).toBeLessThan(1e-6);
  });
  it('gives p-values in [0, 1] that are symmetric in swapping the two sides (property)', () => {
    fc.assert(
      fc.property(
        fc.nat(400),
        fc.nat(400),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 1, max: 400 }),
        (a, b, ta, tb) => {
          const one = compareRates({ current: a, baseline: b, currentExposure: ta, baselineExposure: tb }).pValue;
          const other = compareRates({ current: b, baseline: a, currentExposure: tb, baselineExposure: ta }).pValue;
          return one >= 0 && one <= 1 && Math.abs(one - other) < 1e-9;
        },
      ),
    );
  });
});

describe('benjaminiHochberg', () => {
  it('flags the step-up discoveries in the order given', () => {
    expect(benjaminiHochberg([0.2, 0.001, 0.03, 0.012], 0.05)).toEqual([false, true, true, true]);
    expect(benjaminiHochberg([0.04, 0.5], 0.05)).toEqual([false, false]);
    expect(benjaminiHochberg([])).toEqual([]);
  });
});

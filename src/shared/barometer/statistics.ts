/**
 * The barometer's statistics, pure: is the change between two counts unlikely to be chance?
 *
 * Two counts of events, each over its own exposure (the number of days of its period), are compared with the
 * exact conditional test for two Poisson rates: given the total n = current + baseline, the current count is
 * Binomial(n, p) with p = tCurrent / (tCurrent + tBaseline) when the rate did not change. The two-sided p-value
 * doubles the smaller tail (capped at 1). Tails are computed with the regularised incomplete beta function, so a
 * count of millions costs no more than a count of ten. Many cells are tested at once (wijk × category), so the
 * flags control the false discovery rate (Benjamini–Hochberg) instead of testing each cell at 5 %.
 */

interface RateComparison {
  current: number;
  baseline: number;
  /** Exposure of each count, e.g. days in the period. */
  currentExposure: number;
  baselineExposure: number;
}

interface RateTestResult {
  /** current rate / baseline rate (null when the baseline is 0). */
  ratio: number | null;
  /** Two-sided exact p-value. */
  pValue: number;
  direction: 'up' | 'down' | 'same';
}

const lanczos = [
  76.18009172947146, -86.50532032941678, 24.01409824083091, -1.231739572450155, 0.001208650973866179,
  -0.000005395239384953,
];

/** ln Γ(x) for x > 0 (Lanczos, |error| < 2e-10). */
function logGamma(x: number): number {
  let y = x;
  const tmp0 = x + 5.5;
  const tmp = tmp0 - (x + 0.5) * Math.log(tmp0);
  let ser = 1.000000000190015;
  for (const c of lanczos) ser += c / ++y;
  return -tmp + Math.log((2.5066282746310007 * ser) / x);
}

function betaContinuedFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 10_000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-14) break;
  }
  return h;
}

/** The regularised incomplete beta function I_x(a, b). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(a, b, x)) / a;
  return 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/** P(X ≥ k) for X ~ Binomial(n, p). */
export function binomialUpperTail(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  return incompleteBeta(p, k, n - k + 1);
}

/** P(X ≤ k) for X ~ Binomial(n, p). */
export function binomialLowerTail(k: number, n: number, p: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  return 1 - binomialUpperTail(k + 1, n, p);
}

/** The exact conditional test of two Poisson counts with their exposures. */
export function compareRates({ current, baseline, currentExposure, baselineExposure }: RateComparison): RateTestResult {
  const ratio = baseline > 0 ? current / currentExposure / (baseline / baselineExposure) : null;
  const n = current + baseline;
  if (n === 0 || currentExposure <= 0 || baselineExposure <= 0) return { ratio, pValue: 1, direction: 'same' };
  const p = currentExposure / (currentExposure + baselineExposure);
  const expected = n * p;
  const direction = current > expected ? 'up' : current < expected ? 'down' : 'same';
  // P(X ≥ k) + P(X ≤ k) = 1 + P(X = k): when the tail on the observation's side is below ½ it is the smaller one,
  // and the other (the slower one to compute on large counts) is not needed.
  const first = direction === 'down' ? binomialLowerTail(current, n, p) : binomialUpperTail(current, n, p);
  if (first < 0.5) return { ratio, pValue: Math.min(1, 2 * first), direction };
  const other = direction === 'down' ? binomialUpperTail(current, n, p) : binomialLowerTail(current, n, p);
  return { ratio, pValue: Math.min(1, 2 * Math.min(first, other)), direction };
}

/**
 * Benjamini–Hochberg: which of these p-values are discoveries at false discovery rate `q`.
 * Returns one boolean per p-value, in the order given.
 */
export function benjaminiHochberg(pValues: readonly number[], q = 0.05): boolean[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  let cutoff = -1;
  order.forEach(({ p }, rank) => {
    if (p <= ((rank + 1) / m) * q) cutoff = rank;
  });
  const flags = new Array<boolean>(m).fill(false);
  for (let rank = 0; rank <= cutoff; rank++) flags[order[rank]?.i ?? 0] = true;
  return flags;
}

/** The false discovery rate the barometer flags at (said in words on the page). */
export const barometerFalseDiscoveryRate = 0.05;

/**
 * The subsidy rules of the SVPP conventions, as pure functions on euro cents (integers, never floating point).
 * Community guards: a wage subsidy of €420 per FTE per month, pro rata per work regime and days in service; equipment
 * and training at most €366.86 per FTE per year. Every division rounds down, so parts never add up to more than
 * their whole, and the same input always gives the same cents.
 */

export const wageCentsPerFteMonth = 42_000;
export const equipmentCapCentsPerFte = 36_686;
/** FTE are kept in hundredths (8 FTE = 800, 4/5 = 80) so they stay integers too. */
const fteScale = 100;

/** A work regime as a fraction of a full-time job: 1/1, 4/5, 1/2, 19/38 … */
export interface Regime {
  numerator: number;
  denominator: number;
}

const regimePattern = /^\s*(\d{1,2})\s*\/\s*(\d{1,2})\s*$/u;

/** Reads `4/5`; null when it is not a fraction between 0 (excluded) and 1 (included). */
export function parseRegime(text: string): Regime | null {
  const match = regimePattern.exec(text);
  if (!match?.[1] || !match[2]) return null;
  const numerator = Number(match[1]);
  const denominator = Number(match[2]);
  if (numerator <= 0 || denominator <= 0 || numerator > denominator) return null;
  return { numerator, denominator };
}

/** floor(a × b / c) on safe integers, exact (BigInt) so large products never lose a cent. */
function mulDivFloor(a: number, b: number, c: number): number {
  if (c <= 0) throw new RangeError('divisor must be positive');
  return Number((BigInt(a) * BigInt(b)) / BigInt(c));
}

export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

const dayNumber = (iso: string): number => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
const isoOf = (year: number, month: number, day: number): string =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** Days of `year`-`month` (1–12) within [start, end] (inclusive; end null = still in service). */
function daysInServiceInMonth(year: number, month: number, start: string, end: string | null): number {
  const first = dayNumber(isoOf(year, month, 1));
  const last = dayNumber(isoOf(year, month, daysInMonth(year, month)));
  const from = Math.max(first, dayNumber(start));
  const to = Math.min(last, end === null ? last : dayNumber(end));
  return Math.max(0, to - from + 1);
}

/** The wage subsidy of one person for one month: €420 × regime × days in service / days of the month, rounded down. */
export function eligibleWageCents(
  regime: Regime,
  year: number,
  month: number,
  start: string,
  end: string | null,
  rateCents = wageCentsPerFteMonth,
): number {
  const days = daysInServiceInMonth(year, month, start, end);
  if (days === 0) return 0;
  return mulDivFloor(rateCents * regime.numerator, days, regime.denominator * daysInMonth(year, month));
}

/** The twelve monthly wage subsidies of one person in a year. */
export function eligibleWageByMonth(
  regime: Regime,
  year: number,
  start: string,
  end: string | null,
  rateCents = wageCentsPerFteMonth,
): number[] {
  return Array.from({ length: 12 }, (_, index) => eligibleWageCents(regime, year, index + 1, start, end, rateCents));
}

/** The FTE of a regime in hundredths, rounded down (4/5 → 80, 19/38 → 50, 1/3 → 33). */
export const regimeFteHundredths = (regime: Regime): number =>
  mulDivFloor(fteScale, regime.numerator, regime.denominator);

/** The wage part of a contingent: rate × FTE × months (8 FTE → 8 × 420 × 12 = €40,320). */
export const contingentWageCents = (fteHundredths: number, months = 12, rateCents = wageCentsPerFteMonth): number =>
  mulDivFloor(rateCents * months, fteHundredths, fteScale);

/** The most equipment and training may cost for a contingent: €366.86 per FTE. */
export const equipmentCapCents = (fteHundredths: number, capPerFte = equipmentCapCentsPerFte): number =>
  mulDivFloor(capPerFte, fteHundredths, fteScale);

/**
 * Splits `total` cents over `weights` by the largest remainder: the parts always add up to exactly `total`,
 * each part is within one cent of its exact share, and ties go to the earlier weight (stable).
 */
export function allocateCents(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, w) => a + w, 0);
  if (sum <= 0) return weights.map(() => 0);
  const floors = weights.map((w) => mulDivFloor(total, w, sum));
  const remainders = weights.map((w, index) => ({ index, rest: (BigInt(total) * BigInt(w)) % BigInt(sum) }));
  let left = total - floors.reduce((a, f) => a + f, 0);
  remainders.sort((a, b) => (a.rest === b.rest ? a.index - b.index : a.rest > b.rest ? -1 : 1));
  for (const { index } of remainders) {
    if (left <= 0) break;
    floors[index] = (floors[index] ?? 0) + 1;
    left -= 1;
  }
  return floors;
}

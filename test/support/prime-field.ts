/**
 * Exact arithmetic modulo a large prime, for the disclosure attacker's Gaussian elimination (unit and medium tests).
 */
export const p = 1_000_000_007n;
export const mod = (a: bigint): bigint => ((a % p) + p) % p;

/** The multiplicative inverse (Fermat: a^(p−2)). */
export function inverse(a: bigint): bigint {
  let [result, base, e] = [1n, mod(a), p - 2n];
  while (e > 0n) {
    if (e & 1n) result = (result * base) % p;
    base = (base * base) % p;
    e >>= 1n;
  }
  return result;
}

/**
 * Closed-form dynamic ranges (dB, 20 log₁₀ of an input ratio) between the response fractions lo and
 * hi of the maximum, for the two reference curves of the normalization model:
 *
 * - Naka–Rushton R = R_max cⁿ/(c₅₀ⁿ + cⁿ): R/R_max = f at c = c₅₀ (f/(1 − f))^{1/n}, so
 *   c_hi/c_lo = [(hi/(1 − hi)) / (lo/(1 − lo))]^{1/n} — 81^{1/n} for 10 → 90 %, i.e. 38.2 dB / n.
 *   Independent of c₅₀: a mask (which only moves c₅₀) does not change it.
 * - The same numerator without normalization, clipped at the ceiling, R = R_max min(1, (c/c_sat)ⁿ):
 *   c_hi/c_lo = (hi/lo)^{1/n} — 9^{1/n} for 10 → 90 %, i.e. 19.1 dB / n, half the normalized range.
 * References: Naka & Rushton 1966; Heeger 1992; Carandini & Heeger 2012.
 */

function check(n: number, lo: number, hi: number): void {
  if (!(Number.isFinite(n) && n > 0)) throw new RangeError(`invalid n: ${n} (expected a finite exponent > 0)`);
  if (!(lo > 0 && hi > lo && hi < 1)) throw new RangeError(`invalid lo, hi: ${lo}, ${hi} (expected 0 < lo < hi < 1)`);
}

/** 20 log₁₀ of c_hi/c_lo for a Naka–Rushton curve of exponent n: 20 log₁₀(81)/n for 10 → 90 % (see the file comment). */
export function nakaRushtonRange(n: number, lo = 0.1, hi = 0.9): number {
  check(n, lo, hi);
  return (20 * Math.log10((hi / (1 - hi)) / (lo / (1 - lo)))) / n;
}

/** 20 log₁₀ of c_hi/c_lo for a power law cⁿ clipped at its ceiling: 20 log₁₀(9)/n for 10 → 90 % (see the file comment). */
export function powerLawRange(n: number, lo = 0.1, hi = 0.9): number {
  check(n, lo, hi);
  return (20 * Math.log10(hi / lo)) / n;
}

/**
 * Tolerances from seed-to-seed spread: a mean over n seeds with sample sd s has standard error
 * s/√n, and the reference of an unbiased estimator lies within t_{0.995, n−1} · s/√n of it with 99 %
 * probability (Student's t; with few seeds s itself is uncertain, which the t quantile accounts for
 * and a fixed "3 SE" does not).
 */
import type { Spread } from "../checks/spread.js";

// two-sided 99 % quantiles t_{0.995, df}, df = 1…30 (standard tables, e.g. Abramowitz & Stegun Table 26.10)
const T995 = [63.657, 9.925, 5.841, 4.604, 4.032, 3.707, 3.499, 3.355, 3.250, 3.169, 3.106, 3.055, 3.012, 2.977, 2.947,
  2.921, 2.898, 2.878, 2.861, 2.845, 2.831, 2.819, 2.807, 2.797, 2.787, 2.779, 2.771, 2.763, 2.756, 2.750];

/** Student's t quantile t_{0.995, df} (two-sided 99 %); df > 30 uses the normal 2.576 (error < 2 %). */
export function t99(df: number): number {
  if (!Number.isInteger(df) || df < 1) throw new RangeError(`invalid df: ${df} (expected an integer ≥ 1)`);
  return df <= 30 ? T995[df - 1] : 2.576;
}

/** Half-width of the 99 % t-interval of a seed mean, t_{0.995, n−1} · sd/√n (NaN for fewer than 2 seeds). */
export function seedTolerance(s: Spread): number {
  return s.n >= 2 ? (t99(s.n - 1) * s.sd) / Math.sqrt(s.n) : NaN;
}

/**
 * Confidence intervals over repeats (seeds): the mean of a few independent runs and its Student-t
 * interval, and the paired difference of two conditions run on the same seeds. With n = 5 seeds a
 * percentile bootstrap is unreliable; the t interval is exact for normal repeats (Student 1908) and
 * what a reader expects. A NaN repeat (a degenerate run) is left out and counted, never averaged.
 */
import { fmt } from "../checks/format.js";
import { checkOptions } from "../params/options.js";

/**
 * Two-sided critical value of Student's t with `df` degrees of freedom: P(|T| ≤ t) = `level`.
 * Exact closed form of P(|T| ≤ t) for integer df (Abramowitz & Stegun 1964, 26.7.3–4), inverted by
 * bisection to 1e-12. `studentT(0.95, 4)` = 2.7764, `studentT(0.95, 1)` = 12.706.
 * @throws RangeError unless 0 < level < 1 and df is a whole number ≥ 1.
 */
export function studentT(level: number, df: number): number {
  if (!(level > 0 && level < 1)) throw new RangeError(`invalid level: ${level} (expected a probability in (0, 1), e.g. 0.95)`);
  if (!(Number.isInteger(df) && df >= 1)) throw new RangeError(`invalid df: ${df} (expected a whole number ≥ 1)`);
  let lo = 0, hi = 1;
  while (tAbsCdf(hi, df) < level) hi *= 2;
  for (let k = 0; k < 200 && hi - lo > 1e-12 * hi; k++) {
    const mid = (lo + hi) / 2;
    if (tAbsCdf(mid, df) < level) lo = mid; else hi = mid;
  }
  return (lo + hi) / 2;
}

/** P(|T| ≤ t) for Student's t with integer df (A&S 26.7.3 for odd, 26.7.4 for even df). */
function tAbsCdf(t: number, df: number): number {
  const theta = Math.atan(t / Math.sqrt(df));
  const c2 = Math.cos(theta) ** 2, s = Math.sin(theta);
  if (df % 2 === 0) {
    let term = 1, sum = 1;
    for (let k = 2; k <= df - 2; k += 2) { term *= ((k - 1) / k) * c2; sum += term; }
    return s * sum;
  }
  if (df === 1) return (2 / Math.PI) * theta;
  let term = 1, sum = 1;
  for (let k = 3; k <= df - 2; k += 2) { term *= ((k - 1) / k) * c2; sum += term; }
  return (2 / Math.PI) * (theta + s * Math.cos(theta) * sum);
}

/** A mean over repeats with its confidence interval. */
export interface Interval {
  mean: number;
  /** Sample standard deviation of the repeats (n − 1). */
  sd: number;
  /** Standard error of the mean, sd/√n. */
  sem: number;
  n: number;
  /** Confidence interval [lo, hi] at `level` (NaN when n < 2). */
  lo: number;
  hi: number;
  level: number;
  /** NaN repeats left out. */
  nan: number;
}

/**
 * Mean of `values` and its Student-t confidence interval mean ± t_{level, n−1} · sd/√n
 * (default level 0.95). NaN entries are left out and counted in `nan`.
 */
export function meanInterval(values: ArrayLike<number>, options: { level?: number } = {}): Interval {
  checkOptions("meanInterval", options, ["level"]);
  const { level = 0.95 } = options;
  const kept: number[] = [];
  let nan = 0;
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    if (typeof v !== "number") throw new TypeError(`invalid values[${k}]: ${String(v)} (expected a number)`);
    if (Number.isNaN(v)) nan++; else kept.push(v);
  }
  const n = kept.length;
  const mean = n ? kept.reduce((a, b) => a + b, 0) / n : NaN;
  const sd = n > 1 ? Math.sqrt(kept.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1)) : n === 1 ? 0 : NaN;
  const sem = n ? sd / Math.sqrt(n) : NaN;
  const half = n > 1 ? studentT(level, n - 1) * sem : NaN;
  return { mean, sd, sem, n, lo: mean - half, hi: mean + half, level, nan };
}

/**
 * Paired comparison of two conditions run on the same seeds: the interval of the mean of
 * a[k] − b[k]. Pairs with a NaN on either side are left out (counted in `nan`).
 * @throws RangeError when a and b differ in length.
 */
export function pairedInterval(a: ArrayLike<number>, b: ArrayLike<number>, options: { level?: number } = {}): Interval {
  checkOptions("pairedInterval", options, ["level"]);
  if (a.length !== b.length) throw new RangeError(`invalid pairs: ${a.length} values of a but ${b.length} of b (expected one of each per seed)`);
  return meanInterval(Array.from({ length: a.length }, (_, k) => a[k] - b[k]), options);
}

/** +1 if the whole interval lies above `zero` (default 0), −1 if below, 0 if it straddles it or is undefined. */
export function intervalSign(iv: Interval, zero = 0): -1 | 0 | 1 {
  if (iv.lo > zero) return 1;
  if (iv.hi < zero) return -1;
  return 0;
}

/** "−2.1 [−2.8, −1.4] (95 % CI, n = 5)"; the mean alone when n < 2. */
export function fmtInterval(iv: Interval, digits = 3): string {
  if (iv.n < 2) return `${fmt(iv.mean, digits)} (n = ${iv.n})`;
  return `${fmt(iv.mean, digits)} [${fmt(iv.lo, digits)}, ${fmt(iv.hi, digits)}] (${fmt(iv.level * 100)} % CI, n = ${iv.n})`;
}

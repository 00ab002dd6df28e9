/**
 * Empirical complementary cumulative distribution function, P(X ≥ x), at the distinct values of a
 * sample — the plot of choice for heavy-tailed data on log–log axes, because it needs no binning
 * (Clauset, Shalizi & Newman 2009, SIAM Rev 51:661, §2 and Fig. 1). For n points sorted ascending,
 * P(X ≥ x_(i)) = (n − i)/n where i is the index of the first occurrence of the value x_(i).
 */
import { checkOptions } from "../params/options.js";

/** An empirical CCDF: distinct values x (ascending) and P(X ≥ x). */
export interface Ccdf {
  x: Float64Array;
  p: Float64Array;
  /** Sample size n. */
  n: number;
}

/**
 * Empirical CCDF of `data` at its distinct values. With `maxPoints`, thins the curve for plotting:
 * for positive data, keeps points at least (ln x_max − ln x_min)/maxPoints apart in ln x (a log axis
 * spreads them evenly), otherwise every k-th point; the first and the last points are always kept,
 * and every kept point is exact. NaN values are rejected.
 */
export function ccdf(data: ArrayLike<number>, options: { maxPoints?: number } = {}): Ccdf {
  checkOptions("ccdf", options, ["maxPoints"]);
  const { maxPoints = Infinity } = options;
  if (!(maxPoints >= 2)) throw new RangeError(`invalid maxPoints: ${maxPoints} (expected ≥ 2)`);
  const sorted = Float64Array.from(data).sort();
  const n = sorted.length;
  for (let i = 0; i < n; i++) if (Number.isNaN(sorted[i])) throw new RangeError("invalid data: NaN (expected numbers)");
  const xs: number[] = [], ps: number[] = [];
  for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) { xs.push(sorted[i]); ps.push((n - i) / n); }
  const m = xs.length;
  if (m <= maxPoints) return { x: Float64Array.from(xs), p: Float64Array.from(ps), n };
  const keep: number[] = [0];
  if (xs[0] > 0) {
    const step = (Math.log(xs[m - 1]) - Math.log(xs[0])) / maxPoints;
    let last = Math.log(xs[0]);
    for (let k = 1; k < m - 1; k++) { const l = Math.log(xs[k]); if (l - last >= step) { keep.push(k); last = l; } }
  } else {
    const stride = Math.ceil(m / maxPoints);
    for (let k = stride; k < m - 1; k += stride) keep.push(k);
  }
  keep.push(m - 1);
  return { x: Float64Array.from(keep, (k) => xs[k]), p: Float64Array.from(keep, (k) => ps[k]), n };
}

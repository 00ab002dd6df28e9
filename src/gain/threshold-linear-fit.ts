/**
 * Least-squares fit of a threshold-linear (rectified-linear) curve
 *
 *   y ≈ g [x − θ]₊
 *
 * to a sampled input–output curve: the slope g is the gain (e.g. Hz/pA of an f–I curve) and θ the
 * threshold (the input where the fitted line meets zero). Chance, Abbott & Reyes (2002) describe a
 * modulation by how it changes these two numbers: a divisive (multiplicative) change scales g and
 * keeps θ; a subtractive (additive) change moves θ and keeps g. Either may be held fixed (e.g. at a
 * control curve's value) to fit the one-parameter divisive or subtractive model.
 *
 * Method: for a fixed θ the best slope is g(θ) = Σ u y / Σ u² with u = [x − θ]₊ (held ≥ 0); the
 * residual is smooth between consecutive sample inputs, so θ is minimised by golden-section search in
 * each interval (exactly for a fixed slope, where it is a quadratic), and below the smallest input,
 * where every sample is above threshold, by the ordinary least-squares line.
 */
import { goldenMin } from "../criticality/optimize.js";
import { checkOptions, optionNames } from "../params/options.js";

/** Options of {@link fitThresholdLinear}. */
export interface ThresholdLinearOptions {
  /** Hold the slope g at this value (fit θ only: the subtractive model). */
  slope?: number;
  /** Hold the threshold θ at this value (fit g only: the divisive model). */
  threshold?: number;
  /** Use only samples with y ≤ maxY (default: all), e.g. rates below saturation. */
  maxY?: number;
}

/** Result of {@link fitThresholdLinear}. */
export interface ThresholdLinearFit {
  /** Gain g (y unit per x unit) and threshold θ (x unit). */
  slope: number;
  threshold: number;
  /** Root-mean-square residual over the samples used (y unit). */
  rmse: number;
  /** Number of samples used. */
  n: number;
}

const OPTIONS = optionNames<ThresholdLinearOptions>({ slope: true, threshold: true, maxY: true });

/**
 * Fits y ≈ g [x − θ]₊ by least squares (see the file comment).
 * `fitThresholdLinear([0, 1, 2, 3], [0, 0, 2, 4])` → slope 2, threshold 1, rmse 0.
 * @throws RangeError for mismatched lengths, non-finite samples, fewer than 3 samples used (2 when a
 * parameter is held), both parameters held, or a negative held slope.
 */
export function fitThresholdLinear(x: ArrayLike<number>, y: ArrayLike<number>, options: ThresholdLinearOptions = {}): ThresholdLinearFit {
  checkOptions("fitThresholdLinear", options, OPTIONS);
  const { slope, threshold, maxY = Infinity } = options;
  if (x.length !== y.length) throw new RangeError(`invalid samples: ${x.length} x and ${y.length} y values (expected equal lengths)`);
  if (slope !== undefined && threshold !== undefined) throw new RangeError("invalid options: slope and threshold both held (expected at most one)");
  if (slope !== undefined && !(slope >= 0 && Number.isFinite(slope))) throw new RangeError(`invalid slope: ${slope} (expected a finite slope ≥ 0)`);
  if (threshold !== undefined && !Number.isFinite(threshold)) throw new RangeError(`invalid threshold: ${threshold} (expected a finite number)`);
  const X: number[] = [], Y: number[] = [];
  for (let k = 0; k < x.length; k++) {
    if (!(Number.isFinite(x[k]) && Number.isFinite(y[k]))) throw new RangeError(`invalid sample ${k}: (${x[k]}, ${y[k]}) (expected finite numbers)`);
    if (y[k] <= maxY) { X.push(x[k]); Y.push(y[k]); }
  }
  const held = slope !== undefined || threshold !== undefined ? 1 : 0;
  if (X.length < 3 - held) throw new RangeError(`invalid samples: ${X.length} with y ≤ maxY = ${maxY} (expected at least ${3 - held})`);
  const N = X.length;
  const gainAt = (th: number) => {
    let suy = 0, suu = 0;
    for (let k = 0; k < N; k++) { const u = X[k] - th; if (u > 0) { suy += u * Y[k]; suu += u * u; } }
    return suu > 0 ? Math.max(0, suy / suu) : 0;
  };
  const sse = (g: number, th: number) => {
    let s = 0;
    for (let k = 0; k < N; k++) { const r = Y[k] - g * Math.max(0, X[k] - th); s += r * r; }
    return s;
  };
  const done = (g: number, th: number): ThresholdLinearFit => ({ slope: g, threshold: th, rmse: Math.sqrt(sse(g, th) / N), n: N });
  if (threshold !== undefined) return done(gainAt(threshold), threshold);

  const xs = Array.from(new Set(X)).sort((a, b) => a - b);
  const lo = xs[0], span = xs[xs.length - 1] - lo || 1;
  // below the smallest input every sample is active: the ordinary least-squares line (held slope: its intercept)
  let sx = 0, sy = 0, sxx = 0, sxy = 0;
  for (let k = 0; k < N; k++) { sx += X[k]; sy += Y[k]; sxx += X[k] * X[k]; sxy += X[k] * Y[k]; }
  const candidates: number[] = [];
  if (slope !== undefined) {
    if (slope > 0) candidates.push(Math.min(lo, (slope * sx - sy) / (slope * N)));
  } else {
    const b = (N * sxy - sx * sy) / (N * sxx - sx * sx);
    if (b > 0) candidates.push(Math.min(lo, (b * sx - sy) / (b * N)));
  }
  const cost = slope !== undefined ? (th: number) => sse(slope, th) : (th: number) => sse(gainAt(th), th);
  for (let k = 0; k + 1 < xs.length; k++) candidates.push(goldenMin(cost, xs[k], xs[k + 1], 1e-12));
  candidates.push(lo - span); // a threshold far below the data: a line through every sample
  let best = candidates[0], bestCost = cost(best);
  for (const th of candidates) { const c = cost(th); if (c < bestCost) { best = th; bestCost = c; } }
  return done(slope ?? gainAt(best), best);
}

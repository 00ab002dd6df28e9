/**
 * Where a sampled curve y(x) crosses a level, and its slope there: e.g. the scale s* at which an
 * open-loop rate curve r(s) reaches a target rate, and the gain G = −∂r/∂s at that point. With
 * `log: true` the curve is interpolated linearly in ln y between the two bracketing samples (exact for
 * an exponential, y = A e^{bx}, which a firing rate driven by fluctuations below threshold nearly is),
 * so the slope at the crossing is level · Δln y/Δx rather than the secant Δy/Δx.
 */

/** Result of {@link levelCrossing}. */
export interface Crossing {
  /** Interpolated x at which y = level. */
  x: number;
  /** dy/dx at the crossing (in y per unit x). */
  slope: number;
  /** Index of the sample just before the crossing. */
  index: number;
}

/**
 * The first crossing of `level` by the samples (x_k, y_k), x increasing, interpolated linearly (or
 * linearly in ln y with `log: true`, which needs y > 0 at the two samples). Returns null when y never
 * crosses the level. Throws a RangeError for mismatched lengths, fewer than 2 samples or x not increasing.
 */
export function levelCrossing(x: ArrayLike<number>, y: ArrayLike<number>, level: number, { log = false }: { log?: boolean } = {}): Crossing | null {
  if (x.length !== y.length) throw new RangeError(`invalid levelCrossing input: ${x.length} x values for ${y.length} y values (expected equal lengths)`);
  if (x.length < 2) throw new RangeError(`invalid levelCrossing input: ${x.length} samples (expected at least 2)`);
  for (let k = 1; k < x.length; k++) if (!(x[k] > x[k - 1])) throw new RangeError(`invalid x[${k}]: ${x[k]} (expected x increasing; x[${k - 1}] = ${x[k - 1]})`);
  if (log && !(level > 0)) throw new RangeError(`invalid level: ${level} (expected > 0 with log interpolation)`);
  for (let k = 0; k + 1 < x.length; k++) {
    const a = y[k] - level, b = y[k + 1] - level;
    if (a === 0) return { x: x[k], slope: slopeAt(x, y, k, level, log), index: k };
    if (a * b < 0) {
      if (log) {
        if (!(y[k] > 0 && y[k + 1] > 0)) throw new RangeError(`invalid y near x = ${x[k]}: ${y[k]}, ${y[k + 1]} (expected > 0 with log interpolation)`);
        const g = Math.log(y[k + 1] / y[k]) / (x[k + 1] - x[k]);
        return { x: x[k] + Math.log(level / y[k]) / g, slope: level * g, index: k };
      }
      const g = (y[k + 1] - y[k]) / (x[k + 1] - x[k]);
      return { x: x[k] + (level - y[k]) / g, slope: g, index: k };
    }
  }
  const last = x.length - 1;
  return y[last] === level ? { x: x[last], slope: slopeAt(x, y, last, level, log), index: last } : null;
}

function slopeAt(x: ArrayLike<number>, y: ArrayLike<number>, k: number, level: number, log: boolean): number {
  const lo = k + 1 < x.length ? k : k - 1, hi = lo + 1;
  return log ? level * Math.log(y[hi] / y[lo]) / (x[hi] - x[lo]) : (y[hi] - y[lo]) / (x[hi] - x[lo]);
}

/** Result of {@link exponentialFit}: y ≈ A e^{b x}. */
export interface ExponentialFit {
  A: number;
  b: number;
  /** x at which the fit equals `level` (> 0): ln(level/A)/b. */
  at(level: number): number;
  /** dy/dx of the fit where it equals `level`: b · level. */
  slope(level: number): number;
}

/**
 * Least-squares fit of ln y = ln A + b x (y > 0, at least 2 distinct x): an exponential through
 * several samples, less noisy than the two-point {@link levelCrossing} when each y carries counting
 * noise. Throws a RangeError for mismatched lengths, y ≤ 0 or fewer than two distinct x.
 */
export function exponentialFit(x: ArrayLike<number>, y: ArrayLike<number>): ExponentialFit {
  if (x.length !== y.length) throw new RangeError(`invalid exponentialFit input: ${x.length} x values for ${y.length} y values (expected equal lengths)`);
  let sx = 0, sl = 0, sxx = 0, sxl = 0;
  const n = x.length;
  for (let k = 0; k < n; k++) {
    if (!(y[k] > 0)) throw new RangeError(`invalid y[${k}]: ${y[k]} (expected > 0 for an exponential fit)`);
    const l = Math.log(y[k]);
    sx += x[k]; sl += l; sxx += x[k] * x[k]; sxl += x[k] * l;
  }
  const den = n * sxx - sx * sx;
  if (!(n >= 2 && den > 1e-12 * Math.max(1, sxx) * n)) throw new RangeError(`invalid exponentialFit input: ${n} samples (expected at least 2 distinct x)`);
  const b = (n * sxl - sx * sl) / den;
  const A = Math.exp((sl - b * sx) / n);
  return {
    A, b,
    at: (level: number) => Math.log(level / A) / b,
    slope: (level: number) => b * level,
  };
}

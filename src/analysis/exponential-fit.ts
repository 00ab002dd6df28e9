/**
 * An exponential y ≈ A e^{b x} fitted by least squares to ln y, with where it crosses a level and its
 * slope there: e.g. the scale s* at which an open-loop rate curve r(s) reaches a target rate, and the
 * gain G = −∂r/∂s at that point. A firing rate driven by fluctuations below threshold is nearly
 * exponential in its drive, so a fit through several samples gives a less noisy crossing and a truer
 * slope than the two-point secant ({@link levelCrossing} interpolates linearly).
 */

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
 * several samples, less noisy than a two-point interpolation when each y carries counting noise. Throws a RangeError for mismatched lengths, y ≤ 0 or fewer than two distinct x.
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

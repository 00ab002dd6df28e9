/**
 * The onset of an oscillation from simulated amplitudes. Just past a supercritical Hopf bifurcation
 * at p_c the limit cycle's amplitude grows as a square root (normal form; Strogatz 2015, *Nonlinear
 * Dynamics and Chaos*, §8.2): A² ≈ k (p − p_c). A least-squares line through (p, A²) over the points
 * that oscillate (A > minAmplitude) gives p_c = −intercept/slope — an estimate from simulation alone,
 * to set beside the characteristic roots. Use points close to the onset (the law is asymptotic).
 */
import { checkOptions } from "../params/options.js";
import { linearFit } from "../perf/stats.js";

/**
 * Fits A² = k (p − p_c) to the points with amplitude above `minAmplitude` (default 0) and returns
 * p_c (`onset`), k (`slope`) and the number of points used; NaN onset with fewer than 2 points.
 * @throws RangeError if p and amplitude differ in length.
 */
export function onsetFromAmplitudes(p: ArrayLike<number>, amplitude: ArrayLike<number>, options: { minAmplitude?: number } = {}): { onset: number; slope: number; used: number } {
  checkOptions("onsetFromAmplitudes", options, ["minAmplitude"]);
  if (p.length !== amplitude.length) throw new RangeError(`invalid onsetFromAmplitudes: ${p.length} parameters and ${amplitude.length} amplitudes (expected equal lengths)`);
  const { minAmplitude = 0 } = options;
  const xs: number[] = [], ys: number[] = [];
  for (let k = 0; k < p.length; k++) if (amplitude[k] > minAmplitude && Number.isFinite(p[k])) { xs.push(p[k]); ys.push(amplitude[k] ** 2); }
  const n = xs.length;
  if (n < 2) return { onset: NaN, slope: NaN, used: n };
  if (xs.every((x) => x === xs[0])) return { onset: NaN, slope: NaN, used: n }; // no line through one p
  const { intercept, slope } = linearFit(xs, ys);
  return { onset: -intercept / slope, slope, used: n };
}

/**
 * The crackling-noise relation (Sethna, Dahmen & Myers 2001; Friedman et al. 2012): at criticality
 * the size and duration exponents (P(S) ∝ S^{−α_S}, P(T) ∝ T^{−α_T}) and the scaling of mean size
 * with duration, ⟨S⟩(T) ∝ T^{γ}, obey  γ = (α_T − 1)/(α_S − 1). For a critical branching process
 * α_S = 3/2, α_T = 2 and γ = 2.
 */
import { checkOptions } from "../params/options.js";

/**
 * γ from a log–log least-squares fit of mean size against duration, over durations in
 * [minDuration, maxDuration] with ≥ minCount avalanches (short avalanches deviate from the asymptotic
 * scaling). `points` has every duration with enough avalanches, `fitted` the durations used in the fit.
 */
export function sizeDurationExponent(sizes: ArrayLike<number>, durations: ArrayLike<number>, options: { minCount?: number; minDuration?: number; maxDuration?: number } = {}): { gamma: number; points: { duration: number; meanSize: number; count: number }[]; fitted: number[] } {
  checkOptions("sizeDurationExponent", options, ["minCount", "minDuration", "maxDuration"]);
  const { minCount = 5, minDuration = 2, maxDuration = Infinity } = options;
  const sum = new Map<number, [number, number]>();
  for (let k = 0; k < sizes.length; k++) {
    const d = durations[k];
    if (d > maxDuration) continue;
    const e = sum.get(d) ?? [0, 0];
    e[0] += sizes[k]; e[1]++;
    sum.set(d, e);
  }
  const points = [...sum.entries()].filter(([, [, c]]) => c >= minCount).map(([duration, [s, c]]) => ({ duration, meanSize: s / c, count: c })).sort((a, b) => a.duration - b.duration);
  const fit = points.filter((p) => p.duration >= minDuration);
  if (fit.length < 2) throw new RangeError("invalid avalanches: fewer than two durations with enough avalanches to fit γ");
  const fitted = fit.map((p) => p.duration);
  return { gamma: logLogSlope(fitted, fit.map((p) => p.meanSize)), points, fitted };
}

/** The exponent relation's prediction (α_T − 1)/(α_S − 1). */
export function cracklingPrediction(alphaS: number, alphaT: number): number {
  return (alphaT - 1) / (alphaS - 1);
}

/** Least-squares slope of ln y against ln x (unweighted). */
export function logLogSlope(x: ArrayLike<number>, y: ArrayLike<number>): number {
  if (x.length !== y.length || x.length < 2) throw new RangeError(`invalid points: ${x.length} x and ${y.length} y (expected equal counts ≥ 2)`);
  let sx = 0, sy = 0, sxx = 0, sxy = 0;
  const n = x.length;
  for (let k = 0; k < n; k++) { const a = Math.log(x[k]), b = Math.log(y[k]); sx += a; sy += b; sxx += a * a; sxy += a * b; }
  return (n * sxy - sx * sy) / (n * sxx - sx * sx);
}

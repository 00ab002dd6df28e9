/**
 * Spectral parameterization — a power spectrum as an aperiodic component plus Gaussian peaks in
 * log10 power — by the algorithm of specparam/FOOOF (Donoghue et al. 2020, Nat Neurosci 23:1655),
 * written here from its description and source:
 * 1. a robust aperiodic fit: fit all points, flatten, set negative residuals to 0, and refit on the
 *    points at or below the 2.5th per-mille percentile of the flattened spectrum (those at or under
 *    the first fit — peaks excluded);
 * 2. peaks on the flattened spectrum (peaks.ts);
 * 3. the aperiodic fit redone on the spectrum with the peaks removed;
 * 4. goodness of fit: R² = squared Pearson correlation of log10 power with the model, and the mean
 *    absolute error (log10 power) — specparam's default metrics.
 * Peak power is reported as specparam's PW: the model's height above the aperiodic fit at the
 * nearest frequency to the centre; bandwidth 2s.
 */
import { fitAperiodic, aperiodicLog10, log10Power, kneeFrequency, type AperiodicMode, type AperiodicParams } from "./aperiodic.js";
import { fitPeaks, gaussianSum, type Gaussian, type PeakOptions } from "./peaks.js";
import { checkOptions } from "../params/options.js";

/** Options of {@link fitSpectrum}. */
export interface SpecparamOptions extends PeakOptions {
  /** Aperiodic mode (default "fixed"). */
  aperiodic?: AperiodicMode;
  /** Frequency range fitted (Hz; default every frequency > 0). */
  range?: readonly [number, number];
}

/** A peak as specparam reports it: centre (Hz), power above the aperiodic fit (log10), bandwidth 2s (Hz). */
export interface Peak {
  center: number;
  power: number;
  bandwidth: number;
}

/** Result of {@link fitSpectrum}. */
export interface SpectralFit {
  aperiodic: AperiodicParams;
  /** The knee frequency k^{1/χ} (Hz; 0 in fixed mode). */
  kneeFrequency: number;
  peaks: Peak[];
  gaussians: Gaussian[];
  /** Frequencies fitted (Hz), their log10 power, the aperiodic fit and the full model (log10). */
  f: Float64Array;
  logPower: Float64Array;
  aperiodicFit: Float64Array;
  model: Float64Array;
  rSquared: number;
  /** Mean absolute error of the model (log10 power). */
  error: number;
}

const OPTIONS = ["aperiodic", "range", "widthLimits", "maxPeaks", "minHeight", "threshold"];

/**
 * Parameterizes a power spectrum (f in Hz, power in linear units > 0) over `range` (see the module
 * comment). Frequencies must be evenly spaced.
 * @throws RangeError for mismatched lengths, power ≤ 0 in the range, fewer than 5 points, an empty
 *   range; TypeError for an unknown option or mode.
 * @example fitSpectrum(s.f, s.power, { range: [2, 40], aperiodic: "knee" }).aperiodic.exponent
 */
export function fitSpectrum(f: ArrayLike<number>, power: ArrayLike<number>, options: SpecparamOptions = {}): SpectralFit {
  checkOptions("fitSpectrum", options, OPTIONS);
  if (f.length !== power.length) throw new RangeError(`invalid fitSpectrum input: ${f.length} frequencies for ${power.length} powers (expected equal lengths)`);
  const [lo, hi] = options.range ?? [0, Infinity];
  if (!(lo < hi)) throw new RangeError(`invalid range: [${lo}, ${hi}] Hz (expected lo < hi)`);
  const keep: number[] = [];
  for (let i = 0; i < f.length; i++) if (f[i] > 0 && f[i] >= lo && f[i] <= hi) keep.push(i);
  if (keep.length < 5) throw new RangeError(`invalid range: [${lo}, ${hi}] Hz holds ${keep.length} frequencies (expected at least 5)`);
  const fs = Float64Array.from(keep, (i) => f[i]);
  const L = log10Power(Float64Array.from(keep, (i) => power[i]));
  const mode = options.aperiodic ?? "fixed";
  const evalAp = (p: AperiodicParams) => Float64Array.from(fs, (x) => aperiodicLog10(x, p));
  // 1. robust aperiodic fit
  const first = fitAperiodic(fs, L, mode);
  const flat0 = Float64Array.from(L, (v, i) => Math.max(0, v - aperiodicLog10(fs[i], first)));
  const sorted = Float64Array.from(flat0).sort();
  const q = 0.025 / 100 * (sorted.length - 1);
  const thresh = sorted[Math.floor(q)] + (sorted[Math.ceil(q)] - sorted[Math.floor(q)]) * (q - Math.floor(q));
  const idx: number[] = [];
  for (let i = 0; i < flat0.length; i++) if (flat0[i] <= thresh) idx.push(i);
  const robust = idx.length >= (mode === "knee" ? 3 : 2) ? fitAperiodic(idx.map((i) => fs[i]), idx.map((i) => L[i]), mode) : first;
  // 2. peaks on the flattened spectrum
  const apRobust = evalAp(robust);
  const flat = Float64Array.from(L, (v, i) => v - apRobust[i]);
  const gaussians = fitPeaks(fs, flat, options);
  const peakFit = gaussianSum(fs, gaussians);
  // 3. aperiodic fit without the peaks
  const aperiodic = fitAperiodic(fs, Float64Array.from(L, (v, i) => v - peakFit[i]), mode);
  const aperiodicFit = evalAp(aperiodic);
  const model = Float64Array.from(aperiodicFit, (v, i) => v + peakFit[i]);
  const peaks = gaussians.map((g) => {
    let k = 0;
    for (let i = 1; i < fs.length; i++) if (Math.abs(fs[i] - g.center) < Math.abs(fs[k] - g.center)) k = i;
    return { center: g.center, power: model[k] - aperiodicFit[k], bandwidth: 2 * g.sd };
  });
  return { aperiodic, kneeFrequency: kneeFrequency(aperiodic), peaks, gaussians, f: fs, logPower: L, aperiodicFit, model, rSquared: rSquared(L, model), error: meanAbsError(L, model) };
}

/** Squared Pearson correlation of x and y (specparam's R²). */
export function rSquared(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  let mx = 0, my = 0;
  for (let i = 0; i < n; i++) { mx += x[i]; my += y[i]; }
  mx /= n; my /= n;
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) { const a = x[i] - mx, b = y[i] - my; sxy += a * b; sxx += a * a; syy += b * b; }
  return (sxy * sxy) / (sxx * syy);
}

/** Mean absolute difference of x and y. */
export function meanAbsError(x: ArrayLike<number>, y: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += Math.abs(x[i] - y[i]);
  return s / x.length;
}

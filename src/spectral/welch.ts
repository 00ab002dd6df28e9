/**
 * Welch's power spectral density with mean or median averaging over segments, as scipy.signal.welch
 * (periodic Hann window, 50 % overlap by default, each segment's mean removed, one-sided density
 * in units² per Hz). The median of K periodograms is divided by scipy's bias factor
 * b(K) = 1 + Σ_{i=1}^{⌊(K−1)/2⌋} [1/(2i+1) − 1/(2i)] (the sample median of K exponential variables
 * over-estimates ln 2 × their mean; b(K) → ln 2 for large K), so both estimators are unbiased for a
 * Gaussian process; the median resists transients and line noise in a few segments.
 *
 * Input in samples at a rate `fs` (Hz); frequencies in Hz.
 */
import { fft } from "../analysis/spectrum.js";
import { checkOptions } from "../params/options.js";
import type { Spectrum } from "../analysis/spectrum.js";

/** Options of {@link welch}. */
export interface WelchOptions {
  /** Sampling rate (Hz). */
  fs: number;
  /** Samples per segment: a power of two (default: the largest ≤ n/4, at least 16). */
  segment?: number;
  /** Samples shared by consecutive segments (default segment/2). */
  overlap?: number;
  /** "mean" (default) or "median" (bias-corrected as scipy's `average="median"`). */
  average?: "mean" | "median";
}

/** scipy's median bias factor b(K) for K periodograms (b(1) = b(2) = 1; → ln 2). */
export function medianBias(k: number): number {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`invalid k: ${k} (expected an integer ≥ 1)`);
  let b = 1;
  for (let i = 1; i <= Math.floor((k - 1) / 2); i++) b += 1 / (2 * i + 1) - 1 / (2 * i);
  return b;
}

/**
 * Standard deviation of log10 of a mean-averaged Welch estimate at one frequency (0 < f < fs/2) of a
 * Gaussian signal: a segment's periodogram is exponential, the mean of K independent ones is
 * χ²_{2K}/(2K), and the variance of its natural log is the trigamma function ψ′(K). Overlapping
 * segments are correlated, which lowers K to K_eff = K / overlapFactor; for the default 50 %-overlapping
 * Hann segments overlapFactor = 1 + 2ρ² = 1.056 (ρ = 0.167, Welch 1967, IEEE Trans Audio Electroacoust
 * 15:70, Table I; valid for K ≫ 1). Result: log10(e)·√ψ′(K_eff) — the noise level of log10 power, the
 * scale on which to set a spectral-peak threshold (specparam's minHeight).
 * @throws RangeError for segments < 1 or overlapFactor < 1.
 * @example welchLogSd(233) // ≈ 0.029: 120 s at 1 kHz in 1024-sample segments
 */
export function welchLogSd(segments: number, overlapFactor = 1.056): number {
  if (!(segments >= 1)) throw new RangeError(`invalid segments: ${segments} (expected ≥ 1)`);
  if (!(overlapFactor >= 1)) throw new RangeError(`invalid overlapFactor: ${overlapFactor} (expected ≥ 1)`);
  let x = segments / overlapFactor, t = 0;
  for (; x < 10; x++) t += 1 / (x * x); // ψ′(x) = ψ′(x + 1) + 1/x²
  const x2 = x * x;
  t += 1 / x + 1 / (2 * x2) + 1 / (6 * x2 * x) - 1 / (30 * x2 * x2 * x) + 1 / (42 * x2 * x2 * x2 * x);
  return Math.LOG10E * Math.sqrt(t);
}

/** The Welch spectrum with the number of segments averaged. */
export interface WelchSpectrum extends Spectrum {
  segments: number;
}

/**
 * Welch PSD of x sampled at fs Hz (see the module comment): ∫ power df over [0, fs/2] ≈ variance of x.
 * @throws RangeError for fs ≤ 0, fewer than 16 samples, a segment that is not a power of two or
 *   exceeds the signal, an overlap outside [0, segment); TypeError for an unknown average.
 * @example welch(lfp, { fs: 1000, segment: 1024, average: "median" })
 */
export function welch(x: ArrayLike<number>, options: WelchOptions): WelchSpectrum {
  checkOptions("welch", options, ["fs", "segment", "overlap", "average"]);
  const { fs, average = "mean" } = options;
  const n = x.length;
  if (!(fs > 0) || !Number.isFinite(fs)) throw new RangeError(`invalid fs: ${fs} Hz (expected a positive sampling rate)`);
  if (n < 16) throw new RangeError(`invalid signal: ${n} samples (expected at least 16)`);
  if (average !== "mean" && average !== "median") throw new TypeError(`invalid average: ${JSON.stringify(average)} (expected "mean" or "median")`);
  let seg = options.segment ?? 16;
  if (options.segment === undefined) while (seg * 2 <= n / 4) seg *= 2;
  if (!Number.isInteger(seg) || seg < 2 || (seg & (seg - 1)) !== 0 || seg > n) throw new RangeError(`invalid segment: ${seg} samples (expected a power of two ≤ the signal's ${n} samples)`);
  const overlap = options.overlap ?? seg / 2;
  if (!Number.isInteger(overlap) || overlap < 0 || overlap >= seg) throw new RangeError(`invalid overlap: ${overlap} samples (expected an integer in [0, ${seg}))`);
  const hop = seg - overlap;
  const win = new Float64Array(seg);
  let wss = 0;
  for (let i = 0; i < seg; i++) { win[i] = 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / seg); wss += win[i] * win[i]; }
  const half = seg / 2 + 1;
  const k = Math.floor((n - seg) / hop) + 1;
  const periodograms = Array.from({ length: k }, () => new Float64Array(half));
  const re = new Float64Array(seg), im = new Float64Array(seg);
  for (let s = 0; s < k; s++) {
    const start = s * hop;
    let mean = 0;
    for (let i = 0; i < seg; i++) mean += x[start + i];
    mean /= seg;
    for (let i = 0; i < seg; i++) { re[i] = (x[start + i] - mean) * win[i]; im[i] = 0; }
    fft(re, im);
    const p = periodograms[s];
    for (let j = 0; j < half; j++) p[j] = ((j === 0 || j === seg / 2 ? 1 : 2) * (re[j] * re[j] + im[j] * im[j])) / (fs * wss);
  }
  const power = new Float64Array(half);
  const column = new Float64Array(k);
  const bias = average === "median" ? medianBias(k) : 1;
  for (let j = 0; j < half; j++) {
    if (average === "mean") {
      let sum = 0;
      for (let s = 0; s < k; s++) sum += periodograms[s][j];
      power[j] = sum / k;
    } else {
      for (let s = 0; s < k; s++) column[s] = periodograms[s][j];
      column.sort();
      const med = k % 2 ? column[(k - 1) / 2] : 0.5 * (column[k / 2 - 1] + column[k / 2]);
      power[j] = med / bias;
    }
  }
  const f = new Float64Array(half);
  for (let j = 0; j < half; j++) f[j] = (j * fs) / seg;
  return { f, power, segments: k };
}

/** The part of a spectrum with lo ≤ f ≤ hi (Hz), as new arrays. */
export function spectrumRange(s: Spectrum, range: readonly [number, number]): Spectrum {
  const [lo, hi] = range;
  if (!(lo < hi)) throw new RangeError(`invalid range: [${lo}, ${hi}] Hz (expected lo < hi)`);
  const keep: number[] = [];
  for (let j = 0; j < s.f.length; j++) if (s.f[j] >= lo && s.f[j] <= hi) keep.push(j);
  return { f: Float64Array.from(keep, (j) => s.f[j]), power: Float64Array.from(keep, (j) => s.power[j]) };
}

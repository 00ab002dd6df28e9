/**
 * Peaks of a flattened spectrum (log10 power minus the aperiodic fit) as Gaussians
 * h·exp(−(f − c)²/(2 s²)), found and fitted as specparam/FOOOF does (Donoghue et al. 2020): repeatedly
 * take the maximum of the flattened spectrum while it exceeds `threshold` × its standard deviation and
 * `minHeight`; guess the Gaussian's width from the nearer half-height crossing (FWHM = 2 × that
 * distance, s = FWHM/(2√(2 ln 2)), clipped to the width limits); subtract the guess and look again.
 * Guesses within one s of the range's edges are dropped, and of two guesses whose ±0.75 s intervals
 * overlap the lower is dropped; then all Gaussians are fitted together (centre within ±1.5·2 s of its
 * guess and the range, height ≥ 0, s within the limits).
 */
import { leastSquares } from "./least-squares.js";

/** A Gaussian peak in log10 power: centre (Hz), height (log10 power), standard deviation s (Hz). */
export interface Gaussian {
  center: number;
  height: number;
  sd: number;
}

/** Options of {@link fitPeaks} (specparam's names and defaults). */
export interface PeakOptions {
  /** Limits of the peak bandwidth 2s (Hz; default [0.5, 12]). */
  widthLimits?: readonly [number, number];
  /** At most this many peaks (default Infinity). */
  maxPeaks?: number;
  /** Absolute height threshold (log10 power; default 0). */
  minHeight?: number;
  /** Relative threshold in standard deviations of the flattened spectrum (default 2). */
  threshold?: number;
}

/** Σ of Gaussians at f. */
export function gaussianSum(f: ArrayLike<number>, peaks: readonly Gaussian[]): Float64Array {
  const out = new Float64Array(f.length);
  for (const g of peaks) for (let i = 0; i < f.length; i++) { const z = (f[i] - g.center) / g.sd; out[i] += g.height * Math.exp(-0.5 * z * z); }
  return out;
}

function sd(x: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < x.length; i++) m += x[i];
  m /= x.length;
  let v = 0;
  for (let i = 0; i < x.length; i++) v += (x[i] - m) ** 2;
  return Math.sqrt(v / x.length);
}

/** The guesses of specparam's peak search on a flattened spectrum (before the joint fit). */
export function guessPeaks(f: ArrayLike<number>, flat: ArrayLike<number>, options: PeakOptions = {}): Gaussian[] {
  const { widthLimits = [0.5, 12], maxPeaks = Infinity, minHeight = 0, threshold = 2 } = options;
  if (!(widthLimits[0] > 0 && widthLimits[0] < widthLimits[1])) throw new RangeError(`invalid widthLimits: [${widthLimits}] Hz (expected 0 < lo < hi)`);
  const sLo = widthLimits[0] / 2, sHi = widthLimits[1] / 2;
  const n = f.length;
  const res = f[1] - f[0];
  const it = Float64Array.from(flat);
  let guesses: Gaussian[] = [];
  while (guesses.length < maxPeaks) {
    let k = 0;
    for (let i = 1; i < n; i++) if (it[i] > it[k]) k = i;
    const h = it[k];
    if (h <= threshold * sd(it) || !(h > minHeight)) break;
    let left = -1, right = -1;
    for (let i = k - 1; i > 0; i--) if (it[i] <= h / 2) { left = i; break; }
    for (let i = k + 1; i < n; i++) if (it[i] <= h / 2) { right = i; break; }
    const sides = [left, right].filter((i) => i >= 0).map((i) => Math.abs(i - k));
    let s = sides.length ? (Math.min(...sides) * 2 * res) / (2 * Math.sqrt(2 * Math.LN2)) : (widthLimits[0] + widthLimits[1]) / 2;
    s = Math.min(sHi, Math.max(sLo, s));
    const g = { center: f[k], height: h, sd: s };
    guesses.push(g);
    const sub = gaussianSum(f, [g]);
    for (let i = 0; i < n; i++) it[i] -= sub[i];
  }
  const lo = f[0], hi = f[n - 1];
  guesses = guesses.filter((g) => Math.abs(g.center - lo) > g.sd && Math.abs(g.center - hi) > g.sd);
  guesses.sort((a, b) => a.center - b.center);
  const drop = new Set<number>();
  for (let i = 0; i + 1 < guesses.length; i++) {
    const a = guesses[i], b = guesses[i + 1];
    if (a.center + 0.75 * a.sd > b.center - 0.75 * b.sd) drop.add(a.height < b.height ? i : i + 1);
  }
  return guesses.filter((_, i) => !drop.has(i));
}

/**
 * Peaks of a flattened spectrum (see the module comment): the guesses refined by one joint bounded
 * least-squares fit, sorted by centre frequency.
 */
export function fitPeaks(f: ArrayLike<number>, flat: ArrayLike<number>, options: PeakOptions = {}): Gaussian[] {
  if (f.length !== flat.length) throw new RangeError(`invalid fitPeaks input: ${f.length} frequencies for ${flat.length} values (expected equal lengths)`);
  if (f.length < 3) throw new RangeError(`invalid fitPeaks input: ${f.length} frequencies (expected at least 3)`);
  const guesses = guessPeaks(f, flat, options);
  if (!guesses.length) return [];
  const [wLo, wHi] = options.widthLimits ?? [0.5, 12];
  const lo = f[0], hi = f[f.length - 1];
  const p0: number[] = [], lower: number[] = [], upper: number[] = [];
  for (const g of guesses) {
    p0.push(g.center, g.height, g.sd);
    lower.push(Math.max(lo, g.center - 3 * g.sd), 0, wLo / 2);
    upper.push(Math.min(hi, g.center + 3 * g.sd), Infinity, wHi / 2);
  }
  const model = (x: Float64Array, p: Float64Array, out: Float64Array) => {
    out.fill(0);
    for (let j = 0; j < p.length; j += 3) for (let i = 0; i < x.length; i++) { const z = (x[i] - p[j]) / p[j + 2]; out[i] += p[j + 1] * Math.exp(-0.5 * z * z); }
  };
  const r = leastSquares(model, f, flat, p0, { lower, upper, maxIterations: 500 });
  const out: Gaussian[] = [];
  for (let j = 0; j < r.params.length; j += 3) out.push({ center: r.params[j], height: r.params[j + 1], sd: r.params[j + 2] });
  return out.sort((a, b) => a.center - b.center);
}

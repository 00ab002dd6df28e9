/**
 * Power-law statistics done properly (Clauset, Shalizi & Newman 2009, SIAM Review 51:661):
 * maximum-likelihood exponents for continuous and discrete data, x_min chosen by minimising the
 * Kolmogorov–Smirnov distance, and a semi-parametric bootstrap goodness-of-fit p-value.
 *
 *   continuous: p(x) = (α−1)/x_min (x/x_min)^{−α},  α̂ = 1 + n / Σ ln(x_i/x_min)
 *   discrete:   p(x) = x^{−α} / ζ(α, x_min),        α̂ maximises −n ln ζ(α, x_min) − α Σ ln x_i
 */
import { Rng } from "../random/rng.js";
import { goldenMin } from "./optimize.js";
import { hurwitzZeta, zetaUnchecked } from "./zeta.js";
import { discreteMle, scanData, scanXmin } from "./xmin-scan.js";
import { checkOptions } from "../params/options.js";

export { hurwitzZeta };

/** A fitted power law. */
export interface PowerLawFit {
  alpha: number;
  xmin: number;
  /** Number of data points ≥ x_min. */
  n: number;
  /** KS distance between the data ≥ x_min and the fit. */
  D: number;
  discrete: boolean;
  /** Standard error of α, (α − 1)/√n (Clauset et al. 2009, eq. 3.2). */
  sigma: number;
  /** x_min candidates tried (1 when x_min was given) and the largest one: the scan stops where fewer than `minTail` points remain. */
  candidates: number;
  lastCandidate: number;
}

function sortedData(data: ArrayLike<number>, discrete: boolean): Float64Array {
  const sorted = Float64Array.from(data).sort();
  for (const v of sorted) {
    if (!(v > 0) || !Number.isFinite(v)) throw new RangeError(`invalid data: ${v} (power laws need finite positive values)`);
    if (discrete && v !== Math.round(v)) throw new RangeError(`invalid data: ${v} (discrete power laws need integers ≥ 1)`);
  }
  return sorted;
}

/** MLE exponent for a given x_min (continuous: closed form; discrete: numerical, α ≤ 50). */
export function powerLawAlpha(data: ArrayLike<number>, xmin: number, discrete: boolean): number {
  if (!(xmin > 0)) throw new RangeError(`invalid xmin: ${xmin} (expected > 0)`);
  let n = 0, sl = 0;
  for (let i = 0; i < data.length; i++) if (data[i] >= xmin) { n++; sl += Math.log(data[i]); }
  if (n < 2) throw new RangeError(`invalid xmin: ${xmin} leaves ${n} points (expected at least 2)`);
  return discrete ? discreteMle(xmin, sl / n) : 1 + n / (sl - n * Math.log(xmin));
}

/** Complementary CDF P(X ≥ x) of the fitted law. */
export function powerLawCcdf(x: number, alpha: number, xmin: number, discrete: boolean): number {
  if (x <= xmin) return 1;
  return discrete ? hurwitzZeta(alpha, x) / hurwitzZeta(alpha, xmin) : Math.pow(x / xmin, 1 - alpha);
}

/** KS distance between the sorted tail data and the fitted law (the plain O(n) definition; the scan uses a faster equivalent). */
export function ksDistance(sortedTail: Float64Array, alpha: number, xmin: number, discrete: boolean): number {
  const n = sortedTail.length;
  let D = 0;
  for (let i = 0; i < n; ) {
    let j = i;
    while (j < n && sortedTail[j] === sortedTail[i]) j++;
    const x = sortedTail[i];
    // empirical P(X ≥ x) = (n − i)/n and P(X > x) = (n − j)/n; model P(X ≥ x)
    const model = powerLawCcdf(x, alpha, xmin, discrete);
    const next = discrete ? powerLawCcdf(x + 1, alpha, xmin, true) : model;
    D = Math.max(D, Math.abs((n - i) / n - model), Math.abs((n - j) / n - next));
    i = j;
  }
  return D;
}

/**
 * Fits a power law (Clauset, Shalizi & Newman 2009, §3.3): every distinct data value that leaves at
 * least `minTail` points (default 50) at or above it is tried as x_min, α fitted by MLE on that tail,
 * and the x_min with the smallest KS distance kept (xmin-scan.ts; ~0.1 s for 20 000 discrete
 * avalanche sizes). Give `xmin` to fix it; `maxCandidates` thins the scan (faster, may miss x_min).
 * Discrete data must be integers ≥ 1.
 */
export function fitPowerLaw(data: ArrayLike<number>, options: { discrete?: boolean; xmin?: number; minTail?: number; maxCandidates?: number } = {}): PowerLawFit {
  checkOptions("fitPowerLaw", options, ["discrete", "xmin", "minTail", "maxCandidates"]);
  const { discrete = false, xmin, minTail = 50, maxCandidates = Infinity } = options;
  const sorted = sortedData(data, discrete);
  if (xmin !== undefined) {
    const x = sorted.subarray(lowerBound(sorted, xmin));
    if (x.length < 2) throw new RangeError(`invalid xmin: ${xmin} leaves ${x.length} points (expected at least 2)`);
    const alpha = powerLawAlpha(x, xmin, discrete);
    const D = ksDistance(x, alpha, xmin, discrete);
    return { alpha, xmin, n: x.length, D, discrete, sigma: (alpha - 1) / Math.sqrt(x.length), candidates: 1, lastCandidate: xmin };
  }
  if (sorted.length < minTail) throw new RangeError(`invalid data: ${sorted.length} points (expected at least minTail = ${minTail})`);
  const best = scanXmin(scanData(sorted), discrete, { minTail, maxCandidates });
  if (!best) throw new RangeError("invalid data: no x_min leaves enough points");
  return { ...best, discrete, sigma: (best.alpha - 1) / Math.sqrt(best.n) };
}

function lowerBound(a: Float64Array, v: number): number {
  let lo = 0, hi = a.length;
  while (lo < hi) { const m = (lo + hi) >> 1; if (a[m] < v) lo = m + 1; else hi = m; }
  return lo;
}

/**
 * Draws n samples from a power law with exponent α above x_min, both exactly. Continuous: inversion,
 * x = x_min (1 − u)^{−1/(α−1)}. Discrete: the x with P(X ≥ x + 1) < 1 − u ≤ P(X ≥ x), found from the
 * approximation ⌊(x_min − ½)(1 − u)^{−1/(α−1)} + ½⌋ (Clauset et al. 2009, eq. D.6) corrected by
 * unit steps against the exact ζ(α, x)/ζ(α, x_min).
 */
export function samplePowerLaw(n: number, alpha: number, xmin: number, options: { discrete?: boolean; rng?: Rng } = {}): Float64Array {
  checkOptions("samplePowerLaw", options, ["discrete", "rng"]);
  const { discrete = false, rng = new Rng(1) } = options;
  if (!(alpha > 1)) throw new RangeError(`invalid alpha: ${alpha} (expected > 1)`);
  if (!(xmin > 0) || (discrete && xmin !== Math.round(xmin))) throw new RangeError(`invalid xmin: ${xmin} (expected ${discrete ? "an integer ≥ 1" : "> 0"})`);
  const out = new Float64Array(n);
  const Z = discrete ? hurwitzZeta(alpha, xmin) : 1;
  const ccdf = (x: number) => zetaUnchecked(alpha, x) / Z;
  for (let i = 0; i < n; i++) {
    const v = 1 - rng.uniform();
    if (!discrete) { out[i] = xmin * Math.pow(v, -1 / (alpha - 1)); continue; }
    const guess = Math.min(1e15, Math.max(xmin, Math.floor((xmin - 0.5) * Math.pow(v, -1 / (alpha - 1)) + 0.5)));
    out[i] = largestAtLeast(ccdf, v, xmin, Number.isFinite(guess) ? guess : 1e15);
  }
  return out;
}

/** The largest integer x ≥ lo with f(x) ≥ v, for f decreasing and f(lo) ≥ v: gallop from `guess`, then bisect. */
function largestAtLeast(f: (x: number) => number, v: number, lo: number, guess: number): number {
  let a: number, b: number; // f(a) ≥ v > f(b)
  if (f(guess) >= v) {
    a = guess;
    let step = 1;
    while (f(a + step) >= v) { a += step; step *= 2; }
    b = a + step;
  } else {
    b = guess;
    let step = 1;
    a = Math.max(lo, b - step);
    while (a > lo && f(a) < v) { b = a; step *= 2; a = Math.max(lo, b - step); }
  }
  while (b - a > 1) { const c = Math.floor((a + b) / 2); if (f(c) >= v) a = c; else b = c; }
  return a;
}

/**
 * Semi-parametric bootstrap p-value of the power-law hypothesis (Clauset et al. 2009, §4.1):
 * synthetic data sets draw from the fit above x_min and resample the data below it; each is fitted
 * the same way (x_min searched over every candidate unless `maxCandidates` thins it, with the same
 * `minTail`); p is the fraction whose KS distance is at least the data's.
 * p > 0.1: the power law is plausible. With `searchXmin: false` every fit keeps the data's x_min
 * (for fits made with a fixed x_min).
 */
export function powerLawPValue(data: ArrayLike<number>, fit: PowerLawFit,
  options: { bootstraps?: number; seed?: number; maxCandidates?: number; minTail?: number; searchXmin?: boolean } = {}): number {
  checkOptions("powerLawPValue", options, ["bootstraps", "seed", "maxCandidates", "minTail", "searchXmin"]);
  const { bootstraps = 100, seed = 1, maxCandidates = Infinity, minTail = 50, searchXmin = true } = options;
  const rng = Rng.stream(seed, "powerlaw-bootstrap");
  const all = Float64Array.from(data);
  const below = all.filter((x) => x < fit.xmin);
  const n = all.length;
  let atLeast = 0;
  for (let b = 0; b < bootstraps; b++) {
    const synth = new Float64Array(n);
    let nTail = 0;
    for (let i = 0; i < n; i++) if (below.length === 0 || rng.uniform() < fit.n / n) nTail++;
    synth.set(samplePowerLaw(nTail, fit.alpha, fit.xmin, { discrete: fit.discrete, rng }), 0);
    for (let i = nTail; i < n; i++) synth[i] = below[rng.integer(below.length)];
    const f = fitPowerLaw(synth, { discrete: fit.discrete, maxCandidates, minTail, xmin: searchXmin ? undefined : fit.xmin });
    if (f.D >= fit.D) atLeast++;
  }
  return atLeast / bootstraps;
}

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

/** Hurwitz zeta ζ(s, q) = Σ_{k≥0} (k + q)^{−s} for s > 1, q > 0 (Euler–Maclaurin, ~1e−12). */
export function hurwitzZeta(s: number, q: number): number {
  if (!(s > 1) || !(q > 0)) throw new RangeError(`invalid hurwitzZeta(${s}, ${q}) (expected s > 1, q > 0)`);
  const M = 12;
  let sum = 0;
  for (let k = 0; k < M; k++) sum += Math.pow(q + k, -s);
  const a = q + M;
  sum += Math.pow(a, 1 - s) / (s - 1) + 0.5 * Math.pow(a, -s);
  // Bernoulli corrections B_{2j}/(2j)! · s(s+1)…(s+2j−2) · a^{−s−2j+1}
  const B = [1 / 6, -1 / 30, 1 / 42, -1 / 30, 5 / 66, -691 / 2730];
  let rising = s, fact = 2;
  for (let j = 1; j <= B.length; j++) {
    sum += (B[j - 1] / fact) * rising * Math.pow(a, -s - 2 * j + 1);
    rising *= (s + 2 * j - 1) * (s + 2 * j);
    fact *= (2 * j + 1) * (2 * j + 2);
  }
  return sum;
}

/** A fitted power law. */
export interface PowerLawFit {
  alpha: number;
  xmin: number;
  /** Number of data points ≥ x_min. */
  n: number;
  /** KS distance between the data ≥ x_min and the fit. */
  D: number;
  discrete: boolean;
  /** Standard error of α, (α − 1)/√n. */
  sigma: number;
}

function tail(data: ArrayLike<number>, xmin: number): Float64Array {
  return Float64Array.from(Array.from(data).filter((x) => x >= xmin)).sort();
}

/** MLE exponent for a given x_min. */
export function powerLawAlpha(data: ArrayLike<number>, xmin: number, discrete: boolean): number {
  const x = tail(data, xmin);
  if (x.length < 2) throw new RangeError(`invalid xmin: ${xmin} leaves ${x.length} points (expected at least 2)`);
  let sl = 0;
  for (const v of x) sl += Math.log(v);
  if (!discrete) return 1 + x.length / (sl - x.length * Math.log(xmin));
  const nll = (a: number) => x.length * Math.log(hurwitzZeta(a, xmin)) + a * sl;
  return goldenMin(nll, 1.0001, 6, 1e-9);
}

/** Complementary CDF P(X ≥ x) of the fitted law. */
export function powerLawCcdf(x: number, alpha: number, xmin: number, discrete: boolean): number {
  if (x <= xmin) return 1;
  return discrete ? hurwitzZeta(alpha, x) / hurwitzZeta(alpha, xmin) : Math.pow(x / xmin, 1 - alpha);
}

/** KS distance between the sorted tail data and the fitted law. */
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
 * Fits a power law: for each candidate x_min (distinct data values, keeping at least `minTail`
 * points above; at most `maxCandidates` of them, spread evenly) fit α by MLE and keep the x_min with
 * the smallest KS distance. Give `xmin` to fix it.
 */
export function fitPowerLaw(data: ArrayLike<number>, { discrete = false, xmin, minTail = 10, maxCandidates = 60 }: { discrete?: boolean; xmin?: number; minTail?: number; maxCandidates?: number } = {}): PowerLawFit {
  const sorted = Float64Array.from(data).sort();
  if (sorted.length < minTail) throw new RangeError(`invalid data: ${sorted.length} points (expected at least ${minTail})`);
  if (sorted[0] <= 0) throw new RangeError(`invalid data: ${sorted[0]} (power laws need positive values)`);
  let candidates: number[];
  if (xmin !== undefined) candidates = [xmin];
  else {
    const uniq = [...new Set(sorted)].filter((v) => sorted.length - lowerBound(sorted, v) >= minTail);
    const stride = Math.max(1, Math.ceil(uniq.length / maxCandidates));
    candidates = uniq.filter((_, k) => k % stride === 0);
  }
  let best: PowerLawFit | null = null;
  for (const xm of candidates) {
    const x = sorted.subarray(lowerBound(sorted, xm));
    if (x.length < 2) continue;
    const alpha = powerLawAlpha(x, xm, discrete);
    const D = ksDistance(x, alpha, xm, discrete);
    if (!best || D < best.D) best = { alpha, xmin: xm, n: x.length, D, discrete, sigma: (alpha - 1) / Math.sqrt(x.length) };
  }
  if (!best) throw new RangeError("invalid data: no x_min leaves enough points");
  return best;
}

function lowerBound(a: Float64Array, v: number): number {
  let lo = 0, hi = a.length;
  while (lo < hi) { const m = (lo + hi) >> 1; if (a[m] < v) lo = m + 1; else hi = m; }
  return lo;
}

/**
 * Draws n samples from a power law with exponent α above x_min. Continuous: exact inversion.
 * Discrete: the approximation x = ⌊(x_min − ½)(1 − u)^{−1/(α−1)} + ½⌋ (Clauset et al. 2009, eq. D.6).
 */
export function samplePowerLaw(n: number, alpha: number, xmin: number, { discrete = false, rng = new Rng(1) }: { discrete?: boolean; rng?: Rng } = {}): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const u = rng.uniform();
    out[i] = discrete ? Math.floor((xmin - 0.5) * Math.pow(1 - u, -1 / (alpha - 1)) + 0.5) : xmin * Math.pow(1 - u, -1 / (alpha - 1));
  }
  return out;
}

/**
 * Semi-parametric bootstrap p-value of the power-law hypothesis (Clauset et al. 2009, §4.1):
 * synthetic data sets draw from the fit above x_min and resample the data below it; each is fitted
 * the same way (x_min searched); p is the fraction whose KS distance is at least the data's.
 * p > 0.1: the power law is plausible. With `searchXmin: false` every fit keeps the data's x_min
 * (for fits made with a fixed x_min).
 */
export function powerLawPValue(data: ArrayLike<number>, fit: PowerLawFit, { bootstraps = 100, seed = 1, maxCandidates = 30, searchXmin = true } = {}): number {
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
    const f = fitPowerLaw(synth, { discrete: fit.discrete, maxCandidates, xmin: searchXmin ? undefined : fit.xmin });
    if (f.D >= fit.D) atLeast++;
  }
  return atLeast / bootstraps;
}

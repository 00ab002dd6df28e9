/**
 * The x_min scan of Clauset, Shalizi & Newman (2009, SIAM Rev 51:661, §3.3): for every distinct
 * data value as a candidate x_min, fit α by maximum likelihood on the tail x ≥ x_min and compute
 * the Kolmogorov–Smirnov distance D between the tail's empirical distribution and the fit; the
 * estimate is the candidate with the smallest D. Done fast on the sorted data:
 * - the tail's Σ ln x comes from suffix sums, so the continuous MLE α̂ = 1 + n/Σ ln(x_i/x_min) is O(1)
 *   per candidate; the discrete MLE minimises ln ζ(α, x_min) + α⟨ln x⟩ (convex in α) by golden-section
 *   search in a bracket around the neighbouring candidate's α̂, widened while the minimum sits on its edge;
 * - D is computed in O(distinct tail values) per candidate, one exp per value (the Hurwitz zeta by
 *   Euler–Maclaurin, zeta.ts), and abandoned as soon as it exceeds the best D so far (it only grows).
 * The scan stops where fewer than `minTail` points remain above the candidate: a fit to a handful of
 * points has a small D by chance alone, so without that floor the scan drifts into the far tail.
 */
import { goldenMin } from "./optimize.js";
import { zetaUnchecked } from "./zeta.js";

/** Largest exponent the discrete MLE may return (a tail of identical values has α̂ → ∞). */
export const ALPHA_MAX = 50;
const ALPHA_MIN = 1 + 1e-9;

/** Sorted data reduced to distinct values, with the counts and suffix sums the scan needs. */
export interface ScanData {
  /** Distinct values, ascending, and their logarithms. */
  u: Float64Array; lnu: Float64Array;
  /** first[d] = index of u[d]'s first occurrence in the sorted data; first[D] = N. */
  first: Int32Array;
  /** sumLn[d] = Σ ln x over the points with x ≥ u[d]. */
  sumLn: Float64Array;
  N: number;
}

/** Prepares ascending-sorted positive data for the scan. */
export function scanData(sorted: Float64Array): ScanData {
  const N = sorted.length;
  const u: number[] = [], first: number[] = [];
  for (let i = 0; i < N; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) { u.push(sorted[i]); first.push(i); }
  first.push(N);
  const D = u.length;
  const lnu = Float64Array.from(u, Math.log);
  const sumLn = new Float64Array(D + 1);
  for (let d = D - 1; d >= 0; d--) sumLn[d] = sumLn[d + 1] + (first[d + 1] - first[d]) * lnu[d];
  return { u: Float64Array.from(u), lnu, first: Int32Array.from(first), sumLn, N };
}

/** Continuous MLE α̂ = 1 + n / Σ ln(x_i/x_min) on the tail from distinct index d. */
export function continuousAlpha(s: ScanData, d: number): number {
  const n = s.N - s.first[d];
  return 1 + n / (s.sumLn[d] - n * s.lnu[d]);
}

/** Discrete MLE on the tail from distinct index d, starting near α0. */
export function discreteAlpha(s: ScanData, d: number, alpha0 = 2.5): number {
  return discreteMle(s.u[d], s.sumLn[d] / (s.N - s.first[d]), alpha0, s.lnu[d]);
}

/**
 * Discrete MLE for x_min = q and tail mean ⟨ln x⟩: minimises ln ζ(α, q) + α⟨ln x⟩ (convex in α) by
 * golden-section search in a bracket around α0, widened while the minimum sits on its edge; α ≤ 50.
 */
export function discreteMle(q: number, meanLn: number, alpha0 = 2.5, lnq = Math.log(q)): number {
  const g = (a: number) => Math.log(zetaUnchecked(a, q, lnq)) + a * meanLn;
  let half = 0.05, centre = Math.min(ALPHA_MAX, Math.max(ALPHA_MIN, alpha0));
  for (;;) {
    const lo = Math.max(ALPHA_MIN, centre - half), hi = Math.min(ALPHA_MAX, centre + half);
    const a = goldenMin(g, lo, hi, 1e-10);
    const edge = 1e-6 * (hi - lo);
    const atLo = a - lo < edge && lo > ALPHA_MIN, atHi = hi - a < edge && hi < ALPHA_MAX;
    if (!atLo && !atHi) return a;
    centre = a; half *= 4;
  }
}

/**
 * KS distance between the tail from distinct index d and the fitted law (exponent α), stopping
 * early once it reaches `limit` (the value returned is then ≥ limit, not the exact D).
 * Continuous: compares P(X ≥ x) and P(X > x) with the model's (x/x_min)^{1−α}. Discrete: compares
 * the empirical P(X ≥ x) and P(X > x) = P(X ≥ x + 1) with ζ(α, x)/ζ(α, x_min) and ζ(α, x + 1)/ζ(α, x_min),
 * which is the supremum of the CDF difference over the integers.
 */
export function scanKs(s: ScanData, d: number, alpha: number, discrete: boolean, limit = Infinity): number {
  const n = s.N - s.first[d];
  const { u, lnu, first, N } = s;
  const D = u.length;
  let ks = 0;
  const Z = discrete ? zetaUnchecked(alpha, u[d], lnu[d]) : 1;
  for (let e = d; e < D; e++) {
    const ge = (N - first[e]) / n, gt = (N - first[e + 1]) / n;
    let mGe: number, mGt: number;
    if (discrete) {
      const z = zetaUnchecked(alpha, u[e], lnu[e]);
      mGe = z / Z;
      mGt = (z - Math.exp(-alpha * lnu[e])) / Z;
    } else {
      mGe = mGt = Math.exp((1 - alpha) * (lnu[e] - lnu[d]));
    }
    ks = Math.max(ks, Math.abs(ge - mGe), Math.abs(gt - mGt));
    if (ks >= limit) return ks;
  }
  return ks;
}

/** The winner of a scan. */
export interface ScanResult {
  alpha: number; xmin: number; n: number; D: number;
  /** Number of x_min candidates tried, and the largest one. */
  candidates: number; lastCandidate: number;
}

/**
 * Scans every distinct value that leaves at least `minTail` points at or above it (or every k-th of
 * them with `maxCandidates`, for speed at the risk of missing x_min) and returns the smallest-D fit.
 * Ties go to the smaller x_min.
 */
export function scanXmin(s: ScanData, discrete: boolean, { minTail = 50, maxCandidates = Infinity } = {}): ScanResult | null {
  let last = -1;
  while (last + 1 < s.u.length && s.N - s.first[last + 1] >= minTail) last++;
  const count = last + 1;
  const stride = Number.isFinite(maxCandidates) ? Math.max(1, Math.ceil(count / maxCandidates)) : 1;
  let best: ScanResult | null = null;
  let alphaPrev = 2.5, tried = 0;
  for (let d = 0; d <= last; d += stride) {
    const n = s.N - s.first[d];
    if (n < 2 || (!discrete && s.sumLn[d] - n * s.lnu[d] <= 0)) continue;
    const alpha = discrete ? discreteAlpha(s, d, alphaPrev) : continuousAlpha(s, d);
    alphaPrev = alpha;
    tried++;
    const D = scanKs(s, d, alpha, discrete, best ? best.D : Infinity);
    if (!best || D < best.D) best = { alpha, xmin: s.u[d], n, D, candidates: 0, lastCandidate: 0 };
  }
  if (best) { best.candidates = tried; best.lastCandidate = s.u[Math.max(0, last - ((last) % stride))]; }
  return best;
}

/**
 * Random ±1 patterns, corrupted cues and overlaps for Hopfield-type networks (Hopfield 1982, PNAS
 * 79:2554; Amit, Gutfreund & Sompolinsky 1985, Phys Rev Lett 55:1530). A pattern ξ^μ ∈ {−1, +1}^N,
 * each entry ±1 with probability 1/2; the overlap of a state s with ξ is m = (1/N) Σ_i ξ_i s_i.
 */
import { Rng } from "../random/rng.js";

function checkCount(fn: string, name: string, v: number, min: number): void {
  if (!Number.isInteger(v) || v < min) throw new RangeError(`invalid ${name} for ${fn}: ${v} (expected an integer ≥ ${min})`);
}

/**
 * P random patterns of N entries ±1 (probability 1/2 each), drawn from `seed`.
 * @throws RangeError for P < 1, N < 2 or a non-finite seed.
 */
export function randomPatterns(P: number, N: number, seed: number): Int8Array[] {
  checkCount("randomPatterns", "P", P, 1);
  checkCount("randomPatterns", "N", N, 2);
  const rng = new Rng(seed);
  return Array.from({ length: P }, () => Int8Array.from({ length: N }, () => (rng.uniform() < 0.5 ? -1 : 1)));
}

/**
 * A cue: ξ with exactly round(flip·N) entries flipped (chosen without replacement from `seed`), so the
 * cue's overlap with ξ is 1 − 2·round(flip·N)/N.
 * @throws RangeError for flip outside [0, 1].
 */
export function corruptPattern(xi: ArrayLike<number>, flip: number, seed: number): Int8Array {
  if (!(flip >= 0 && flip <= 1)) throw new RangeError(`invalid flip for corruptPattern: ${flip} (expected a fraction in [0, 1])`);
  const n = xi.length, k = Math.round(flip * n);
  const out = Int8Array.from(xi, (x) => (x > 0 ? 1 : -1));
  for (const i of new Rng(seed).sampleWithoutReplacement(n, k)) out[i] = -out[i];
  return out;
}

/**
 * Overlap m = (1/N) Σ ξ_i s_i of a state s with pattern ξ (dimensionless, in [−1, 1] for |s_i| ≤ 1).
 * For rates r ∈ [0, 1] pass s = 2r − 1 (see {@link rateOverlap} for firing rates in Hz).
 * @throws RangeError when the lengths differ.
 */
export function overlap(s: ArrayLike<number>, xi: ArrayLike<number>): number {
  if (s.length !== xi.length) throw new RangeError(`invalid s for overlap: ${s.length} entries for a pattern of ${xi.length}`);
  let m = 0;
  for (let i = 0; i < s.length; i++) m += s[i] * xi[i];
  return m / s.length;
}

/**
 * Overlap of a firing-rate pattern (Hz) with ξ: the Pearson correlation of the rates with ξ,
 * Σ ξ_i (r_i − r̄) / √(N Σ (r_i − r̄)²) for balanced ξ. It is 1 for rates r_i = a + b ξ_i (b > 0),
 * whatever a and b, and NaN when every rate is equal (e.g. a silent network): flag that, do not average it.
 */
export function rateOverlap(rates: ArrayLike<number>, xi: ArrayLike<number>): number {
  if (rates.length !== xi.length) throw new RangeError(`invalid rates for rateOverlap: ${rates.length} entries for a pattern of ${xi.length}`);
  const n = rates.length;
  let mr = 0, mx = 0;
  for (let i = 0; i < n; i++) { mr += rates[i]; mx += xi[i]; }
  mr /= n; mx /= n;
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    const a = rates[i] - mr, b = xi[i] - mx;
    sxy += a * b; sxx += a * a; syy += b * b;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : NaN;
}

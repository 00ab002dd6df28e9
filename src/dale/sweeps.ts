/**
 * Bookkeeping for the Dale notebook: retrieval of stored patterns by the symmetric and the Dale
 * networks under zero-temperature asynchronous dynamics (at one load, or against load), where a curve crosses a level, and a raster
 * of E cells ordered by a pattern.
 */
import { randomPatterns, corruptPattern, overlap } from "./patterns.js";
import { hebbianWeights, symmetricAsync, asyncRun } from "./hopfield.js";
import { daleDecomposition, daleAsync, type Interneuron } from "./dale.js";
import { deriveSeed } from "../random/rng.js";
import type { Spikes } from "../monitors/spike-monitor.js";

/**
 * Stores P = round(αN) random patterns (seeded) and runs the first `nTest` of them (default 5, at most P)
 * from cues with a fraction `flip` flipped (default 0: the pattern itself) in both networks, with the
 * same update order; returns the final overlaps of each, and the offset c of the Dale network.
 */
export function asyncRetrieval(o: { N: number; alpha: number; seed: number; nTest?: number; flip?: number; cell?: Interneuron; nI?: number }) {
  const { N, alpha, seed, nTest = 5, flip = 0, cell, nI = 1 } = o;
  const P = Math.max(1, Math.round(alpha * N));
  const pats = randomPatterns(P, N, deriveSeed(seed, "patterns", P));
  const W = hebbianWeights(pats), d = daleDecomposition(W, N, { nI });
  const sym = symmetricAsync(W, N), dale = daleAsync(d, W, cell);
  const out = { P, c: d.c[0], sym: [] as number[], dale: [] as number[] };
  for (let mu = 0; mu < Math.min(nTest, P); mu++) {
    const cue = corruptPattern(pats[mu], flip, deriveSeed(seed, "cue", mu));
    const order = deriveSeed(seed, "order", mu);
    out.sym.push(overlap(asyncRun(sym, cue, { seed: order }).s, pats[mu]));
    out.dale.push(overlap(asyncRun(dale, cue, { seed: order }).s, pats[mu]));
  }
  return out;
}

/** One load of {@link retrievalCurve}: P patterns stored, final overlaps of the tested ones. */
export interface RetrievalPoint { alpha: number; P: number; sym: number[]; dale: number[] }

/**
 * Retrieval against load for one pattern set grown pattern by pattern: draws P_max = round(α_max N)
 * random patterns (seeded) and, for each load α (ascending), stores the first round(αN) of them
 * (W = C/N with the integer Hebbian counts C_ij = Σ_μ ξ_i^μ ξ_j^μ, i < j, mirrored: W is exactly symmetric,
 * one rounding from the counts, and nested across loads: one O(P_max N²) build instead of one per load) and runs the first `nTest`
 * (default 10, at most P) from the pattern itself (flip 0) with zero-temperature asynchronous dynamics.
 * With `dale` (default true) the Dale network (one linear interneuron) is run too, with the same order.
 * @throws RangeError for loads that are not increasing and positive.
 */
export function retrievalCurve(o: { N: number; alphas: readonly number[]; seed: number; nTest?: number; dale?: boolean }): RetrievalPoint[] {
  const { N, alphas, seed, nTest = 10, dale = true } = o;
  if (!alphas.length || alphas.some((a, k) => !(a > 0) || (k > 0 && a <= alphas[k - 1]))) throw new RangeError(`invalid alphas for retrievalCurve: ${alphas.join(", ")} (expected positive, increasing loads)`);
  const Pmax = Math.max(1, Math.round(alphas[alphas.length - 1] * N));
  const pats = randomPatterns(Pmax, N, deriveSeed(seed, "nested patterns", N));
  const C = new Float64Array(N * N), W = new Float64Array(N * N);
  let stored = 0;
  return alphas.map((alpha) => {
    const P = Math.max(1, Math.round(alpha * N));
    for (; stored < P; stored++) {
      const xi = pats[stored];
      for (let i = 0; i < N; i++) { const row = i * N, x = xi[i]; for (let j = i + 1; j < N; j++) C[row + j] += x * xi[j]; }
    }
    for (let i = 0; i < N; i++) for (let j = i + 1; j < N; j++) W[i * N + j] = W[j * N + i] = C[i * N + j] / N;
    const sym = symmetricAsync(W, N), dl = dale ? daleAsync(daleDecomposition(W, N), W) : null;
    const out: RetrievalPoint = { alpha, P, sym: [], dale: [] };
    for (let mu = 0; mu < Math.min(nTest, P); mu++) {
      const order = deriveSeed(seed, "order", N, mu);
      out.sym.push(overlap(asyncRun(sym, pats[mu], { seed: order }).s, pats[mu]));
      if (dl) out.dale.push(overlap(asyncRun(dl, pats[mu], { seed: order }).s, pats[mu]));
    }
    return out;
  });
}

/**
 * Fraction of the tested patterns kept (final overlap ≥ `level`, default 0.9) at each load, pooled over
 * pattern sets: `sets[k][i]` is set k's {@link RetrievalPoint} at load i (all sets on the same loads).
 * @throws RangeError for no sets or sets on different numbers of loads.
 */
export function keptFraction(sets: readonly RetrievalPoint[][], level = 0.9): number[] {
  if (!sets.length || sets.some((c) => c.length !== sets[0].length)) throw new RangeError(`invalid sets for keptFraction: ${sets.map((c) => c.length).join(", ") || "none"} loads (expected ≥ 1 set, all on the same loads)`);
  return sets[0].map((_, i) => {
    const ms = sets.flatMap((c) => c[i].sym);
    return ms.filter((m) => m >= level).length / ms.length;
  });
}

/**
 * The first x at which y falls below `level`, linearly interpolated between neighbouring points
 * (xs increasing); NaN if y never falls below it, xs[0] if it starts below.
 */
export function crossingBelow(xs: ArrayLike<number>, ys: ArrayLike<number>, level: number): number {
  if (xs.length !== ys.length) throw new RangeError(`invalid ys for crossingBelow: ${ys.length} values for ${xs.length} x`);
  for (let k = 0; k < xs.length; k++) {
    if (ys[k] < level) {
      if (k === 0) return xs[0];
      return xs[k - 1] + ((ys[k - 1] - level) / (ys[k - 1] - ys[k])) * (xs[k] - xs[k - 1]);
    }
  }
  return NaN;
}

/**
 * Raster rows { t (ms), y, group } for E cells ordered by a pattern: cells with ξ_i = +1 first (y from
 * 0), then those with ξ_i = −1, each cell keeping its place within its group.
 */
export function patternRaster(spikes: Spikes, xi: ArrayLike<number>): { t: number; y: number; group: string }[] {
  if (spikes.n !== xi.length) throw new RangeError(`invalid xi for patternRaster: ${xi.length} entries for ${spikes.n} neurons`);
  const rank = new Int32Array(xi.length);
  let y = 0;
  for (const sign of [1, -1]) for (let i = 0; i < xi.length; i++) if ((xi[i] > 0 ? 1 : -1) === sign) rank[i] = y++;
  return Array.from(spikes.i, (i, k) => ({ t: spikes.t[k], y: rank[i], group: xi[i] > 0 ? "ξ = +1" : "ξ = −1" }));
}

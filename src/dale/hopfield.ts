/**
 * The Hopfield network with Hebbian weights (Hopfield 1982, PNAS 79:2554):
 *
 *   W_ij = (1/N) Σ_μ ξ_i^μ ξ_j^μ  (i ≠ j),  W_ii = 0,
 *
 * symmetric and of mixed sign. Zero-temperature asynchronous dynamics s_i ← sign(h_i), h_i = Σ_j W_ij s_j,
 * one neuron at a time, never raise the energy E(s) = −½ Σ_ij W_ij s_i s_j (each flip changes it by
 * −2|h_i| ≤ 0), so the state settles in a local minimum. Below the capacity α = P/N ≈ 0.138 (Amit,
 * Gutfreund & Sompolinsky 1985, Phys Rev Lett 55:1530) the stored patterns are near such minima.
 * Matrices are row-major Float64Arrays: W[i·N + j] is the weight onto i from j.
 */
import { Rng } from "../random/rng.js";

/**
 * Hebbian weight matrix of the patterns (N×N, row-major, zero diagonal), W_ij = (1/N) Σ_μ ξ_i^μ ξ_j^μ.
 * @throws RangeError for no patterns or patterns of different lengths.
 */
export function hebbianWeights(patterns: readonly ArrayLike<number>[]): Float64Array {
  if (patterns.length < 1) throw new RangeError("invalid patterns for hebbianWeights: none (expected ≥ 1 pattern)");
  const n = patterns[0].length;
  patterns.forEach((p, mu) => {
    if (p.length !== n) throw new RangeError(`invalid patterns[${mu}] for hebbianWeights: ${p.length} entries (expected ${n})`);
  });
  const W = new Float64Array(n * n);
  for (const xi of patterns) {
    for (let i = 0; i < n; i++) {
      const a = xi[i] / n, row = i * n;
      for (let j = 0; j < n; j++) W[row + j] += a * xi[j];
    }
  }
  for (let i = 0; i < n; i++) W[i * n + i] = 0;
  return W;
}

/** Energy E(s) = −½ Σ_ij W_ij s_i s_j (dimensionless) of a ±1 (or any real) state s. */
export function hopfieldEnergy(W: ArrayLike<number>, s: ArrayLike<number>): number {
  const n = s.length;
  if (W.length !== n * n) throw new RangeError(`invalid W for hopfieldEnergy: ${W.length} entries for a state of ${n} (expected ${n * n})`);
  let e = 0;
  for (let i = 0; i < n; i++) {
    let h = 0;
    for (let j = 0; j < n; j++) h += W[i * n + j] * s[j];
    e += s[i] * h;
  }
  return -0.5 * e;
}

/**
 * What an asynchronous run needs from a network: local fields for a ±1 state, kept up to date as
 * neurons flip. `field(i)` is the field whose sign decides s_i (any positive multiple of Σ_j W_ij s_j).
 */
export interface AsyncNetwork {
  /** Number of units. */
  readonly n: number;
  /** Recomputes every unit's field from the state `s` (±1 per unit). */
  reset(s: ArrayLike<number>): void;
  /** The field h_i of unit `i` (the input that decides its sign). */
  field(i: number): number;
  /** Updates the fields after unit `j` flipped to `newValue` (±1). */
  flip(j: number, newValue: number): void;
}

/**
 * The symmetric network's fields h = W s, updated by h += 2 s_j W[:, j] when s_j flips (read as row j,
 * W[j, :], which is the same for a symmetric W and contiguous in memory).
 * @throws RangeError for a W that is not n×n or not symmetric.
 */
export function symmetricAsync(W: Float64Array, n: number): AsyncNetwork {
  if (W.length !== n * n) throw new RangeError(`invalid W for symmetricAsync: ${W.length} entries (expected ${n * n})`);
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (W[i * n + j] !== W[j * n + i]) throw new RangeError(`invalid W for symmetricAsync: W[${i}, ${j}] = ${W[i * n + j]} ≠ W[${j}, ${i}] = ${W[j * n + i]} (expected a symmetric matrix)`);
  const h = new Float64Array(n);
  return {
    n,
    reset(s) {
      for (let i = 0; i < n; i++) {
        let x = 0;
        for (let j = 0; j < n; j++) x += W[i * n + j] * s[j];
        h[i] = x;
      }
    },
    field: (i) => h[i],
    flip(j, v) {
      const row = j * n;
      for (let i = 0; i < n; i++) h[i] += 2 * v * W[row + i];
    },
  };
}

/** Result of {@link asyncRun}. */
export interface AsyncRun {
  /** Final ±1 state. */
  s: Int8Array;
  /** Sweeps done (a sweep visits every neuron once in a random order). */
  sweeps: number;
  /** Whether a whole sweep changed nothing (a fixed point). */
  converged: boolean;
  /** Flips in each sweep. */
  flips: number[];
}

/**
 * Zero-temperature asynchronous dynamics: sweeps over the neurons in a random order (from `seed`),
 * s_i ← sign(field_i), keeping s_i when |field_i| ≤ `tie` (default 1e-9: exact ties of the Hebbian
 * fields, whose N·h are integers, are not decided by rounding). Stops after a sweep without flips or
 * after `maxSweeps` (default 50). `onSweep` sees the state after each sweep (e.g. for the energy).
 */
export function asyncRun(net: AsyncNetwork, s0: ArrayLike<number>, options: { seed: number; maxSweeps?: number; tie?: number; onSweep?: (s: Int8Array) => void }): AsyncRun {
  const { seed, maxSweeps = 50, tie = 1e-9, onSweep } = options;
  if (s0.length !== net.n) throw new RangeError(`invalid s0 for asyncRun: ${s0.length} entries (expected ${net.n})`);
  const s = Int8Array.from(s0, (x) => (x > 0 ? 1 : -1));
  net.reset(s);
  const rng = new Rng(seed), order = Int32Array.from({ length: net.n }, (_, i) => i), flips: number[] = [];
  let converged = false;
  while (flips.length < maxSweeps && !converged) {
    for (let k = net.n - 1; k > 0; k--) { const r = rng.integer(k + 1); const t = order[k]; order[k] = order[r]; order[r] = t; }
    let f = 0;
    for (const i of order) {
      const h = net.field(i);
      if (Math.abs(h) <= tie) continue;
      const v = h > 0 ? 1 : -1;
      if (v !== s[i]) { s[i] = v; net.flip(i, v); f++; }
    }
    flips.push(f);
    onSweep?.(s);
    converged = f === 0;
  }
  return { s, sweeps: flips.length, converged, flips };
}

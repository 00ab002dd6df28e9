/**
 * Dale-conforming version of a mixed-sign weight matrix (Parisien, Anderson & Eliasmith 2008, Neural
 * Comput 20:1473): every E→E weight is raised by an offset so that none is negative,
 *
 *   W⁺_ij = W_ij + c_i ≥ 0,
 *
 * and a shared inhibitory population removes the extra drive c_i Σ_j r_j again. With N_I identical
 * interneurons, E→I weights w_EI[k, j] = a and I→E weights w_IE[i, k] = c_i / (a N_I) (all ≥ 0),
 *
 *   W_eff = W⁺ − w_IE w_EI = W + c 1ᵀ − c 1ᵀ = W
 *
 * exactly when the interneurons are linear (rate = input). The offset is either one constant
 * c = max(0, −min_ij W_ij) ("constant", keeps W⁺ symmetric) or the least per row c_i = max(0, −min_j W_ij)
 * ("row"). In the paper the extra drive is the "bias function" that a separate inhibitory population
 * represents; its interneurons are kept in the range where they respond linearly by a tonic input
 * (Nengo 1.4's BiasOrigin.optimizeInterneuronDomain shifts them "to avoid the distorted area near zero").
 * Here a rectified (threshold-linear) interneuron with threshold θ, rate [x + I₀ − θ]₊ for input x, is
 * exact only while x + I₀ ≥ θ. The E cells carry a bias w_IE(I₀ − θ) that cancels the interneurons'
 * constant (part of the construction); without tonic drive (I₀ = 0) the interneurons fall silent when
 * the E activity is low (x < θ), where a linear one would go negative, and each E cell gets
 * (c_i/a)[θ − x]₊ too little input. A tonic drive I₀ ≥ θ keeps x + I₀ − θ ≥ 0 and removes the error.
 */
import type { AsyncNetwork } from "./hopfield.js";

/** A Dale-conforming network: excitatory E→E weights and a shared inhibitory population. */
export interface DaleNetwork {
  /** Number of E neurons. */
  n: number;
  /** Number of interneurons. */
  nI: number;
  /** E→E weights W⁺ (n×n row-major, onto i from j), all ≥ 0. */
  Wplus: Float64Array;
  /** Offsets c_i added to row i. */
  c: Float64Array;
  /** E→I weights (nI×n row-major), all equal to a. */
  wEI: Float64Array;
  /** I→E weights (n×nI row-major), w_IE[i, k] = c_i / (a N_I). */
  wIE: Float64Array;
  /** The E→I weight a. */
  a: number;
}

/** Options of {@link daleDecomposition}. */
export interface DaleOptions {
  /** "constant" (one c for all rows, default) or "row" (the least c_i per row); or a number c ≥ −min W. */
  offset?: "constant" | "row" | number;
  /** Interneurons (default 1). */
  nI?: number;
  /** E→I weight a > 0 (default 1/n, so that the interneuron's input is the mean E rate). */
  a?: number;
}

/**
 * Splits a mixed-sign matrix W (n×n, onto i from j) into non-negative E→E weights and a shared
 * inhibitory loop with W⁺ − w_IE w_EI = W (see the file comment).
 * @throws RangeError for a non-square W, nI < 1, a ≤ 0, or a numeric offset that leaves a negative weight.
 */
export function daleDecomposition(W: ArrayLike<number>, n: number, options: DaleOptions = {}): DaleNetwork {
  const { offset = "constant", nI = 1, a = 1 / n } = options;
  if (!Number.isInteger(n) || n < 1 || W.length !== n * n) throw new RangeError(`invalid W for daleDecomposition: ${W.length} entries (expected n² = ${n * n})`);
  if (!Number.isInteger(nI) || nI < 1) throw new RangeError(`invalid nI for daleDecomposition: ${nI} (expected an integer ≥ 1)`);
  if (!(a > 0)) throw new RangeError(`invalid a for daleDecomposition: ${a} (expected > 0)`);
  const rowMin = new Float64Array(n).fill(Infinity);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) rowMin[i] = Math.min(rowMin[i], W[i * n + j]);
  const globalMin = Math.min(...rowMin);
  const c = new Float64Array(n);
  if (offset === "row") for (let i = 0; i < n; i++) c[i] = Math.max(0, -rowMin[i]);
  else if (offset === "constant") c.fill(Math.max(0, -globalMin));
  else if (typeof offset === "number" && offset >= -globalMin) c.fill(offset);
  else throw new RangeError(`invalid offset for daleDecomposition: ${offset} (expected "constant", "row" or a number ≥ −min W = ${-globalMin})`);
  const Wplus = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) Wplus[i * n + j] = W[i * n + j] + c[i];
  const wEI = new Float64Array(nI * n).fill(a);
  const wIE = new Float64Array(n * nI);
  for (let i = 0; i < n; i++) for (let k = 0; k < nI; k++) wIE[i * nI + k] = c[i] / (a * nI);
  return { n, nI, Wplus, c, wEI, wIE, a };
}

/** Effective E→E connectivity through a linear interneuron: W⁺ − w_IE w_EI (n×n). */
export function effectiveWeights(d: DaleNetwork): Float64Array {
  const { n, nI } = d, out = Float64Array.from(d.Wplus);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < nI; k++) {
      const w = d.wIE[i * nI + k];
      if (w === 0) continue;
      for (let j = 0; j < n; j++) out[i * n + j] -= w * d.wEI[k * n + j];
    }
  }
  return out;
}

/** How the interneurons turn input x into a rate: linear (x + I₀ − θ) or rectified [x + I₀ − θ]₊. */
export interface Interneuron {
  kind: "linear" | "rectified";
  /** Threshold θ (input units; default 0). */
  theta?: number;
  /** Tonic drive I₀ (default 0). */
  bias?: number;
}

/** The interneurons' rate for input x. */
export function interneuronRate(x: number, cell: Interneuron = { kind: "linear" }): number {
  const y = x + (cell.bias ?? 0) - (cell.theta ?? 0);
  return cell.kind === "rectified" ? Math.max(0, y) : y;
}

/**
 * Net recurrent input to each E cell of a Dale network at E rates r (fast interneurons):
 * h_i = Σ_j W⁺_ij r_j − Σ_k w_IE[i,k] ρ_k + Σ_k w_IE[i,k] (I₀ − θ), with ρ_k the interneurons' rates for
 * inputs x_k = Σ_j w_EI[k,j] r_j (`xI`, when given, replaces x: the interneurons' filtered input).
 * The last term is the E cells' bias that cancels the interneurons' constant. Equals (W r)_i for a linear one.
 */
export function daleInput(d: DaleNetwork, r: ArrayLike<number>, cell: Interneuron = { kind: "linear" }, out = new Float64Array(d.n), xI?: ArrayLike<number>): Float64Array {
  const { n, nI } = d;
  if (r.length !== n) throw new RangeError(`invalid r for daleInput: ${r.length} rates (expected ${n})`);
  const rho = new Float64Array(nI), k0 = (cell.bias ?? 0) - (cell.theta ?? 0);
  for (let k = 0; k < nI; k++) {
    let x = 0;
    if (xI) x = xI[k];
    else for (let j = 0; j < n; j++) x += d.wEI[k * n + j] * r[j];
    rho[k] = interneuronRate(x, cell) - k0;
  }
  for (let i = 0; i < n; i++) {
    let h = 0;
    for (let j = 0; j < n; j++) h += d.Wplus[i * n + j] * r[j];
    for (let k = 0; k < nI; k++) h -= d.wIE[i * nI + k] * rho[k];
    out[i] = h;
  }
  return out;
}

/** Largest |a_i − b_i| (e.g. of two weight matrices or inputs). */
export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new RangeError(`invalid b for maxAbsDiff: ${b.length} entries (expected ${a.length})`);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return a.length ? m : NaN;
}

/**
 * The Dale network under asynchronous zero-temperature dynamics (hopfield.ts `asyncRun`): E cells
 * are 0/1 (r = (1 + s)/2) and get the input of {@link daleInput} plus the bias −½ Σ_j W_ij that
 * makes 0/1 units equivalent to ±1 ones (Hopfield 1982): then h_i = ½ (W s)_i for linear interneurons.
 * Kept up to date incrementally (E→E input and interneuron inputs) as cells flip.
 */
export function daleAsync(d: DaleNetwork, W: ArrayLike<number>, cell: Interneuron = { kind: "linear" }): AsyncNetwork {
  const { n, nI } = d;
  const bias = new Float64Array(n);
  for (let i = 0; i < n; i++) { let x = 0; for (let j = 0; j < n; j++) x += W[i * n + j]; bias[i] = -0.5 * x; }
  const exc = new Float64Array(n), x = new Float64Array(nI), k0 = (cell.bias ?? 0) - (cell.theta ?? 0);
  return {
    n,
    reset(s: ArrayLike<number>) {
      exc.fill(0); x.fill(0);
      for (let j = 0; j < n; j++) {
        if (s[j] <= 0) continue;
        for (let i = 0; i < n; i++) exc[i] += d.Wplus[i * n + j];
        for (let k = 0; k < nI; k++) x[k] += d.wEI[k * n + j];
      }
    },
    field(i: number) {
      let h = exc[i] + bias[i];
      for (let k = 0; k < nI; k++) h -= d.wIE[i * nI + k] * (interneuronRate(x[k], cell) - k0);
      return h;
    },
    flip(j: number, v: number) {
      for (let i = 0; i < n; i++) exc[i] += v * d.Wplus[i * n + j];
      for (let k = 0; k < nI; k++) x[k] += v * d.wEI[k * n + j];
    },
  };
}

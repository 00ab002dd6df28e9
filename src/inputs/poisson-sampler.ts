/**
 * A fast per-target Poisson sampler: adds k_i·w with k_i ~ Poisson(λ) independently to each of n
 * targets, in WebAssembly (engine/wasm/poisson.ts) with four xoshiro128** generators in SIMD lanes and
 * Walker's alias method (Walker 1977; Vose 1991): one 32-bit uniform and one table look-up per target,
 * no loop, no branch on the value.
 *
 * Exactness: the table holds the Poisson(λ) pmf on [lo, lo + K) — every k whose probability exceeds
 * 1e-18 of the mode's neighbourhood, so the mass left out is below 1e-17 — and a count has the pmf up
 * to the 2⁻³² resolution of a 32-bit uniform (each probability within K·2⁻³² of its value; the
 * guide-table inversion it replaces had the same resolution). Larger λ need longer tables; beyond
 * {@link MAX_COLUMNS} columns (λ ≳ 45,000 per step) {@link PoissonSampler.set} refuses and callers use
 * `Rng.poisson` per target.
 *
 * Seeding: the four lanes are seeded from 16 draws of the caller's stream, so the same seed gives
 * the same counts. State and table live in the network's WebAssembly memory (engine/slab.ts); without
 * one (a sampler made on its own) the same algorithm runs in JavaScript ({@link sampleJs}), with
 * bit-identical results.
 */
import type { Rng } from "../random/rng.js";
import { logFactorial } from "../random/rng.js";
import type { FloatArray } from "../engine/model.js";
import type { Slab } from "../engine/slab.js";
import { poissonKernels, type PoissonKernels } from "../engine/wasm/poisson.js";
import type { WasmMemory } from "../engine/slab.js";

/** Most columns of an alias table (K): 4096 columns cover λ up to about 45,000 per step. */
export const MAX_COLUMNS = 4096;

/** An alias table for Poisson(λ): counts lo … lo + K − 1; column c holds (threshold, alias). */
export interface AliasTable {
  lo: number;
  K: number;
  /** Threshold of column c (in units of 2⁻³²) at 2c, its alias (a column) at 2c + 1 (the threshold as a signed int). */
  entries: Int32Array;
}

/**
 * The Poisson(λ) pmf on the counts where it is ≥ 1e-18 × its value at the mode (walked out from the
 * mode with p(k+1) = p(k)·λ/(k+1)), normalised; null when that needs more than `maxColumns` columns.
 */
export function poissonPmf(lambda: number, maxColumns = MAX_COLUMNS): { lo: number; p: Float64Array } | null {
  if (!(lambda > 0 && Number.isFinite(lambda))) throw new RangeError(`invalid λ: ${lambda} (expected a finite mean > 0)`);
  const mode = Math.floor(lambda);
  const pm = Math.exp(-lambda + mode * Math.log(lambda) - logFactorial(mode));
  const cut = pm * 1e-18;
  let lo = mode, hi = mode;
  for (let p = pm; lo > 0 && (p = (p * lo) / lambda) >= cut;) lo--;
  for (let p = pm; (p = (p * lambda) / (hi + 1)) >= cut;) hi++;
  const K = hi - lo + 1;
  if (K > maxColumns) return null;
  const p = new Float64Array(K);
  p[mode - lo] = pm;
  for (let k = mode + 1; k <= hi; k++) p[k - lo] = (p[k - 1 - lo] * lambda) / k;
  for (let k = mode - 1; k >= lo; k--) p[k - lo] = (p[k + 1 - lo] * (k + 1)) / lambda;
  let sum = 0;
  for (let c = 0; c < K; c++) sum += p[c];
  for (let c = 0; c < K; c++) p[c] /= sum;
  return { lo, p };
}

/** Walker's alias table of a pmf on K columns (Vose's stable construction), thresholds in units of 2⁻³². */
export function aliasTable(lo: number, p: Float64Array, out = new Int32Array(2 * p.length)): AliasTable {
  const K = p.length;
  const q = Float64Array.from(p, (x) => x * K);
  const small: number[] = [], large: number[] = [];
  for (let c = K - 1; c >= 0; c--) (q[c] < 1 ? small : large).push(c);
  const entries = out.subarray(0, 2 * K);
  while (small.length && large.length) {
    const s = small.pop()!, l = large[large.length - 1];
    entries[2 * s] = Math.min(4294967295, Math.round(q[s] * 4294967296)) | 0;
    entries[2 * s + 1] = l;
    q[l] -= 1 - q[s];
    if (q[l] < 1) { large.pop(); small.push(l); }
  }
  // what is left has q = 1 up to rounding: the column is its own alias
  for (const c of [...small, ...large]) { entries[2 * c] = -1; entries[2 * c + 1] = c; }
  return { lo, K, entries };
}

/**
 * The JavaScript reference of the WebAssembly sampler (engine/wasm/poisson.ts), bit-identical:
 * `state` holds the words a, b, c, d of the four lanes (16 ints), advanced in place.
 */
export function sampleJs(state: Int32Array, t: AliasTable, buf: FloatArray, off: number, n: number, w: number): void {
  const r = [0, 0, 0, 0];
  const { K, lo, entries } = t;
  for (let i = 0; i < n; i += 4) {
    for (let j = 0; j < 4; j++) {
      let a = state[j], b = state[4 + j], c = state[8 + j], d = state[12 + j];
      const x = Math.imul(b, 5);
      r[j] = Math.imul((x << 7) | (x >>> 25), 9) >>> 0;
      const tt = b << 9;
      c ^= a; d ^= b; b ^= c; a ^= d; c ^= tt; d = (d << 11) | (d >>> 21);
      state[j] = a; state[4 + j] = b; state[8 + j] = c; state[12 + j] = d;
    }
    for (let j = 0; j < 4 && i + j < n; j++) {
      const prod = r[j] * K; // < 2^44: exact in double
      const col = Math.floor(prod / 4294967296), frac = prod - col * 4294967296;
      const k = lo + (frac < entries[2 * col] >>> 0 ? col : entries[2 * col + 1]);
      if (k !== 0) buf[off + i + j] += k * w;
    }
  }
}

/** Adds Poisson(λ) counts × w to targets (see the file comment). */
export class PoissonSampler {
  private table: AliasTable | null = null;
  private lambda = NaN;
  private state: Int32Array;
  private stateAt = -1;
  private tableAt = -1;
  private capacity = 0;
  private memory: WasmMemory | null = null;
  private fns: PoissonKernels | null = null;

  /** Seeds the four lanes from `rng`; keeps state and tables in `slab` (or in JavaScript without one). */
  constructor(rng: Rng, private readonly slab: Slab | null = null) {
    const seed = new Int32Array(16);
    for (let j = 0; j < 4; j++) {
      for (let word = 0; word < 4; word++) seed[4 * word + j] = rng.uint32() | 0;
      if ((seed[j] | seed[4 + j] | seed[8 + j] | seed[12 + j]) === 0) seed[j] = 1; // xoshiro's one forbidden state
    }
    if (slab !== null) {
      this.stateAt = slab.reserve(64);
      this.state = new Int32Array(slab.buffer, this.stateAt, 16);
      this.state.set(seed);
      slab.onGrow((buffer) => { this.state = new Int32Array(buffer, this.stateAt, 16); });
    } else {
      this.state = seed;
    }
  }

  /** Prepares the table for mean λ (> 0); returns false when λ needs more than {@link MAX_COLUMNS} columns. */
  set(lambda: number): boolean {
    if (lambda === this.lambda) return this.table !== null;
    this.lambda = lambda;
    const pmf = poissonPmf(lambda);
    if (pmf === null) {
      this.table = null;
      return false;
    }
    const K = pmf.p.length;
    const slab = this.slab;
    if (slab === null) this.table = aliasTable(pmf.lo, pmf.p);
    else {
      if (K > this.capacity) {
        this.capacity = Math.max(256, K);
        this.tableAt = slab.reserve(8 * this.capacity);
      }
      this.table = aliasTable(pmf.lo, pmf.p, new Int32Array(slab.buffer, this.tableAt, 2 * K));
    }
    return true;
  }

  /** Adds k_i·w, k_i ~ Poisson(λ) of the last {@link set}, to buf[off + i] for i < n. */
  add(buf: FloatArray, off: number, n: number, w: number): void {
    const t = this.table;
    if (t === null) throw new RangeError(`PoissonSampler.add: no table for λ = ${this.lambda} (call set(λ) first and use it only when it returns true)`);
    const slab = this.slab;
    if (slab === null || buf.buffer !== slab.buffer) {
      if (slab !== null) t.entries = new Int32Array(slab.buffer, this.tableAt, 2 * t.K); // the view of the current memory
      sampleJs(this.state, t, buf, off, n, w);
      return;
    }
    const memory = slab.memory;
    if (memory !== this.memory) {
      this.memory = memory;
      this.fns = poissonKernels(memory);
    }
    const f = buf instanceof Float32Array ? this.fns!.f32 : this.fns!.f64;
    f(this.stateAt, this.tableAt, t.K, t.lo, buf.byteOffset + off * buf.BYTES_PER_ELEMENT, n, w);
  }
}

/**
 * Continuous Hopfield rate network (Hopfield 1984, PNAS 81:3088) with 0/1 rates:
 *
 *   τ du_i/dt = −u_i + Σ_j W_ij r_j + I_i,   r_i = g(u_i) = 1/(1 + e^{−β u_i}),   I_i = −½ Σ_j W_ij,
 *
 * (the bias I makes it the ±1 network in s = 2r − 1: Σ_j W_ij r_j + I_i = ½ (W s)_i). For symmetric W
 *
 *   E(r) = −½ rᵀ W r − Iᵀ r + (1/β) Σ_i [r_i ln r_i + (1 − r_i) ln(1 − r_i)]
 *
 * is a Lyapunov function: dE/dt = −τ Σ_i g′(u_i) (du_i/dt)² ≤ 0. The Dale version replaces Σ_j W_ij r_j
 * by the input through W⁺ and the interneurons (dale.ts `daleInput`); the interneurons are instantaneous
 * (τ_I = 0) or filter their input, τ_I dx_k/dt = −x_k + Σ_j w_EI[k,j] r_j. Forward Euler with step dt.
 * Units: time in units of τ (τ = 1), rates and inputs dimensionless.
 */
import { daleInput, type DaleNetwork, type Interneuron } from "./dale.js";

/** Logistic g(u) = 1/(1 + e^{−βu}). */
export const logistic = (u: number, beta: number) => 1 / (1 + Math.exp(-beta * u));

/** E(r) of the file comment for weights W (n×n) and gain β; entries of r at 0 or 1 add 0. */
export function rateEnergy(W: ArrayLike<number>, r: ArrayLike<number>, beta: number): number {
  const n = r.length;
  if (W.length !== n * n) throw new RangeError(`invalid W for rateEnergy: ${W.length} entries for ${n} rates`);
  let e = 0;
  for (let i = 0; i < n; i++) {
    let wr = 0, wsum = 0;
    for (let j = 0; j < n; j++) { wr += W[i * n + j] * r[j]; wsum += W[i * n + j]; }
    const x = r[i];
    const ent = (x > 0 ? x * Math.log(x) : 0) + (x < 1 ? (1 - x) * Math.log(1 - x) : 0);
    e += -0.5 * x * wr + 0.5 * wsum * x + ent / beta;
  }
  return e;
}

/** Options of {@link rateRun}. */
export interface RateRunOptions {
  /** The symmetric weights W (n×n): define the bias I and the energy, and the dynamics unless `dale` is given. */
  W: Float64Array;
  /** Run the Dale network instead (its input replaces W r). */
  dale?: DaleNetwork;
  /** Interneuron transfer (default linear). */
  cell?: Interneuron;
  /** Initial u (length n). */
  u0: ArrayLike<number>;
  /** Gain β (default 20). */
  beta?: number;
  /** Step (units of τ, default 0.05) and duration (default 10). */
  dt?: number;
  T?: number;
  /** Interneuron time constant in units of τ (default 0: instantaneous). */
  tauI?: number;
  /** Pattern whose overlap m = (1/N) Σ ξ_i (2r_i − 1) is recorded. */
  xi?: ArrayLike<number>;
  /** Record every this many steps (default 1); 0 records only the start and the end. */
  every?: number;
  /** Record the energy (an n² sum per record; default true). */
  energy?: boolean;
}

/** A rate run: times, overlaps, energies (recorded) and the final rates. */
export interface RateRun {
  t: number[];
  m: number[];
  energy: number[];
  r: Float64Array;
}

/** Integrates the network of the file comment (symmetric or Dale) from u0. */
export function rateRun(o: RateRunOptions): RateRun {
  const { W, dale, cell = { kind: "linear" }, u0, beta = 20, dt = 0.05, T = 10, tauI = 0, xi, every = 1, energy = true } = o;
  const n = u0.length;
  if (W.length !== n * n) throw new RangeError(`invalid W for rateRun: ${W.length} entries for u0 of ${n}`);
  if (!(dt > 0) || !(T > 0)) throw new RangeError(`invalid dt or T for rateRun: ${dt}, ${T} (expected > 0)`);
  if (dale && dale.n !== n) throw new RangeError(`invalid dale for rateRun: ${dale.n} E cells (expected ${n})`);
  const bias = new Float64Array(n);
  for (let i = 0; i < n; i++) { let s = 0; for (let j = 0; j < n; j++) s += W[i * n + j]; bias[i] = -0.5 * s; }
  const u = Float64Array.from(u0), r = new Float64Array(n), h = new Float64Array(n);
  const nI = dale?.nI ?? 0, xI = new Float64Array(nI);
  const rates = () => { for (let i = 0; i < n; i++) r[i] = logistic(u[i], beta); };
  const drive = () => { for (let k = 0; k < nI; k++) { let x = 0; for (let j = 0; j < n; j++) x += dale!.wEI[k * n + j] * r[j]; xI[k] = x; } };
  const out: RateRun = { t: [], m: [], energy: [], r };
  const record = (t: number) => {
    out.t.push(t);
    if (xi) { let m = 0; for (let i = 0; i < n; i++) m += xi[i] * (2 * r[i] - 1); out.m.push(m / n); }
    if (energy) out.energy.push(rateEnergy(W, r, beta));
  };
  rates();
  if (dale && tauI > 0) drive();
  record(0);
  const steps = Math.round(T / dt);
  for (let s = 1; s <= steps; s++) {
    if (dale) daleInput(dale, r, cell, h, tauI > 0 ? xI : undefined);
    else for (let i = 0; i < n; i++) { let x = 0; for (let j = 0; j < n; j++) x += W[i * n + j] * r[j]; h[i] = x; }
    for (let i = 0; i < n; i++) u[i] += dt * (-u[i] + h[i] + bias[i]);
    if (dale && tauI > 0) {
      const a = dt / tauI;
      for (let k = 0; k < nI; k++) { let x = 0; for (let j = 0; j < n; j++) x += dale.wEI[k * n + j] * r[j]; xI[k] += a * (x - xI[k]); }
    }
    rates();
    if ((every > 0 && s % every === 0) || s === steps) record(s * dt);
  }
  return out;
}

/** Initial u for a ±1 cue: u_i = u0 · cue_i (default u0 = 0.1, so r = g(±0.1) = 0.88 / 0.12 at β = 20). */
export function cueState(cue: ArrayLike<number>, u0 = 0.1): Float64Array {
  return Float64Array.from(cue, (x) => (x > 0 ? u0 : -u0));
}

/**
 * Inhibitory spike-timing-dependent plasticity (Vogels, Sprekeler, Zenke, Clopath & Gerstner 2011,
 * Science 334:1569). Each inhibitory synapse i → j has traces x_i (presynaptic) and x_j
 * (postsynaptic) that jump by 1 at a spike and decay with τ_STDP (default 20 ms):
 *   presynaptic spike:  w_ij ← w_ij + η (x_j − α)
 *   postsynaptic spike: w_ij ← w_ij + η x_i
 * with α = 2 ρ0 τ_STDP, so that for uncorrelated firing the weights drift until the postsynaptic
 * rate equals ρ0 (default 3 Hz; α = 0.12). Coincident pre and post spikes potentiate: inhibition
 * learns to track excitation (detailed balance). Weights stay in [0, w_max]; η in weight units (nS).
 * The weight changes of a step are applied before that step's spikes are delivered.
 *
 * Fixed point with correlations. Averaged over a window T, the drift of synapse i → j is
 *   ⟨Δw⟩/(η T) = ρ_i (2 τ ρ_j − α) + c_ij,
 *   c_ij = (Σ_{pre spikes} x_j + Σ_{post spikes} x_i)/T − 2 τ ρ_i ρ_j,
 * the excess of pre–post coincidences over chance, weighted by the STDP window (Kempter, Gerstner &
 * van Hemmen 1999). Only for c = 0 does the drift vanish at ρ_j = ρ0; inhibition that suppresses its
 * target right after it fires (c < 0) moves the fixed point above ρ0. {@link InhibitorySTDP.drift}
 * measures the terms over the window since {@link InhibitorySTDP.resetDrift}.
 */
import { readParams, type Quantity } from "../params/quantity.js";
import type { Component } from "../engine/component.js";
import type { Projection } from "../network/projection.js";

/** Parameters of {@link InhibitorySTDP}. */
export const ISTDP_SCHEMA = {
  eta: { unit: "nS", default: 0.01, min: 0, doc: "learning rate (weight change per unit trace)" },
  rho0: { unit: "Hz", default: 3, min: 0, doc: "target postsynaptic rate" },
  tau: { unit: "ms", default: 20, min: 0, exclusiveMin: true, doc: "trace time constant τ_STDP" },
  w_max: { unit: "nS", default: 100, min: 0, exclusiveMin: true, doc: "largest weight" },
};

/**
 * The rule's drift decomposed over a window (see the module comment); rates in Hz, over synapses.
 * ρ_w = Σ ρ_i ρ_j / Σ ρ_i is the postsynaptic rate weighted by presynaptic rate (what the rule sees),
 * `shift` = Σ c_ij / (2 τ′ Σ ρ_i) the pre–post correlation expressed as a rate, `rhoFixed` = ρ0′ − shift
 * the rate at which the mean drift would vanish, and `residual` = ρ_w − rhoFixed the part of the
 * mean drift still pushing the weights (Hz; 0 when the weights are stationary). τ′ = dt e^{−dt/τ}/(1 − e^{−dt/τ})
 * is the mean trace per unit rate of the discrete trace, ρ0′ = α/(2τ′).
 */
export interface ISTDPDrift {
  /** Window length (ms). */
  T: number;
  /** Mean presynaptic rate over synapses (Hz). */
  preRate: number;
  /** Postsynaptic rate weighted by presynaptic rate, ρ_w (Hz). */
  postRate: number;
  /** Mean postsynaptic trace at presynaptic spikes, over its chance value (1 = uncorrelated). */
  postAtPre: number;
  /** Mean presynaptic trace at postsynaptic spikes, over its chance value (1 = uncorrelated). */
  preAtPost: number;
  /** Target rate of the discrete rule for uncorrelated trains, ρ0′ = α/(2τ′) (Hz). */
  rho0: number;
  /** Correlation shift (Hz): the fixed point moves to ρ0′ − shift. */
  shift: number;
  /** Rate at which the mean drift vanishes, ρ0′ − shift (Hz). */
  rhoFixed: number;
  /** ρ_w − rhoFixed (Hz): > 0 means the weights were still growing on average. */
  residual: number;
  /** Fraction of synapses at 0 at the end of the window (their drift is cut off). */
  atZero: number;
  /** τ′ (ms): mean of the discrete trace per unit rate, → τ_STDP as dt → 0. */
  tauTrace: number;
}

/** Vogels et al. (2011) inhibitory STDP on one inhibitory projection. */
export class InhibitorySTDP implements Component {
  readonly phase = "rule";
  get name(): string {
    return `InhibitorySTDP(${this.projection.name})`;
  }
  readonly params: Record<keyof typeof ISTDP_SCHEMA, number>;
  /** α = 2 ρ0 τ (ρ0 in spikes per ms). */
  readonly alpha: number;
  readonly preTrace: Float64Array;
  readonly postTrace: Float64Array;
  /** Per-synapse weights (nS), in the projection's CSR order: the projection's own (a view on the network's memory, read afresh). */
  get weights(): Float32Array {
    return this.projection.weight as Float32Array;
  }
  private readonly postPtr: Int32Array;
  private readonly postSyn: Int32Array;
  private readonly preOf: Int32Array;
  private readonly preCount: Float64Array;
  private readonly postCount: Float64Array;
  private elapsed = 0;
  private dt = NaN;
  private postTraceAtPre = 0;
  private preTraceAtPost = 0;

  constructor(readonly projection: Projection, options: Partial<Record<keyof typeof ISTDP_SCHEMA, Quantity>> = {}) {
    if (projection.receptor !== "I") throw new TypeError(`invalid projection: ${projection.name} is excitatory; inhibitory STDP acts on inhibitory synapses`);
    this.params = readParams(ISTDP_SCHEMA, options as Record<string, Quantity>, "InhibitorySTDP");
    this.alpha = 2 * (this.params.rho0 / 1000) * this.params.tau;
    const { rowPtr, col } = projection;
    const S = col.length;
    if (typeof projection.weight === "number") projection.weight = new Float32Array(S).fill(projection.weight);
    this.preTrace = new Float64Array(projection.pre.n);
    this.postTrace = new Float64Array(projection.post.n);
    this.preCount = new Float64Array(projection.pre.n);
    this.postCount = new Float64Array(projection.post.n);
    // synapses by postsynaptic neuron (counting sort), and the presynaptic neuron of each synapse
    const nPost = projection.post.n;
    this.postPtr = new Int32Array(nPost + 1);
    for (let k = 0; k < S; k++) this.postPtr[col[k] + 1]++;
    for (let j = 0; j < nPost; j++) this.postPtr[j + 1] += this.postPtr[j];
    this.postSyn = new Int32Array(S);
    this.preOf = new Int32Array(S);
    const fillAt = this.postPtr.slice(0, nPost);
    for (let i = 0; i + 1 < rowPtr.length; i++) {
      for (let k = rowPtr[i]; k < rowPtr[i + 1]; k++) { this.preOf[k] = i; this.postSyn[fillAt[col[k]]++] = k; }
    }
  }

  /** One step: decay traces, apply the rule for this step's pre and post spikes, then bump the traces. */
  update(dt: number): void {
    const { eta, tau, w_max } = this.params;
    const decay = Math.exp(-dt / tau);
    const { preTrace, postTrace, alpha } = this;
    const weights = this.weights;
    for (let i = 0; i < preTrace.length; i++) preTrace[i] *= decay;
    for (let j = 0; j < postTrace.length; j++) postTrace[j] *= decay;
    const pre = this.projection.pre, post = this.projection.post;
    const { rowPtr, col } = this.projection;
    this.elapsed += dt;
    this.dt = dt;
    let atPre = 0, atPost = 0;
    for (let s = 0; s < pre.nSpikes; s++) {
      const i = pre.spikes[s];
      this.preCount[i]++;
      for (let k = rowPtr[i]; k < rowPtr[i + 1]; k++) {
        const x = postTrace[col[k]];
        atPre += x;
        const w = weights[k] + eta * (x - alpha);
        weights[k] = w < 0 ? 0 : w > w_max ? w_max : w;
      }
    }
    for (let s = 0; s < post.nSpikes; s++) {
      const j = post.spikes[s];
      this.postCount[j]++;
      for (let q = this.postPtr[j]; q < this.postPtr[j + 1]; q++) {
        const k = this.postSyn[q];
        const x = preTrace[this.preOf[k]];
        atPost += x;
        const w = weights[k] + eta * x;
        weights[k] = w > w_max ? w_max : w;
      }
    }
    this.postTraceAtPre += atPre;
    this.preTraceAtPost += atPost;
    for (let s = 0; s < pre.nSpikes; s++) preTrace[pre.spikes[s]] += 1;
    for (let s = 0; s < post.nSpikes; s++) postTrace[post.spikes[s]] += 1;
  }

  /** Start a new window for {@link InhibitorySTDP.drift}: zero the spike counts and trace sums. */
  resetDrift(): void {
    this.preCount.fill(0);
    this.postCount.fill(0);
    this.elapsed = 0;
    this.postTraceAtPre = 0;
    this.preTraceAtPost = 0;
  }

  /**
   * The drift of the rule over the window since construction or the last {@link InhibitorySTDP.resetDrift},
   * decomposed into its rate and correlation parts (see {@link ISTDPDrift}). Throws a RangeError when the
   * window is empty or no presynaptic spike arrived.
   */
  drift(): ISTDPDrift {
    const T = this.elapsed, dt = this.dt;
    const { rowPtr, col } = this.projection;
    let sumPre = 0, sumPrePost = 0, atZero = 0;
    for (let i = 0; i + 1 < rowPtr.length; i++) {
      const ri = this.preCount[i] / T;
      for (let k = rowPtr[i]; k < rowPtr[i + 1]; k++) {
        sumPre += ri;
        sumPrePost += ri * (this.postCount[col[k]] / T);
        if (this.weights[k] === 0) atZero++;
      }
    }
    if (!(T > 0 && dt > 0) || !(sumPre > 0)) {
      throw new RangeError(`invalid drift window: ${T} ms with no presynaptic spike at a synapse (run the network with presynaptic activity after resetDrift())`);
    }
    const e = Math.exp(-dt / this.params.tau);
    const tauD = (dt * e) / (1 - e); // mean trace per unit rate (ms)
    const chance = tauD * sumPrePost * T; // expected Σ x_post at pre spikes = Σ x_pre at post spikes
    const excess = (this.postTraceAtPre + this.preTraceAtPost) / T - 2 * tauD * sumPrePost; // per ms
    const rho0 = (this.alpha / (2 * tauD)) * 1000;
    const shift = (excess / (2 * tauD * sumPre)) * 1000;
    const postRate = (sumPrePost / sumPre) * 1000;
    return {
      T, preRate: (sumPre / col.length) * 1000, postRate,
      postAtPre: this.postTraceAtPre / chance, preAtPost: this.preTraceAtPost / chance,
      rho0, shift, rhoFixed: rho0 - shift, residual: postRate - (rho0 - shift), atZero: atZero / col.length, tauTrace: tauD,
    };
  }

  /** Mean weight (nS). */
  meanWeight(): number {
    let s = 0;
    for (const w of this.weights) s += w;
    return s / this.weights.length;
  }

  /** The component step (phase "rule"). */
  step(_step: number, dt: number): void {
    this.update(dt);
  }
}

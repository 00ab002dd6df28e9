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
 */
import { readParams, type Quantity } from "../params/quantity.js";
import type { Projection } from "../network/projection.js";

/** Parameters of {@link InhibitorySTDP}. */
export const ISTDP_SCHEMA = {
  eta: { unit: "nS", default: 0.01, min: 0, doc: "learning rate (weight change per unit trace)" },
  rho0: { unit: "Hz", default: 3, min: 0, doc: "target postsynaptic rate" },
  tau: { unit: "ms", default: 20, min: 0, exclusiveMin: true, doc: "trace time constant τ_STDP" },
  w_max: { unit: "nS", default: 100, min: 0, exclusiveMin: true, doc: "largest weight" },
};

/** Vogels et al. (2011) inhibitory STDP on one inhibitory projection. */
export class InhibitorySTDP {
  readonly params: Record<keyof typeof ISTDP_SCHEMA, number>;
  /** α = 2 ρ0 τ (ρ0 in spikes per ms). */
  readonly alpha: number;
  readonly preTrace: Float64Array;
  readonly postTrace: Float64Array;
  /** Per-synapse weights (nS), in the projection's CSR order (shared with the projection). */
  readonly weights: Float32Array;
  private readonly postPtr: Int32Array;
  private readonly postSyn: Int32Array;
  private readonly preOf: Int32Array;

  constructor(readonly projection: Projection, options: Partial<Record<keyof typeof ISTDP_SCHEMA, Quantity>> = {}) {
    if (projection.receptor !== "I") throw new TypeError(`invalid projection: ${projection.name} is excitatory; inhibitory STDP acts on inhibitory synapses`);
    this.params = readParams(ISTDP_SCHEMA, options as Record<string, Quantity>, "InhibitorySTDP");
    this.alpha = 2 * (this.params.rho0 / 1000) * this.params.tau;
    const { rowPtr, col } = projection;
    const S = col.length;
    if (typeof projection.weight === "number") projection.weight = new Float32Array(S).fill(projection.weight);
    this.weights = projection.weight;
    this.preTrace = new Float64Array(projection.pre.n);
    this.postTrace = new Float64Array(projection.post.n);
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
    const { preTrace, postTrace, weights, alpha } = this;
    for (let i = 0; i < preTrace.length; i++) preTrace[i] *= decay;
    for (let j = 0; j < postTrace.length; j++) postTrace[j] *= decay;
    const pre = this.projection.pre, post = this.projection.post;
    const { rowPtr, col } = this.projection;
    for (let s = 0; s < pre.nSpikes; s++) {
      const i = pre.spikes[s];
      for (let k = rowPtr[i]; k < rowPtr[i + 1]; k++) {
        const w = weights[k] + eta * (postTrace[col[k]] - alpha);
        weights[k] = w < 0 ? 0 : w > w_max ? w_max : w;
      }
    }
    for (let s = 0; s < post.nSpikes; s++) {
      const j = post.spikes[s];
      for (let q = this.postPtr[j]; q < this.postPtr[j + 1]; q++) {
        const k = this.postSyn[q];
        const w = weights[k] + eta * preTrace[this.preOf[k]];
        weights[k] = w > w_max ? w_max : w;
      }
    }
    for (let s = 0; s < pre.nSpikes; s++) preTrace[pre.spikes[s]] += 1;
    for (let s = 0; s < post.nSpikes; s++) postTrace[post.spikes[s]] += 1;
  }

  /** Mean weight (nS). */
  meanWeight(): number {
    let s = 0;
    for (const w of this.weights) s += w;
    return s / this.weights.length;
  }
}

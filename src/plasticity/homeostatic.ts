/**
 * Homeostatic inhibitory scaling: every postsynaptic neuron j scales the inhibitory synapses it
 * receives by s_j, driven by how far its firing rate is from a target,
 *   ds_j/dt = k [r_j(t) − r0],   τ_r dr_j/dt = −r_j + (spike train of j, in Hz),
 * with s_j ≥ 0 and ≤ s_max (Vogels et al. 2011 supplementary; Turrigiano 2011). A neuron firing above
 * target strengthens its inhibition, below target weakens it. Linearised around the fixed point with
 * gain G = −∂r/∂s (Hz per unit s), the pair (s, r) obeys s'' + s'/τ_r + (k G/τ_r) s = 0: it settles
 * with rate ≈ k G when k G τ_r ≪ 1/4 and oscillates (overshoots) when k G τ_r > 1/4.
 * Units: k in 1/(Hz·ms) (change of s per ms per Hz of rate error), rates in Hz, τ_r in ms.
 */
import { readParams, type Quantity } from "../params/quantity.js";
import type { Component } from "../engine/component.js";
import type { Projection } from "../network/projection.js";
import { checkRequired } from "../params/options.js";

/** The linearised dynamics of {@link InhibitoryScaling} around its fixed point (see {@link scalingLinearisation}). */
export interface ScalingLinearisation {
  /** k G (1/ms): the settling rate if the rate estimate were instantaneous. */
  kG: number;
  /** k G τ_r: below 1/4 over-damped, above under-damped. */
  kGtau: number;
  /** Damping ratio ζ = 1/(2√(k G τ_r)). */
  zeta: number;
  /** Time constant of the slowest decay (ms): 2τ_r/(1 − √(1 − 4kGτ_r)) over-damped, 2τ_r (the envelope) under-damped. */
  decayTime: number;
  /** Damped period 2π/ω_d (ms), ω_d = √(kG/τ_r − 1/(4τ_r²)); Infinity when not under-damped. */
  period: number;
  /** First overshoot after release from rest at s* + Δ, as a fraction of Δ: exp(−πζ/√(1 − ζ²)); 0 when not under-damped. */
  overshoot: number;
  /** When that overshoot peaks, π/ω_d (ms); Infinity when not under-damped. */
  firstExtremum: number;
}

/**
 * Linearisation of homeostatic scaling around its fixed point s*: with G = −∂r/∂s (Hz per unit
 * scale, the open-loop gain), k (1/(Hz·ms)) and τ_r (ms), the deviation obeys
 *   τ_r s'' + s' + k G s = 0,   eigenvalues λ = (−1 ± √(1 − 4kGτ_r))/(2τ_r).
 * The rule starts its rate estimate at r0, so a scale started at s* + Δ is released from rest (s'(0) = 0).
 * Throws a RangeError unless k > 0, G > 0 and τ_r > 0.
 */
export function scalingLinearisation(options: { k: number; G: number; tau_r: number }): ScalingLinearisation {
  checkRequired("scalingLinearisation", options, ["k", "G", "tau_r"]);
  const { k, G, tau_r } = options;
  if (!(k > 0)) throw new RangeError(`invalid k: ${k} (expected a learning rate in 1/(Hz·ms), > 0)`);
  if (!(G > 0)) throw new RangeError(`invalid G: ${G} (expected the open-loop gain −∂r/∂s in Hz, > 0)`);
  if (!(tau_r > 0)) throw new RangeError(`invalid tau_r: ${tau_r} (expected a time constant in ms, > 0)`);
  const kG = k * G, kGtau = kG * tau_r, zeta = 1 / (2 * Math.sqrt(kGtau));
  if (kGtau <= 0.25) {
    return { kG, kGtau, zeta, decayTime: (2 * tau_r) / (1 - Math.sqrt(1 - 4 * kGtau)), period: Infinity, overshoot: 0, firstExtremum: Infinity };
  }
  const omega = Math.sqrt(kG / tau_r - 1 / (4 * tau_r * tau_r));
  return { kG, kGtau, zeta, decayTime: 2 * tau_r, period: (2 * Math.PI) / omega, overshoot: Math.exp((-Math.PI * zeta) / Math.sqrt(1 - zeta * zeta)), firstExtremum: Math.PI / omega };
}

/**
 * The linearised deviation (s(t) − s*)/(s(0) − s*) of a scale released from rest (see
 * {@link scalingLinearisation}) at times `t` (ms): (λ₂e^{−λ₁t} − λ₁e^{−λ₂t})/(λ₂ − λ₁) over-damped,
 * (1 + t/(2τ_r)) e^{−t/(2τ_r)} critically damped, e^{−t/(2τ_r)}(cos ω_d t + sin ω_d t/(2τ_r ω_d)) under-damped.
 */
export function scalingDeviation(params: { k: number; G: number; tau_r: number }, t: ArrayLike<number>): Float64Array {
  const { kGtau } = scalingLinearisation(params);
  const tau = params.tau_r, sigma = 1 / (2 * tau), out = new Float64Array(t.length);
  const disc = 1 - 4 * kGtau;
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    if (disc > 1e-12) {
      const l1 = (1 - Math.sqrt(disc)) / (2 * tau), l2 = (1 + Math.sqrt(disc)) / (2 * tau);
      out[i] = (l2 * Math.exp(-l1 * x) - l1 * Math.exp(-l2 * x)) / (l2 - l1);
    } else if (disc < -1e-12) {
      const w = Math.sqrt(-disc) / (2 * tau);
      out[i] = Math.exp(-sigma * x) * (Math.cos(w * x) + (sigma / w) * Math.sin(w * x));
    } else {
      out[i] = (1 + sigma * x) * Math.exp(-sigma * x);
    }
  }
  return out;
}

/** Parameters of {@link InhibitoryScaling}. */
export const SCALING_SCHEMA = {
  k: { unit: "", default: 1e-5, min: 0, doc: "learning rate (1/(Hz·ms))" },
  r0: { unit: "Hz", default: 5, min: 0, doc: "target rate" },
  tau_r: { unit: "ms", default: 1000, min: 0, exclusiveMin: true, doc: "time constant of the rate estimate" },
  s0: { unit: "", default: 1, min: 0, doc: "initial scale" },
  s_max: { unit: "", default: 20, min: 0, exclusiveMin: true, doc: "largest scale" },
};

/**
 * Rate-driven homeostatic scaling of one projection, per postsynaptic neuron: the scale moves by
 * `direction` · k (r_j − r0) per ms — +1 for inhibition (more when firing above target), −1 for
 * excitation (more when firing below target).
 */
class HomeostaticScaling implements Component {
  readonly phase = "rule";
  readonly name: string;
  /** This rule's gain on the projection (one per postsynaptic neuron). */
  readonly gain: Float64Array;
  readonly params: Record<keyof typeof SCALING_SCHEMA, number>;
  /** Scale of the synapses onto each postsynaptic neuron. */
  readonly scale: Float64Array;
  /** Low-pass rate estimate of each postsynaptic neuron (Hz). */
  readonly rate: Float64Array;

  constructor(readonly projection: Projection, options: Partial<Record<keyof typeof SCALING_SCHEMA, Quantity>>, private readonly direction: 1 | -1, context: string) {
    this.params = readParams(SCALING_SCHEMA, options as Record<string, Quantity>, context);
    const n = projection.post.n;
    this.scale = new Float64Array(n).fill(this.params.s0);
    this.rate = new Float64Array(n).fill(this.params.r0);
    this.name = `${context}(${projection.name})`;
    this.gain = projection.addGain();
    this.gain.set(this.scale);
  }

  /** One step: update the rate estimates from this step's spikes, then the scales. */
  update(dt: number): void {
    const { k, r0, tau_r, s_max } = this.params;
    const post = this.projection.post;
    const decay = Math.exp(-dt / tau_r);
    const jump = 1000 / tau_r; // a spike adds 1/τ_r per ms = 1000/τ_r Hz
    for (let j = 0; j < post.n; j++) this.rate[j] *= decay;
    for (let s = 0; s < post.nSpikes; s++) this.rate[post.spikes[s]] += jump;
    const gain = this.gain;
    const kd = this.direction * k * dt;
    for (let j = 0; j < post.n; j++) {
      const next = this.scale[j] + kd * (this.rate[j] - r0);
      this.scale[j] = next < 0 ? 0 : next > s_max ? s_max : next;
      gain[j] = this.scale[j];
    }
  }

  /** The component step (phase "rule"). */
  step(_step: number, dt: number): void {
    this.update(dt);
  }
}

/** Homeostatic scaling of an inhibitory projection: ds/dt = k (r − r0) (see the module comment). */
export class InhibitoryScaling extends HomeostaticScaling {
  constructor(projection: Projection, options: Partial<Record<keyof typeof SCALING_SCHEMA, Quantity>> = {}) {
    if (projection.receptor !== "I") throw new TypeError(`invalid projection: ${projection.name} is excitatory; inhibitory scaling acts on inhibitory synapses`);
    super(projection, options, 1, "InhibitoryScaling");
  }
}

/**
 * Homeostatic scaling of excitation (Turrigiano et al. 1998), the mirror image of
 * {@link InhibitoryScaling}: ds/dt = k (r0 − r) scales the excitatory synapses onto a neuron up when
 * it fires below target and down above it. Same parameters and bounds.
 */
export class ExcitatoryScaling extends HomeostaticScaling {
  constructor(projection: Projection, options: Partial<Record<keyof typeof SCALING_SCHEMA, Quantity>> = {}) {
    if (projection.receptor !== "E") throw new TypeError(`invalid projection: ${projection.name} is inhibitory; excitatory scaling acts on excitatory synapses`);
    super(projection, options, -1, "ExcitatoryScaling");
  }
}

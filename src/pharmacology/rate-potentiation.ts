/**
 * A potentiation-only, activity-gated rule for the ketamine "reboot" hypothesis: the excitatory
 * synapses of one projection onto a population grow while that population's low-pass rate is above
 * a threshold θ, and never shrink,
 *
 *   τ_r dR̂/dt = −R̂ + (population spike train per neuron, in Hz),   ds/dt = η [R̂ − θ]₊,   1 ≤ s ≤ s_max,
 *
 * with one scale s for every synapse of the projection (its gain). R̂ stands for the glutamate surge
 * that NMDA antagonists cause in prefrontal cortex (Moghaddam et al. 1997, J Neurosci 17:2921), read
 * as a signal shared by the population (volume transmission, BDNF release) rather than a per-synapse
 * Hebbian product. The hypothesis it stands in for: ketamine's NMDA block on interneurons
 * disinhibits pyramidal cells, and the surge drives AMPA-receptor-, BDNF- and mTOR-dependent
 * synaptogenesis that outlasts the drug (Li et al. 2010, Science 329:959; Duman, Aghajanian,
 * Sanacora & Krystal 2016, Nat Med 22:238; Zanos & Gould 2018, Mol Psychiatry 23:801). It is the
 * potentiation branch of a BCM-like rule (Bienenstock, Cooper & Munro 1982) with a fixed threshold
 * and no depression — a consolidation rule, so what is gained stays. The rule is a modelling choice,
 * not a mechanism from those papers. Gating on the population rate, not on each neuron's, keeps the
 * rule silent at baseline: a single neuron's rate estimate fluctuates by tens of percent and a
 * potentiation-only rule would integrate its upward excursions.
 *
 * Units: η in 1/(Hz·ms) (change of s per ms per Hz above threshold), θ and rates in Hz, τ_r in ms.
 * The rate estimate starts at `r_init` (default 0 Hz). Defaults: τ_r 100 ms, s_max 3; η and θ have
 * none (they are the hypothesis's free parameters).
 */
import type { Component } from "../engine/component.js";
import type { Projection } from "../network/projection.js";

/** Options of {@link RatePotentiation}. */
export interface RatePotentiationOptions {
  /** Learning rate η (1/(Hz·ms), > 0). */
  eta: number;
  /** Rate threshold θ (Hz, ≥ 0): s grows only while the rate estimate is above it. */
  theta: number;
  /** Time constant of the rate estimate (ms, default 100). */
  tau_r?: number;
  /** Initial rate estimate (Hz, default 0). */
  r_init?: number;
  /** Largest scale (default 3, ≥ 1). */
  s_max?: number;
}

/** Potentiation-only, population-rate-gated scaling of an excitatory projection (see the module comment). */
export class RatePotentiation implements Component {
  readonly phase = "rule";
  readonly name: string;
  /** This rule's gain on the projection (one per postsynaptic neuron, all equal to {@link scale}). */
  readonly gain: Float64Array;
  /** Scale s of the projection's synapses (starts at 1). */
  scale = 1;
  /** Low-pass population rate estimate R̂ of the postsynaptic population (Hz). */
  rate: number;
  readonly eta: number;
  readonly theta: number;
  readonly tau_r: number;
  readonly s_max: number;

  constructor(readonly projection: Projection, options: RatePotentiationOptions) {
    const where = "RatePotentiation";
    if (!projection || typeof (projection as Projection).addGain !== "function") throw new TypeError(`invalid projection for ${where}: ${String(projection)} (expected a Projection, e.g. net.projection("E→E"))`);
    if (projection.pre.kind === "inhibitory") throw new TypeError(`invalid projection for ${where}: ${projection.name} is inhibitory (expected an excitatory projection)`);
    if (typeof options !== "object" || options === null) throw new TypeError(`invalid options for ${where}: ${String(options)} (expected { eta, theta })`);
    const { eta, theta, tau_r = 100, s_max = 3, r_init = 0 } = options;
    const check = (name: string, v: unknown, ok: (x: number) => boolean, expected: string) => {
      if (typeof v !== "number" || Number.isNaN(v)) throw new TypeError(`invalid ${name} for ${where}: ${JSON.stringify(v)} (expected ${expected})`);
      if (!ok(v)) throw new RangeError(`invalid ${name} for ${where}: ${v} (expected ${expected})`);
    };
    check("eta", eta, (x) => x > 0 && Number.isFinite(x), "a learning rate in 1/(Hz·ms), > 0");
    check("theta", theta, (x) => x >= 0 && Number.isFinite(x), "a rate threshold in Hz, ≥ 0");
    check("tau_r", tau_r, (x) => x > 0 && Number.isFinite(x), "a time constant in ms, > 0");
    check("s_max", s_max, (x) => x >= 1 && Number.isFinite(x), "a largest scale ≥ 1");
    check("r_init", r_init, (x) => x >= 0 && Number.isFinite(x), "an initial rate in Hz, ≥ 0");
    this.eta = eta; this.theta = theta; this.tau_r = tau_r; this.s_max = s_max;
    this.rate = r_init;
    this.name = `RatePotentiation(${projection.name})`;
    this.gain = projection.addGain();
    this.gain.fill(1);
  }

  /** The component step (phase "rule"): update the population rate estimate from this step's spikes, then the scale. */
  step(_step: number, dt: number): void {
    const post = this.projection.post;
    // a spike of one of n neurons adds 1/(n τ_r) per ms = 1000/(n τ_r) Hz to the per-neuron rate
    this.rate = this.rate * Math.exp(-dt / this.tau_r) + (post.nSpikes * 1000) / (post.n * this.tau_r);
    const above = this.rate - this.theta;
    if (above > 0 && this.scale < this.s_max) {
      this.scale = Math.min(this.s_max, this.scale + this.eta * dt * above);
      this.gain.fill(this.scale);
    }
  }
}

/**
 * Adds a {@link RatePotentiation} rule to the projection `name` of `net` (with `net.add`, so the
 * network's spec can no longer be written: create any `applyOverTime` before calling this).
 * @example const rule = ratePotentiation(net, "E→E", { eta: 1e-4, theta: 18 }); net.run(1000); rule.scale
 */
export function ratePotentiation(net: { projection(name: string): Projection; add(c: Component): unknown }, name: string, options: RatePotentiationOptions): RatePotentiation {
  if (!net || typeof net.projection !== "function" || typeof net.add !== "function") throw new TypeError(`invalid net for ratePotentiation: ${String(net)} (expected a Network)`);
  const rule = new RatePotentiation(net.projection(name), options);
  net.add(rule);
  return rule;
}

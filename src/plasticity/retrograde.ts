/**
 * Retrograde endocannabinoid suppression of inhibition (DSI: Pitler & Alger 1992; Wilson & Nicoll
 * 2001; Ohno-Shosaku, Maejima & Kano 2001). Strong postsynaptic firing releases endocannabinoids
 * that act on presynaptic CB1 receptors — present on one class of interneurons (CCK basket cells,
 * which mostly provide feedback inhibition) and absent on others (PV cells, which provide fast
 * feedforward inhibition) — and transiently suppress their GABA release.
 *
 * Model, per postsynaptic neuron j:
 *   e_j: endocannabinoid signal, jumps by 1 at each spike of j, decays with τ_release (default 1 s);
 *   target_j = s_max · e_j^n / (e_j^n + K^n)            (Hill: needs sustained, intense firing);
 *   s_j relaxes to target_j with τ_on (default 0.5 s) when rising, τ_off (default 20 s) when falling;
 * and every synapse of the modulated projection onto j delivers w · (1 − s_j).
 * With the defaults, ~1 s of firing at ≥ 30 Hz suppresses release by up to s_max = 80 %, and
 * release recovers with τ_off = 20 s (DSI lasts ~10–40 s in hippocampal slices; Wilson & Nicoll
 * 2001). s_max is placed above the > 50 % suppression of evoked IPSCs reported for DSI (Pitler &
 * Alger 1992; Wilson & Nicoll 2001): evoked IPSCs mix CB1⁺ and CB1⁻ synapses, so the CB1⁺ part must
 * be suppressed more than the whole. These are modelling assumptions chosen to match the reported
 * size and time scales, not fitted values. (Notebook 04 checks the peak suppression against the
 * > 50 % and the fitted recovery time constant against τ_off.)
 */
import { readParams, type Quantity } from "../params/quantity.js";
import type { Component } from "../engine/component.js";
import type { Projection } from "../network/projection.js";

/** Parameters of {@link RetrogradeSuppression} (defaults above). */
export const RETROGRADE_SCHEMA = {
  tau_release: { unit: "ms", default: 1000, min: 0, exclusiveMin: true, doc: "decay of the endocannabinoid signal" },
  K: { unit: "", default: 20, min: 0, exclusiveMin: true, doc: "signal (spikes) for half-maximal suppression" },
  n: { unit: "", default: 4, min: 1, doc: "Hill coefficient" },
  s_max: { unit: "", default: 0.8, min: 0, max: 1, doc: "largest fraction of release suppressed" },
  tau_on: { unit: "ms", default: 500, min: 0, exclusiveMin: true, doc: "onset time constant of suppression" },
  tau_off: { unit: "ms", default: 20000, min: 0, exclusiveMin: true, doc: "recovery time constant" },
};

/** Per-postsynaptic-neuron retrograde suppression of one inhibitory projection. */
export class RetrogradeSuppression implements Component {
  readonly phase = "rule";
  readonly name: string;
  /** This rule's gain on the projection: 1 − suppression. */
  readonly gain: Float64Array;
  readonly params: Record<keyof typeof RETROGRADE_SCHEMA, number>;
  /** Endocannabinoid signal per postsynaptic neuron. */
  readonly signal: Float64Array;
  /** Fraction of release suppressed, per postsynaptic neuron (0–s_max). */
  readonly suppression: Float64Array;

  constructor(readonly projection: Projection, options: Partial<Record<keyof typeof RETROGRADE_SCHEMA, Quantity>> = {}) {
    if (projection.receptor !== "I") {
      throw new TypeError(`invalid projection: ${projection.name} is excitatory; endocannabinoid suppression (DSI) acts on inhibitory synapses`);
    }
    this.params = readParams(RETROGRADE_SCHEMA, options as Record<string, Quantity>, "RetrogradeSuppression");
    const n = projection.post.n;
    this.signal = new Float64Array(n);
    this.suppression = new Float64Array(n);
    this.name = `RetrogradeSuppression(${projection.name})`;
    this.gain = projection.addGain();
  }

  /** Advances by one step: postsynaptic spikes raise the signal; suppression follows it; gains update. */
  update(dt: number): void {
    const { tau_release, K, n, s_max, tau_on, tau_off } = this.params;
    const post = this.projection.post;
    const gain = this.gain;
    for (let s = 0; s < post.nSpikes; s++) this.signal[post.spikes[s]] += 1;
    const dRel = Math.exp(-dt / tau_release), aOn = 1 - Math.exp(-dt / tau_on), aOff = 1 - Math.exp(-dt / tau_off);
    const Kn = Math.pow(K, n);
    for (let j = 0; j < post.n; j++) {
      const e = (this.signal[j] *= dRel);
      const en = Math.pow(e, n);
      const target = (s_max * en) / (en + Kn);
      const s = this.suppression[j];
      this.suppression[j] = s + (target - s) * (target > s ? aOn : aOff);
      gain[j] = 1 - this.suppression[j];
    }
  }

  /** The component step (phase "rule"). */
  step(_step: number, dt: number): void {
    this.update(dt);
  }
}

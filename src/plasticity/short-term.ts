/**
 * Short-term depression and facilitation (Tsodyks & Markram 1997; Markram, Wang & Tsodyks 1998),
 * event-driven, one state per presynaptic neuron (every synapse of a projection from neuron i sees
 * the same spike train, so they share x and u):
 *   between spikes  x → 1 with τ_rec,  u → 0 with τ_facil;
 *   at a spike      u ← u + U (1 − u)  (u = U without facilitation),  release R = u x,  x ← x − R.
 * A rested synapse releases U, so the projection delivers weight × R / U: the first response of a
 * rested synapse is the nominal weight. Steady state of depression at rate f (T = 1/f):
 *   x_ss = (1 − e^{−T/τ_rec}) / (1 − (1 − U) e^{−T/τ_rec}),  EPSC_ss/EPSC_1 = x_ss
 * (20 Hz, U = 0.5, τ_rec = 800 ms → 0.114). Facilitating set (Markram et al. 1998): U = 0.03,
 * τ_rec = 130 ms, τ_facil = 530 ms.
 */
import { readParams, type Quantity } from "../params/quantity.js";

/** Parameters of {@link ShortTermPlasticity}. */
export const STP_SCHEMA = {
  U: { unit: "", default: 0.5, min: 0, max: 1, exclusiveMin: true, doc: "release probability of a rested synapse" },
  tau_rec: { unit: "ms", default: 800, min: 0, exclusiveMin: true, doc: "recovery time constant of resources" },
  tau_facil: { unit: "ms", default: 0, min: 0, doc: "facilitation time constant (0: none)" },
};

/** Tsodyks–Markram state for the n presynaptic neurons of a projection. */
export class ShortTermPlasticity {
  readonly params: Record<keyof typeof STP_SCHEMA, number>;
  readonly x: Float64Array;
  readonly u: Float64Array;
  /** Time of each neuron's last spike (ms), −Infinity before the first. */
  readonly last: Float64Array;

  constructor(readonly n: number, options: Partial<Record<keyof typeof STP_SCHEMA, Quantity>> = {}) {
    this.params = readParams(STP_SCHEMA, options as Record<string, Quantity>, "ShortTermPlasticity");
    this.x = new Float64Array(n).fill(1);
    this.u = new Float64Array(n).fill(this.params.tau_facil > 0 ? 0 : this.params.U);
    this.last = new Float64Array(n).fill(-Infinity);
  }

  /** Registers a spike of neuron i at time t (ms) and returns its release relative to a rested synapse, R/U. */
  spike(i: number, t: number): number {
    const { U, tau_rec, tau_facil } = this.params;
    const dt = t - this.last[i];
    let x = this.x[i], u = this.u[i];
    if (dt !== Infinity) {
      x = 1 - (1 - x) * Math.exp(-dt / tau_rec);
      if (tau_facil > 0) u = u * Math.exp(-dt / tau_facil);
    }
    if (tau_facil > 0) u = u + U * (1 - u);
    else u = U;
    const R = u * x;
    this.x[i] = x - R;
    this.u[i] = u;
    this.last[i] = t;
    return R / U;
  }

  /** The steady-state x of pure depression at a regular rate (Hz), from the formula above. */
  static steadyStateX(rate: number, U: number, tau_rec: number): number {
    const e = Math.exp(-1000 / rate / tau_rec);
    return (1 - e) / (1 - (1 - U) * e);
  }
}

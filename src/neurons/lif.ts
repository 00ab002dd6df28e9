/**
 * Leaky integrate-and-fire neurons (Lapicque 1907; Brette et al. 2007 benchmarks):
 *
 *   C_m dV/dt = −g_L (V − E_L) + I_syn + I_bias + I_ext − w
 *
 * with one of three synapse types:
 * - "conductance": I_syn = g_E (E_E − V) + g_I (E_I − V); g_E, g_I (nS) jump by the weight at each
 *   spike and decay with τ_E, τ_I (COBA, Brette et al. 2007 benchmark 1).
 * - "current": I_syn = I_E + I_I (pA), exponentially decaying currents (CUBA, benchmark 2).
 * - "delta": each spike makes V jump by the weight (mV) (Brunel 2000).
 * Threshold V > V_th → spike, V = V_reset, V held for t_ref. Optional spike-triggered adaptation:
 * w (pA) jumps by b at each spike and decays with τ_w.
 *
 * Internal units: ms, mV, nS, pF, pA. Defaults are the COBA benchmark cell:
 * C_m = 200 pF, g_L = 10 nS (τ_m = 20 ms), E_L = V_reset = −60 mV, V_th = −50 mV, t_ref = 5 ms,
 * E_E = 0, E_I = −80 mV, τ_E = 5 ms, τ_I = 10 ms, no bias current, no adaptation.
 */
import { readParams, type Params, type Quantity } from "../params/quantity.js";
import type { Varying } from "../network/values.js";

/** The synapse types a LIF population can have. */
export type SynapseType = "conductance" | "current" | "delta";

const pos = (unit: string, def: number, doc: string) => ({ unit, default: def, min: 0, exclusiveMin: true, doc });

/** Scalar parameters of the LIF model (those that may vary per neuron are in LIF_VARYING). */
export const LIF_SCHEMA = {
  C_m: pos("pF", 200, "membrane capacitance"),
  g_L: pos("nS", 10, "leak conductance"),
  t_ref: { unit: "ms", default: 5, min: 0, doc: "absolute refractory period" },
  E_E: { unit: "mV", default: 0, doc: "excitatory reversal potential (conductance synapses)" },
  E_I: { unit: "mV", default: -80, doc: "inhibitory reversal potential (conductance synapses)" },
  tau_E: pos("ms", 5, "excitatory synaptic time constant"),
  tau_I: pos("ms", 10, "inhibitory synaptic time constant"),
  b: { unit: "pA", default: 0, min: 0, doc: "spike-triggered adaptation increment" },
  tau_w: pos("ms", 100, "adaptation time constant"),
};

/** Parameters that may differ per neuron, with their units and defaults. */
export const LIF_VARYING = {
  E_L: { unit: "mV", default: -60, doc: "leak reversal potential" },
  V_th: { unit: "mV", default: -50, doc: "spike threshold" },
  V_reset: { unit: "mV", default: -60, doc: "reset potential" },
  I_bias: { unit: "pA", default: 0, doc: "constant bias current" },
} as const;

/** Names of the per-neuron parameters. */
export type VaryingName = keyof typeof LIF_VARYING;

/** Options of {@link lif}: scalar parameters as quantities, per-neuron ones as any {@link Varying}. */
export type LifOptions = Partial<Record<keyof typeof LIF_SCHEMA, Quantity>> &
  Partial<Record<VaryingName, Varying>> & { synapse?: SynapseType };

/** A LIF model description: checked scalar parameters plus the per-neuron values still to draw. */
export interface LifModel {
  readonly type: "lif";
  readonly synapse: SynapseType;
  readonly params: Params<typeof LIF_SCHEMA>;
  readonly varying: Record<VaryingName, Varying>;
}

const SYNAPSES: readonly SynapseType[] = ["conductance", "current", "delta"];

/**
 * Describes a LIF neuron model. Scalar parameters are checked now; per-neuron parameters
 * (E_L, V_th, V_reset, I_bias) may be arrays, distributions or functions and are drawn when the
 * population is created.
 * @example lif({ synapse: "conductance", g_L: "10 nS", V_th: { dist: "normal", mean: -50, sd: 1 } })
 */
export function lif(options: LifOptions = {}): LifModel {
  const { synapse = "conductance", E_L, V_th, V_reset, I_bias, ...scalars } = options;
  if (!SYNAPSES.includes(synapse)) {
    throw new TypeError(`invalid synapse: ${JSON.stringify(synapse)} (expected "conductance", "current" or "delta")`);
  }
  const params = readParams(LIF_SCHEMA, scalars as Record<string, Quantity>, "lif");
  return {
    type: "lif",
    synapse,
    params,
    varying: {
      E_L: E_L ?? LIF_VARYING.E_L.default,
      V_th: V_th ?? LIF_VARYING.V_th.default,
      V_reset: V_reset ?? LIF_VARYING.V_reset.default,
      I_bias: I_bias ?? LIF_VARYING.I_bias.default,
    },
  };
}

/** Membrane time constant τ_m = C_m / g_L (ms). */
export function tauMembrane(model: LifModel): number {
  return model.params.C_m / model.params.g_L;
}

/**
 * The passive membrane under synaptic conductances. In steady state
 *   V0 = (g_L E_L + g_E E_E + g_I E_I) / (g_L + g_E + g_I),
 * a conductance-weighted mean of the reversal potentials, and the membrane relaxes towards it with
 *   τ_eff = C_m / g_total,  g_total = g_L + g_E + g_I.
 * With C_m = 200 pF and g_L = 10 nS the passive τ is 20 ms; under balanced bombardment of
 * g_E + g_I = 40 nS it falls to 4 ms: the high-conductance state (Destexhe, Rudolph & Paré 2003).
 *
 * Units: nS, mV, pF; τ in ms (pF/nS = ms).
 */
import { readParams, type Quantity } from "../params/quantity.js";

const G = (doc: string, def?: number) => ({ unit: "nS", min: 0, default: def, doc });
const V = (doc: string, def?: number) => ({ unit: "mV", default: def, doc });

/** Conductances and reversal potentials of the steady-state membrane (defaults: COBA cell, no input). */
export const MEMBRANE_SCHEMA = {
  g_L: G("leak conductance", 10),
  E_L: V("leak reversal potential", -60),
  g_E: G("excitatory conductance", 0),
  E_E: V("excitatory reversal potential", 0),
  g_I: G("inhibitory conductance", 0),
  E_I: V("inhibitory reversal potential", -80),
};

/** Inputs of {@link steadyStateV}: numbers in internal units or strings with units. */
export type MembraneInput = Partial<Record<keyof typeof MEMBRANE_SCHEMA, Quantity>>;

/**
 * Steady-state membrane potential (mV): V0 = (g_L E_L + g_E E_E + g_I E_I) / (g_L + g_E + g_I).
 * Defaults: g_L = 10 nS, E_L = −60, E_E = 0, E_I = −80 mV, no synaptic conductance.
 */
export function steadyStateV(input: MembraneInput = {}): number {
  const p = readParams(MEMBRANE_SCHEMA, { ...input }, "steadyStateV");
  const g = p.g_L + p.g_E + p.g_I;
  if (!(g > 0)) throw new RangeError(`invalid g_L: ${p.g_L} nS (total conductance must be > 0 for a steady state)`);
  return (p.g_L * p.E_L + p.g_E * p.E_E + p.g_I * p.E_I) / g;
}

/** Schema of {@link tauEff}. */
export const TAU_SCHEMA = {
  C_m: { unit: "pF", min: 0, exclusiveMin: true, default: 200, doc: "membrane capacitance" },
  g_L: G("leak conductance", 10),
  g_E: G("excitatory conductance", 0),
  g_I: G("inhibitory conductance", 0),
};

/** Inputs of {@link tauEff}. */
export type TauInput = Partial<Record<keyof typeof TAU_SCHEMA, Quantity>>;

/**
 * Effective membrane time constant (ms): τ_eff = C_m / (g_L + g_E + g_I).
 * Defaults C_m = 200 pF, g_L = 10 nS → 20 ms at rest.
 */
export function tauEff(input: TauInput = {}): number {
  const p = readParams(TAU_SCHEMA, { ...input }, "tauEff");
  const g = p.g_L + p.g_E + p.g_I;
  if (!(g > 0)) throw new RangeError(`invalid g_L: ${p.g_L} nS (total conductance must be > 0)`);
  return p.C_m / g;
}

/** Input resistance (MΩ) of the membrane: R_in = 1 / g_total (1/nS = 1000 MΩ). */
export function inputResistance(input: Omit<TauInput, "C_m"> = {}): number {
  const p = readParams(TAU_SCHEMA, { ...input }, "inputResistance");
  return 1000 / (p.g_L + p.g_E + p.g_I);
}

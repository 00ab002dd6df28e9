/**
 * The Wang–Buzsáki fast-spiking interneuron (Wang & Buzsáki 1996, J Neurosci 16:6402, "Model and
 * methods"): a single-compartment Hodgkin–Huxley model with instantaneous Na activation,
 *
 *   C_m dV/dt = −I_Na − I_K − I_L + I_syn + I_bias + I_ext
 *   I_Na = g_Na m∞³ h (V − E_Na),  m∞ = α_m/(α_m + β_m)
 *   I_K  = g_K n⁴ (V − E_K),       I_L = g_L (V − E_L)
 *   dh/dt = φ (α_h (1 − h) − β_h h),   dn/dt = φ (α_n (1 − n) − β_n n),   φ = 5
 *   α_m = 0.1 (V + 35)/(1 − e^{−(V+35)/10}),   β_m = 4 e^{−(V+60)/18}
 *   α_h = 0.07 e^{−(V+58)/20},                 β_h = 1/(1 + e^{−(V+28)/10})
 *   α_n = 0.01 (V + 34)/(1 − e^{−(V+34)/10}),  β_n = 0.125 e^{−(V+44)/80}
 * (V in mV, rates in 1/ms). Paper values: C_m = 1 µF/cm², g_Na = 35, g_K = 9, g_L = 0.1 mS/cm²,
 * E_Na = 55, E_K = −90, E_L = −65 mV.
 *
 * Units: on the default membrane area of 10⁴ µm² (10⁻⁴ cm²) the densities become C_m = 100 pF,
 * g_Na = 3500 nS, g_K = 900 nS, g_L = 10 nS, and 1 µA/cm² of applied current is 100 pA. C_m, g_Na,
 * g_K, g_L and I_bias take absolute values (numbers in pF, nS, pA) or density strings
 * ("17.5 mS/cm^2"); `area` rescales the defaults (see hh.ts). Scaling one channel, e.g. halving
 * Na⁺ conductance for a Nav1.1 (Dravet) interneuron: `wangBuzsaki().with({ g_Na: "17.5 mS/cm^2" })`.
 *
 * Synapses: conductance receptors E and I (and NMDA, GABA_B with `receptors: [...]`), receptors.ts.
 * Integration: exponential Euler with m∞, h, n at the start of the step (hh.ts); m∞ is evaluated
 * at the voltage of the start of the step. The scheme is first order: firing rates come out 2–3.6 %
 * below the converged ones at dt = 0.01 ms, < 1 % at 0.0025 ms, ≈ 20 % at 0.1 ms (against Brian2's
 * RK4; Brian2's exponential Euler gives tightrope's rates to 10⁻¹² — bench/results/crosscheck-hh.md).
 * `method: "staggered"` (second order, hh.ts; m∞ at a predicted V(t + dt/2)) brings the rate error
 * to < 0.8 % at dt = 0.1 ms and < 0.03 % at 0.01 ms (1–20 µA/cm², against RK4).
 * Spikes: V rising above V_spike (default −20 mV); no further spike until V is back at or below
 * V_spike (Brian2's `threshold="v > -20*mV"`, `refractory="v > -20*mV"`). The voltage is never
 * reset: the model makes its own spikes. Firing starts at I ≈ 0.160 µA/cm² (the fold of the
 * steady-state I–V curve, where the rest state at ≈ −60 mV vanishes: class-1 onset at arbitrarily
 * low rates); spike peaks are +5 … +34 mV up to 20 µA/cm² and shrink towards the depolarization
 * block at 25–27 µA/cm² (depending on dt; V settles at ≈ −29 mV), where V_spike may miss the
 * smallest ones.
 *
 * Initial state (default): V = E_L, h and n at their steady state at V, conductances 0.
 */
import type { Model } from "../engine/model.js";
import { registerModel } from "../engine/registry.js";
import type { Quantity } from "../params/quantity.js";
import type { Varying } from "../network/values.js";
import { FAST_RECEPTOR_SCHEMA, SLOW_RECEPTOR_SCHEMA, readSlowReceptors } from "./receptors.js";
import { linoid, readBias, readHhParams, type HhDefinition, type HhOptions, type MembraneSpec } from "./hh.js";
import { hhModel } from "./hh-step.js";

/**
 * Options of {@link wangBuzsaki}: the family's ({@link HhOptions}; defaults: area 10⁴ µm², C_m 1 µF/cm²,
 * g_Na 35, g_K 9, g_L 0.1 mS/cm²) and its own.
 */
export interface WangBuzsakiOptions extends HhOptions {
  /** Temperature factor of the h and n kinetics (default 5). */
  phi?: Quantity;
}

const MEMBRANE: Record<string, MembraneSpec> = {
  C_m: { unit: "pF", density: 1, doc: "membrane capacitance (1 µF/cm²)", positive: true },
  g_Na: { unit: "nS", density: 35, doc: "maximal Na⁺ conductance (35 mS/cm²)" },
  g_K: { unit: "nS", density: 9, doc: "maximal K⁺ conductance (9 mS/cm²)" },
  g_L: { unit: "nS", density: 0.1, doc: "leak conductance (0.1 mS/cm²)", positive: true },
};

const SCHEMA = {
  E_Na: { unit: "mV", default: 55, doc: "Na⁺ reversal potential" },
  E_K: { unit: "mV", default: -90, doc: "K⁺ reversal potential" },
  E_L: { unit: "mV", default: -65, doc: "leak reversal potential" },
  phi: { unit: "", default: 5, min: 0, exclusiveMin: true, doc: "temperature factor φ of the h and n kinetics" },
  V_spike: { unit: "mV", default: -20, doc: "spike detection voltage (upward crossing)" },
  ...FAST_RECEPTOR_SCHEMA,
  ...SLOW_RECEPTOR_SCHEMA,
};

/** The model's rate functions (1/ms) and their kernel source; exported for tests and analysis. */
export const WANG_BUZSAKI: HhDefinition = {
  type: "wang-buzsaki",
  area: 1e4,
  membrane: MEMBRANE,
  schema: SCHEMA,
  spike: "crossing",
  head: "const PHI = P.phi;",
  mInf: {
    doc: "Na⁺ activation (instantaneous)",
    rates: (v) => [0.1 * linoid(v + 35, 10), 4 * Math.exp(-(v + 60) / 18)],
    source: "const a_m = 0.1 * linoid(v0 + 35, 10), b_m = 4 * Math.exp(-(v0 + 60) / 18);",
  },
  gates: {
    h: {
      doc: "Na⁺ inactivation",
      rates: (v, p) => [p.phi * (0.07 * Math.exp(-(v + 58) / 20)), p.phi * (1 / (1 + Math.exp(-0.1 * (v + 28))))],
      source: "const a_h = PHI * (0.07 * Math.exp(-(v0 + 58) / 20)), b_h = PHI * (1 / (1 + Math.exp(-0.1 * (v0 + 28))));",
    },
    n: {
      doc: "K⁺ activation",
      rates: (v, p) => [p.phi * (0.01 * linoid(v + 34, 10)), p.phi * (0.125 * Math.exp(-(v + 44) / 80))],
      source: "const a_n = PHI * (0.01 * linoid(v0 + 34, 10)), b_n = PHI * (0.125 * Math.exp(-(v0 + 44) / 80));",
    },
  },
};

/**
 * A Wang–Buzsáki interneuron model (see the module doc for equations, units and defaults).
 * @throws TypeError on unknown option names (with a guess) or values of the wrong dimension;
 *   RangeError on values out of range.
 * @example net.population("PV", 100, wangBuzsaki({ I_bias: "1 uA/cm^2" }), { kind: "inhibitory" })
 */
export function wangBuzsaki(options: WangBuzsakiOptions = {}): Model {
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new TypeError(`invalid wang-buzsaki options: ${String(options)} (expected an object such as { g_Na: "35 mS/cm^2" })`);
  }
  const o = options as Record<string, unknown>;
  const params = readHhParams("wang-buzsaki", o, WANG_BUZSAKI.area, MEMBRANE, SCHEMA, ["receptors", "I_bias", "method"]);
  const slow = readSlowReceptors(o.receptors, "wang-buzsaki");
  const values: Record<string, Varying> = o.I_bias === undefined ? {} : { I_bias: readBias(o.I_bias, params.area) as Varying };
  return hhModel(WANG_BUZSAKI, o, params, values, slow, wangBuzsaki as (o: Record<string, unknown>) => Model);
}

registerModel("wang-buzsaki", wangBuzsaki as (o: Record<string, unknown>) => Model);

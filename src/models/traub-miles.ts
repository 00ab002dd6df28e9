/**
 * The Traub–Miles Hodgkin–Huxley cell of benchmark 3 of Brette et al. (2007, J Comput Neurosci
 * 23:349), as written in Brian2's `examples/COBAHH.py` (after Traub & Miles 1991):
 *
 *   C_m dV/dt = g_L (E_L − V) + g_E (E_E − V) + g_I (E_I − V) − g_Na m³ h (V − E_Na) − g_K n⁴ (V − E_K)
 *               + I_bias + I_ext
 *   dx/dt = α_x (1 − x) − β_x x   for x = m, h, n; with u = V − V_T (mV), rates in 1/ms:
 *   α_m = 0.32 (13 − u)/(e^{(13−u)/4} − 1),    β_m = 0.28 (u − 40)/(e^{(u−40)/5} − 1)
 *   α_h = 0.128 e^{(17−u)/18},                 β_h = 4/(1 + e^{(40−u)/5})
 *   α_n = 0.032 (15 − u)/(e^{(15−u)/5} − 1),   β_n = 0.5 e^{(10−u)/40}
 *
 * Parameters of COBAHH.py: area 20000 µm², C_m = 1 µF/cm² (200 pF), g_L = 5·10⁻⁵ S/cm² (10 nS),
 * g_Na = 100 mS/cm² (20000 nS), g_K (g_kd) = 30 mS/cm² (6000 nS), E_L = −60, E_K = −90, E_Na = 50,
 * V_T = −63 mV; synapses E_E = 0, E_I = −80 mV, τ_E = 5, τ_I = 10 ms. Densities convert on `area`
 * as in hh.ts; absolute numbers are in pF, nS, pA.
 *
 * Spikes as in COBAHH.py (`threshold="v > -20*mV"`, `refractory=3*ms`): a spike when V > V_spike
 * (−20 mV) and at least t_ref (3 ms) has passed since the last spike, counted in steps as Brian2
 * does. V is never reset and keeps integrating through the dead time.
 * Integration: exponential Euler with all gates at the start of the step (hh.ts), the method of
 * COBAHH.py (`method="exponential_euler"`); Brian2 gives the same spike trains (bench/results/
 * crosscheck-hh.md). First order: single-cell rates are 0.7–1.3 % below those at dt = 0.001 ms
 * at dt = 0.01 ms, and 7–12 % below at COBAHH's dt = 0.1 ms (1–10 µA/cm²). `method: "staggered"`
 * (hh.ts) is second order (measured on Wang–Buzsáki; not yet on this cell).
 *
 * With these parameters the isolated cell has no stable rest: without input it fires on its own, at
 * about 14 Hz (E_L = −60 mV lies above its threshold; Brian2 2.5 gives the same spike train from
 * the same start, bench/crosscheck-hh.mjs).
 *
 * Initial state (default): V = E_L, m, h, n at their steady state at V, conductances 0. (COBAHH.py
 * leaves m, h, n at 0: networks/cobahh.ts passes that explicitly.)
 */
import type { Model } from "../engine/model.js";
import { registerModel } from "../engine/registry.js";
import type { Quantity } from "../params/quantity.js";
import type { Varying } from "../network/values.js";
import { FAST_RECEPTOR_SCHEMA, SLOW_RECEPTOR_SCHEMA, readSlowReceptors } from "./receptors.js";
import { linoid, readBias, readHhParams, type HhDefinition, type HhOptions, type MembraneSpec } from "./hh.js";
import { hhModel } from "./hh-step.js";

/**
 * Options of {@link traubMiles}: the family's ({@link HhOptions}; defaults: area 20000 µm², C_m 1 µF/cm²,
 * g_Na 100, g_K 30, g_L 0.05 mS/cm²) and its own.
 */
export interface TraubMilesOptions extends HhOptions {
  /** Voltage offset V_T of the rate functions (mV, default −63). */
  V_T?: Quantity;
  /** Dead time after a spike during which no spike is detected (ms, default 3). */
  t_ref?: Quantity;
}

const MEMBRANE: Record<string, MembraneSpec> = {
  C_m: { unit: "pF", density: 1, doc: "membrane capacitance (1 µF/cm²)", positive: true },
  g_Na: { unit: "nS", density: 100, doc: "maximal Na⁺ conductance (100 mS/cm²)" },
  g_K: { unit: "nS", density: 30, doc: "maximal delayed-rectifier K⁺ conductance (30 mS/cm²)" },
  g_L: { unit: "nS", density: 0.05, doc: "leak conductance (5·10⁻⁵ S/cm²)", positive: true },
};

const SCHEMA = {
  E_Na: { unit: "mV", default: 50, doc: "Na⁺ reversal potential" },
  E_K: { unit: "mV", default: -90, doc: "K⁺ reversal potential" },
  E_L: { unit: "mV", default: -60, doc: "leak reversal potential" },
  V_T: { unit: "mV", default: -63, doc: "voltage offset of the rate functions" },
  V_spike: { unit: "mV", default: -20, doc: "spike detection voltage" },
  t_ref: { unit: "ms", default: 3, min: 0, doc: "dead time of spike detection after a spike" },
  ...FAST_RECEPTOR_SCHEMA,
  ...SLOW_RECEPTOR_SCHEMA,
};

/** The model's rate functions (1/ms) and their kernel source; exported for tests and analysis. */
export const TRAUB_MILES: HhDefinition = {
  type: "traub-miles",
  area: 20000,
  membrane: MEMBRANE,
  schema: SCHEMA,
  spike: "dead-time",
  head: "const VT = P.V_T;",
  gates: {
    m: {
      doc: "Na⁺ activation",
      rates: (v, p) => { const u = v - p.V_T; return [0.32 * linoid(u - 13, 4), 0.28 * linoid(40 - u, 5)]; },
      source: "const u = v0 - VT; const a_m = 0.32 * linoid(u - 13, 4), b_m = 0.28 * linoid(40 - u, 5);",
    },
    h: {
      doc: "Na⁺ inactivation",
      rates: (v, p) => { const u = v - p.V_T; return [0.128 * Math.exp((17 - u) / 18), 4 / (1 + Math.exp((40 - u) / 5))]; },
      source: "const a_h = 0.128 * Math.exp((17 - u) / 18), b_h = 4 / (1 + Math.exp((40 - u) / 5));",
    },
    n: {
      doc: "K⁺ activation",
      rates: (v, p) => { const u = v - p.V_T; return [0.032 * linoid(u - 15, 5), 0.5 * Math.exp((10 - u) / 40)]; },
      source: "const a_n = 0.032 * linoid(u - 15, 5), b_n = 0.5 * Math.exp((10 - u) / 40);",
    },
  },
};

/**
 * A Traub–Miles cell as in Brian2's COBAHH example (see the module doc for equations and defaults).
 * @throws TypeError on unknown option names (with a guess) or values of the wrong dimension;
 *   RangeError on values out of range.
 * @example net.population("E", 3200, traubMiles(), { kind: "excitatory", init: { v: -65 } })
 */
export function traubMiles(options: TraubMilesOptions = {}): Model {
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new TypeError(`invalid traub-miles options: ${String(options)} (expected an object such as { g_Na: "100 mS/cm^2" })`);
  }
  const o = options as Record<string, unknown>;
  const params = readHhParams("traub-miles", o, TRAUB_MILES.area, MEMBRANE, SCHEMA, ["receptors", "I_bias", "method"]);
  const slow = readSlowReceptors(o.receptors, "traub-miles");
  const values: Record<string, Varying> = o.I_bias === undefined ? {} : { I_bias: readBias(o.I_bias, params.area) as Varying };
  return hhModel(TRAUB_MILES, o, params, values, slow, traubMiles as (o: Record<string, unknown>) => Model);
}

registerModel("traub-miles", traubMiles as (o: Record<string, unknown>) => Model);

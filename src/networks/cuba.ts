/**
 * The CUBA benchmark (Brette et al. 2007, benchmark 2; Brian2 examples/CUBA.py): 3200 E + 800 I
 * current-based LIF neurons, p = 0.02, τ_m = 20 ms, V_th = −50 mV, V_reset = −60 mV,
 * E_L = −49 mV (above threshold: the cells are intrinsically active), t_ref = 5 ms, exponential
 * synaptic currents with τ_E = 5 ms, τ_I = 10 ms, and weights w_E = 1.62 mV, w_I = −9 mV.
 *
 * Brian writes the synaptic variables in volts, dv/dt = (g_e + g_i − (v − E_L))/τ_m; here they are
 * currents, C dV/dt = −g_L (V − E_L) + I_E + I_I with I = g_L × (the voltage), so with g_L = 10 nS a
 * 1.62 mV weight is 16.2 pA. Initial V uniform in [V_reset, V_th], as in Brian.
 */
import { Network } from "../network/network.js";
import { lif } from "../models/lif.js";
import { checkOptions, optionNames } from "../params/options.js";
import { twoPopulationNetwork } from "./two-population.js";
import type { Precision } from "../engine/population.js";

/** Options of {@link cuba}. */
export interface CubaOptions {
  n?: number;
  /** Connection probability (default 0.02); ignored when `indegree` is set. */
  p?: number;
  /** Fixed in-degree from the whole network (80 % from E, 20 % from I), instead of p. */
  indegree?: number;
  /** Weights in mV (voltage-equivalent, as in Brian's example). */
  wE?: number;
  wI?: number;
  dt?: number;
  seed?: number;
  /** Arithmetic of the neuron kernels: "float64" (default) or "float32" (passed to the Network). */
  precision?: Precision;
}

const CUBA_OPTIONS = optionNames<CubaOptions>({ n: true, p: true, indegree: true, wE: true, wI: true, dt: true, seed: true, precision: true });

/** Builds the CUBA network (populations "E" and "I"). */
export function cuba(options: CubaOptions = {}): Network {
  checkOptions("cuba", options, CUBA_OPTIONS);
  const { n = 4000, p = 0.02, indegree, wE = 1.62, wI = -9, dt = 0.1, seed = 1, precision } = options;
  const g_L = 10;
  const model = lif({ synapse: "current", C_m: 200, g_L, E_L: -49, V_reset: -60, V_th: -50, t_ref: 5, tau_E: 5, tau_I: 10 });
  const init = { v: { dist: "uniform" as const, low: -60, high: -50 } };
  // weights in mV become currents: I = g_L × V
  return twoPopulationNetwork(new Network({ dt, seed, precision }), { n, model, init, p, indegree, wE: wE * g_L, wI: wI * g_L });
}

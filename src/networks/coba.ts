/**
 * The COBA benchmark (Brette et al. 2007, benchmark 1; after Vogels & Abbott 2005): 3200
 * excitatory and 800 inhibitory conductance-based LIF neurons, all-to-all random connectivity with
 * p = 0.02, C = 200 pF, g_L = 10 nS, E_L = V_reset = −60 mV, V_th = −50 mV, t_ref = 5 ms, E_E = 0,
 * E_I = −80 mV, τ_E = 5 ms, τ_I = 10 ms, Δg_E = 6 nS, Δg_I = 67 nS, no external input: activity is
 * self-sustained from the initial state.
 *
 * Initialisation (as in the Brian and NEST versions of the benchmark): V ~ N(−55, 5²) mV,
 * g_E ~ N(40, 15²) nS, g_I ~ N(200, 120²) nS. With fixed in-degree the network is the scaled
 * variant (COBA-40k: 40,000 neurons, in-degree 80).
 */
import { Network } from "../network/network.js";
import { lif } from "../neurons/lif.js";
import { twoPopulationNetwork } from "./two-population.js";

/** Options of {@link coba}. */
export interface CobaOptions {
  /** Total number of neurons (default 4000; 80 % excitatory). */
  n?: number;
  /** Connection probability (default 0.02); ignored when `indegree` is set. */
  p?: number;
  /** Fixed in-degree from the whole network (split 80/20 between E and I), instead of p. */
  indegree?: number;
  wE?: number;
  wI?: number;
  dt?: number;
  seed?: number;
}

/** Builds the COBA network (populations "E" and "I"). */
export function coba({ n = 4000, p = 0.02, indegree, wE = 6, wI = 67, dt = 0.1, seed = 1 }: CobaOptions = {}): Network {
  const model = lif({ synapse: "conductance", C_m: 200, g_L: 10, E_L: -60, V_reset: -60, V_th: -50, t_ref: 5, E_E: 0, E_I: -80, tau_E: 5, tau_I: 10 });
  const init = {
    v: { dist: "normal" as const, mean: -55, sd: 5 },
    gE: { dist: "normal" as const, mean: 40, sd: 15 },
    gI: { dist: "normal" as const, mean: 200, sd: 120 },
  };
  return twoPopulationNetwork(new Network({ dt, seed }), { n, model, init, p, indegree, wE, wI });
}

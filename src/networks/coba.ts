/**
 * The COBA benchmark (Brette et al. 2007, benchmark 1; after Vogels & Abbott 2005): 3200
 * excitatory and 800 inhibitory conductance-based LIF neurons, all-to-all random connectivity with
 * p = 0.02, C = 200 pF, g_L = 10 nS, E_L = V_reset = −60 mV, V_th = −50 mV, t_ref = 5 ms, E_E = 0,
 * E_I = −80 mV, τ_E = 5 ms, τ_I = 10 ms, Δg_E = 6 nS, Δg_I = 67 nS, no external input: activity is
 * self-sustained from the initial state.
 *
 * Initialisation (default): V ~ U(V_reset, V_th) = U(−60, −50) mV, as in the PyNN implementation of
 * the benchmarks that ran NEURON, NEST and PCSIM in Brette et al. (2007) (Davison's
 * `VAbenchmarks.py`: `RandomDistribution('uniform', [v_reset, v_thresh])`) and in Brian2's
 * `examples/CUBA.py` (`v = Vr + rand()*(Vt - Vr)`); g_E ~ N(40, 15²) nS and g_I ~ N(200, 120²) nS
 * (untruncated), as in Brette's Brian script of the benchmark (Brette et al. 2007 supplementary
 * `COBA.py`: `ge = randn*1.5 + 4`, `gi = randn*12 + 20` in units of g_L = 10 nS). The PyNN version
 * starts from g = 0 and instead kicks the network with Poisson input for its first 50 ms; without
 * input or initial conductances no neuron below threshold would ever fire. (Brette's script starts V
 * from N(−65, 5²) mV — `randn*5 − 5` mV in a frame where E_L = 0; an earlier version of this builder
 * used N(−55, 5²) mV, which puts 16 % of the neurons above threshold at t = 0 and lets the
 * activity die out after the first volley on about half the seeds.) From the default start the
 * network settles at ≈ 20 Hz (E and I), CV ≈ 1.5. `init` replaces the initial state.
 *
 * With fixed in-degree the network is the scaled variant (COBA-40k: 40,000 neurons, in-degree 80).
 *
 * `kick: true` adds PyNN's kick-start on top of the initial state (networks/kick.ts: 20 Poisson
 * trains at 100 Hz for the first 50 ms, p = 0.01 onto every neuron, 100 nS onto g_E), as the
 * kicked COBA-40k of `npm run bench` uses; `kick: { rate: 50, … }` changes its parameters.
 * `precision` is passed to the Network (`"float64"`, the default, or `"float32"`).
 */
import { Network } from "../network/network.js";
import { lif } from "../models/lif.js";
import { checkOptions, optionNames } from "../params/options.js";
import type { InitialState } from "../network/population.js";
import { twoPopulationNetwork } from "./two-population.js";
import { addKick, type KickOptions } from "./kick.js";
import type { Precision } from "../engine/population.js";

/** Options of {@link coba}. */
export interface CobaOptions {
  /** Total number of neurons (default 4000; 80 % excitatory). */
  n?: number;
  /** Connection probability (default 0.02); ignored when `indegree` is set. */
  p?: number;
  /** Fixed in-degree from the whole network (split 80/20 between E and I), instead of p. */
  indegree?: number;
  /** Excitatory conductance jump Δg_E (nS, default 6). */
  wE?: number;
  /** Inhibitory conductance jump Δg_I (nS, default 67). */
  wI?: number;
  /** Time step (ms, default 0.1). */
  dt?: number;
  seed?: number;
  /** Initial state of every neuron (default {@link COBA_INIT}). */
  init?: InitialState;
  /** PyNN's kick-start (networks/kick.ts): `true` for its parameters, an object to change them (default none). */
  kick?: boolean | KickOptions;
  /** Arithmetic of the neuron kernels: "float64" (default) or "float32" (passed to the Network). */
  precision?: Precision;
}

/** The default initial state of {@link coba} (see the module doc for its sources). */
export const COBA_INIT: InitialState = {
  v: { dist: "uniform", low: -60, high: -50 },
  gE: { dist: "normal", mean: 40, sd: 15 },
  gI: { dist: "normal", mean: 200, sd: 120 },
};

const COBA_OPTIONS = optionNames<CobaOptions>({ n: true, p: true, indegree: true, wE: true, wI: true, dt: true, seed: true, init: true, kick: true, precision: true });

/**
 * Builds the COBA network (populations "E" and "I"; with `kick`, also source "kick" and projections
 * "kick→E", "kick→I").
 * @example const net = coba({ n: 40000, indegree: 80, kick: true, seed: 2 }); net.run(1000);
 */
export function coba(options: CobaOptions = {}): Network {
  checkOptions("coba", options, COBA_OPTIONS);
  const { n = 4000, p = 0.02, indegree, wE = 6, wI = 67, dt = 0.1, seed = 1, init = COBA_INIT, kick = false, precision } = options;
  const model = lif({ synapse: "conductance", C_m: 200, g_L: 10, E_L: -60, V_reset: -60, V_th: -50, t_ref: 5, E_E: 0, E_I: -80, tau_E: 5, tau_I: 10 });
  const net = twoPopulationNetwork(new Network({ dt, seed, precision }), { n, model, init, p, indegree, wE, wI });
  if (kick !== false) addKick(net, ["E", "I"], kick);
  return net;
}

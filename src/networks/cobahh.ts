/**
 * The COBAHH benchmark (Brette et al. 2007, J Comput Neurosci 23:349, benchmark 3) exactly as Brian2's
 * `examples/COBAHH.py` builds it: 4000 Traub–Miles Hodgkin–Huxley cells (models/traub-miles.ts;
 * area 20000 µm², C_m = 200 pF, g_L = 10 nS, g_Na = 20 µS, g_K = 6 µS, V_T = −63 mV), 3200
 * excitatory ("E") and 800 inhibitory ("I"), every pair connected with probability p = 0.02 (self-
 * connections allowed, as Brian2's `connect(p=0.02)` between the subgroup and the whole group),
 * exponential conductances with Δg_E = 6 nS (τ_E = 5 ms, E_E = 0 mV) and Δg_I = 67 nS (τ_I = 10 ms,
 * E_I = −80 mV), no delay (a spike acts from the next step), no external input.
 *
 * Initialisation as in COBAHH.py: V = E_L + (randn·5 − 5) mV, i.e. N(−65, 5²) mV;
 * g_E = (randn·1.5 + 4)·10 nS, i.e. N(40, 15²) nS; g_I = (randn·12 + 20)·10 nS, i.e. N(200, 120²) nS
 * (untruncated: about 5 % of the neurons start with a negative g_I, as in Brian2); m = h = n = 0
 * (Brian2's default for state variables the script does not set). Default dt 0.1 ms (Brian2's
 * default clock, which the example keeps).
 *
 * At dt = 0.1 ms the engine's dt check warns (a tenth of the fastest subthreshold h time constant
 * is 0.038 ms): single Traub–Miles cells fire 7–12 % slower than at a converged step (traub-miles.ts),
 * and the network's rates rise by about 10 % from dt = 0.1 to 0.025 ms, in Brian2 as well. The
 * network statistics agree with Brian2's at both time steps (bench/results/crosscheck-hh.md).
 *
 * Spikes: V > −20 mV with a dead time of 3 ms (the example's `threshold`, `refractory=3*ms`).
 * The isolated cell fires on its own at about 14 Hz (traub-miles.ts): activity does not need the
 * initial conductances to start.
 */
import { checkOptions, optionNames } from "../params/options.js";
import type { Model } from "../engine/model.js";
import type { InitialState } from "../engine/population.js";
import { Network } from "../network/network.js";
import { traubMiles } from "../models/traub-miles.js";

/** Options of {@link cobahh}. */
export interface CobahhOptions {
  /** Total number of neurons (default 4000; 80 % excitatory). */
  n?: number;
  /** Connection probability of every pair (default 0.02). */
  p?: number;
  /** Excitatory conductance jump Δg_E (nS, default 6). */
  wE?: number;
  /** Inhibitory conductance jump Δg_I (nS, default 67). */
  wI?: number;
  /** Time step (ms, default 0.1 as in COBAHH.py). */
  dt?: number;
  seed?: number;
  /** The cell model (default traubMiles(): the example's parameters). */
  model?: Model;
  /** Initial state of every neuron (default {@link COBAHH_INIT}). */
  init?: InitialState;
}

const COBAHH_OPTIONS = optionNames<CobahhOptions>({ n: true, p: true, wE: true, wI: true, dt: true, seed: true, model: true, init: true });

/** The initial state of Brian2's COBAHH.py (see the module doc). */
export const COBAHH_INIT: InitialState = {
  v: { dist: "normal", mean: -65, sd: 5 },
  gE: { dist: "normal", mean: 40, sd: 15 },
  gI: { dist: "normal", mean: 200, sd: 120 },
  m: 0,
  h: 0,
  n: 0,
};

/**
 * Builds the COBAHH network (populations "E" and "I", projections E→E, E→I, I→E, I→I).
 * @example const net = cobahh({ seed: 2 }); const m = net.monitorSpikes("E"); net.run(1000);
 */
export function cobahh(options: CobahhOptions = {}): Network {
  checkOptions("cobahh", options, COBAHH_OPTIONS);
  const { n = 4000, p = 0.02, wE = 6, wI = 67, dt = 0.1, seed = 1, model = traubMiles(), init = COBAHH_INIT } = options;
  const net = new Network({ dt, seed });
  const nE = Math.round(n * 0.8);
  net.population("E", nE, model, { kind: "excitatory", init });
  net.population("I", n - nE, model, { kind: "inhibitory", init });
  for (const pre of ["E", "I"]) {
    for (const post of ["E", "I"]) net.connect(pre, post, { rule: { rule: "probability", p }, weight: pre === "E" ? wE : wI });
  }
  return net;
}

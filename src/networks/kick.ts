/**
 * The kick-start of PyNN's COBA benchmark (Davison's `examples/VAbenchmarks.py` in PyNN, after
 * Brette et al. 2007, J Comput Neurosci 23:349, benchmark 1): `n` = 20 Poisson trains of rate
 * 100 Hz, active for the first 50 ms only (`SpikeSourcePoisson(rate=100, duration=50)`), connected
 * to every neuron, E and I, with probability p = 0.01 (`FixedProbabilityConnector(0.01)`) and
 * weight 0.1 µS = 100 nS onto the excitatory conductance g_E (`receptor_type='excitatory'`).
 * PyNN's default delay (its min_delay, 0.2 ms) is not copied: here, as in the network's own
 * synapses, a kick spike acts from the next step.
 *
 * With p = 0.01 a neuron receives on average n·p = 0.2 kick synapses (18 % of the neurons at least
 * one), each carrying rate × duration = 5 spikes on average: a jump of 100 nS toward E_E = 0 mV makes
 * the target fire, and the network's recurrent excitation spreads the activity from there.
 *
 * The trains are drawn when the network is built, one Bernoulli trial of probability rate·dt per
 * train and step (the per-step rule of Brian2's PoissonGroup), from the network's random stream of
 * source `name` (engine/streams.ts), and added as a spike-times source, so the network can still be
 * written as a JSON spec (`net.toSpec()`; a rate given as a function of time could not).
 */
import { quantity, type Quantity } from "../params/quantity.js";
import { checkOptions, optionNames } from "../params/options.js";
import { bernoulliIndices, type SpikeTimesSource } from "../inputs/sources.js";
import { STREAMS } from "../engine/streams.js";
import { stepsToTime } from "../network/steps.js";
import type { Network } from "../network/network.js";

/** Options of the kick-start ({@link addKick}; `coba({ kick: true | {...} })`). Defaults: PyNN's VAbenchmarks.py. */
export interface KickOptions {
  /** Number of Poisson trains (default 20). */
  n?: number;
  /** Rate of each train while active (Hz, default 100). */
  rate?: Quantity;
  /** The trains fire during [0, duration) (ms, default 50). */
  duration?: Quantity;
  /** Probability that a given train connects to a given neuron (default 0.01). */
  p?: number;
  /** Conductance jump onto g_E per kick spike (nS, default 100 = PyNN's 0.1 µS). */
  weight?: Quantity;
}

/** PyNN's kick-start (VAbenchmarks.py): 20 trains × 100 Hz for 50 ms, p = 0.01, 100 nS. */
export const COBA_KICK = { n: 20, rate: 100, duration: 50, p: 0.01, weight: 100 } as const;

const KICK_OPTIONS = optionNames<KickOptions>({ n: true, rate: true, duration: true, p: true, weight: true });

/** The checked kick options (numbers in Hz, ms, nS), or null for `false`/`undefined`. */
export function kickOptions(kick: boolean | KickOptions | undefined): Required<{ [K in keyof KickOptions]: number }> | null {
  if (kick === undefined || kick === false) return null;
  if (kick !== true && (typeof kick !== "object" || kick === null || Array.isArray(kick))) {
    throw new TypeError(`invalid kick: ${JSON.stringify(kick)} (expected true, false or an object with n, rate, duration, p, weight)`);
  }
  const o = kick === true ? {} : kick;
  checkOptions("kick", o, KICK_OPTIONS);
  return {
    n: quantity("kick.n", o.n ?? COBA_KICK.n, "", { min: 1, integer: true }),
    rate: quantity("kick.rate", o.rate ?? COBA_KICK.rate, "Hz", { min: 0 }),
    duration: quantity("kick.duration", o.duration ?? COBA_KICK.duration, "ms", { min: 0 }),
    p: quantity("kick.p", o.p ?? COBA_KICK.p, "", { min: 0, max: 1 }),
    weight: quantity("kick.weight", o.weight ?? COBA_KICK.weight, "nS", { min: 0 }),
  };
}

/**
 * Adds the kick-start to `net`: source `name` (default "kick") projecting onto each population of
 * `targets` by rule probability p onto its excitatory receptor (projections "kick→E", "kick→I").
 * @throws TypeError for an unknown option name or a value that is not a kick; RangeError for bad values.
 */
export function addKick(net: Network, targets: readonly string[], kick: true | KickOptions, name = "kick"): SpikeTimesSource {
  const k = kickOptions(kick)!;
  const rng = net.rng(...STREAMS.source(name));
  const steps = Math.round(k.duration / net.dt);
  const prob = Math.min(1, k.rate * net.dt * 1e-3);
  const fired = new Int32Array(k.n);
  const indices: number[] = [], times: number[] = [];
  for (let s = 0; s < steps; s++) {
    const m = bernoulliIndices(k.n, prob, rng, fired);
    // a spike of step s is stamped (s + 1)·dt, as a neuron's (inputs/sources.ts)
    for (let j = 0; j < m; j++) { indices.push(fired[j]); times.push(stepsToTime(s + 1, net.dt)); }
  }
  const source = net.spikeTimes(name, k.n, { indices, times });
  for (const post of targets) net.connect(name, post, { rule: { rule: "probability", p: k.p }, weight: k.weight, receptor: "E" });
  return source;
}

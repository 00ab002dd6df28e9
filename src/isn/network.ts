/**
 * A spiking E–I network for the inhibition-stabilized regime: nE excitatory and nI inhibitory
 * current-based LIF neurons (C_m = 200 pF, g_L = 10 nS so τ_m = 20 ms, E_L = −70 mV,
 * V_th = −50 mV, V_reset = −60 mV, t_ref = 2 ms, exponential synaptic currents with τ_E = τ_I = 5 ms),
 * random connectivity with probability p between and within both populations (delay 1 ms), and
 * independent Poisson drive per neuron (nExt inputs of wExt pA at driveE or driveI Hz). Weights w_XY
 * are onto X from Y, as in Wilson & Cowan and Neuromatch Academy: w_EE (E→E), w_EI (I→E),
 * w_IE (E→I), w_II (I→I), in pA (magnitudes; inhibitory ones are applied with a minus sign).
 *
 * The mean recurrent current a neuron of X receives from Y is K_XY w_XY τ_Y r_Y/1000 pA (r in Hz,
 * τ in ms) with K_XY = p n_Y: with the defaults (w_EE = 40 pA) the E→E loop gives 8 pA per Hz of
 * r_E, and the network is an ISN; with w_EE = 10 pA (2 pA per Hz) it is not.
 *
 * Probes measure the ISN index w_EE F′_E of the spiking network (Tsodyks et al. 1997's condition: the
 * E subnetwork alone, inhibition frozen, is unstable iff its loop gain exceeds 1). With `probes` = n,
 * two extra populations "P0" and "P1" of n E-type cells receive what E cells receive — connections
 * from E and I with the same probability and weights, and the same external drive — but project to
 * nobody, so the loop through them is open and the network is unchanged (each projection and input
 * draws from its own random stream). P1 also receives K_EE = p n_E independent Poisson trains at
 * `probeRate` Hz with weight w_EE: the input P0 would get if r_E rose by probeRate. Hence
 *
 *   w_EE F′_E ≈ (r_P1 − r_P0) / probeRate   (dimensionless: Hz of E output per Hz of E input),
 *
 * the loop gain of the excitatory subnetwork at its operating point, with the network's own input
 * statistics (mean and variance; correlations as the E cells see them), to first order in probeRate.
 *
 * Options `inhibitoryOutput` (scales every I→E weight: 1 − the fraction of inhibitory output removed)
 * and `stepI` (extra current into every I cell from `stepStart` to `stepStop` ms) are the two
 * experiments of the ISN notebook.
 */
import { Network } from "../network/network.js";
import { lif, type LifModel } from "../models/lif.js";
import { checkOptions, optionNames } from "../params/options.js";

/** Options of {@link isnNetwork} (weights in pA, rates in Hz, times in ms). */
export interface IsnNetworkOptions {
  nE?: number;
  nI?: number;
  /** Connection probability of all four projections (default 0.1). */
  p?: number;
  wEE?: number;
  wEI?: number;
  wIE?: number;
  wII?: number;
  /** Rate of each external Poisson input onto E and onto I cells (Hz; defaults 10 and 6). */
  driveE?: number;
  driveI?: number;
  /** External inputs per neuron (default 200) and their weight (pA, default 20). */
  nExt?: number;
  wExt?: number;
  /** Scale of the I→E weights (default 1; 0.7 removes 30 % of the inhibitory output). */
  inhibitoryOutput?: number;
  /** Extra current into every I cell (pA; default 0) from stepStart to stepStop (ms). */
  stepI?: number;
  stepStart?: number;
  stepStop?: number;
  /** Probe cells per probe population "P0" and "P1" (default 0: none; see the file comment). */
  probes?: number;
  /** Extra E input rate of the P1 probes (Hz, default 2). */
  probeRate?: number;
  seed?: number;
}

const NAMES = optionNames<IsnNetworkOptions>({
  nE: true, nI: true, p: true, wEE: true, wEI: true, wIE: true, wII: true, driveE: true, driveI: true, nExt: true, wExt: true,
  inhibitoryOutput: true, stepI: true, stepStart: true, stepStop: true, probes: true, probeRate: true, seed: true,
});

/** The defaults of {@link isnNetwork} (an ISN). */
export const ISN_DEFAULTS = {
  nE: 400, nI: 100, p: 0.1, wEE: 40, wEI: 200, wIE: 100, wII: 60, driveE: 10, driveI: 6, nExt: 200, wExt: 20, inhibitoryOutput: 1,
} as const;

/** The neuron of {@link isnNetwork} (current synapses; see the file comment). */
export function isnNeuron(): LifModel {
  return lif({ synapse: "current", C_m: 200, g_L: 10, E_L: -70, V_th: -50, V_reset: -60, t_ref: 2, tau_E: 5, tau_I: 5 });
}

/**
 * The network of the file comment, populations "E" and "I" (V uniform in [−70, −50] mV at start).
 * @example const net = isnNetwork({ stepI: 15, stepStart: 1300, stepStop: 2600, probes: 200, seed: 1 })
 */
export function isnNetwork(options: IsnNetworkOptions = {}): Network {
  checkOptions("isnNetwork", options, NAMES);
  const o = { ...ISN_DEFAULTS, stepI: 0, stepStart: 0, stepStop: Infinity, probes: 0, probeRate: 2, seed: 1, ...options };
  for (const k of ["wEE", "wEI", "wIE", "wII", "wExt", "driveE", "driveI", "inhibitoryOutput"] as const) {
    if (!(Number.isFinite(o[k]) && o[k] >= 0)) throw new RangeError(`invalid isnNetwork.${k}: ${o[k]} (expected a finite number ≥ 0)`);
  }
  if (!(o.p > 0 && o.p <= 1)) throw new RangeError(`invalid isnNetwork.p: ${o.p} (expected a probability in (0, 1])`);
  const net = new Network({ dt: 0.1, seed: o.seed });
  const init = { v: { dist: "uniform" as const, low: -70, high: -50 } };
  net.population("E", o.nE, isnNeuron(), { kind: "excitatory", init });
  net.population("I", o.nI, isnNeuron(), { kind: "inhibitory", init });
  const rule = { rule: "probability" as const, p: o.p };
  if (!(Number.isInteger(o.probes) && o.probes >= 0)) throw new RangeError(`invalid isnNetwork.probes: ${o.probes} (expected a whole number of probe cells ≥ 0)`);
  if (!(o.probeRate > 0 && Number.isFinite(o.probeRate))) throw new RangeError(`invalid isnNetwork.probeRate: ${o.probeRate} (expected a positive rate in Hz)`);
  const probes = o.probes > 0 ? ["P0", "P1"] : [];
  for (const name of probes) net.population(name, o.probes, isnNeuron(), { kind: "excitatory", init });
  for (const post of ["E", ...probes]) {
    if (o.wEE > 0) net.connect("E", post, { rule, weight: o.wEE, delay: 1 });
    if (o.wEI * o.inhibitoryOutput > 0) net.connect("I", post, { rule, weight: -o.wEI * o.inhibitoryOutput, delay: 1 });
    if (o.driveE > 0) net.poissonInput(post, { n: o.nExt, rate: o.driveE, weight: o.wExt });
  }
  if (o.wIE > 0) net.connect("E", "I", { rule, weight: o.wIE, delay: 1 });
  if (o.wII > 0) net.connect("I", "I", { rule, weight: -o.wII, delay: 1 });
  if (o.driveI > 0) net.poissonInput("I", { n: o.nExt, rate: o.driveI, weight: o.wExt });
  if (probes.length && o.wEE > 0) net.poissonInput("P1", { n: Math.round(o.p * o.nE), rate: o.probeRate, weight: o.wEE });
  if (o.stepI !== 0) net.current("I", { type: "step", amplitude: o.stepI, start: o.stepStart, ...(Number.isFinite(o.stepStop) ? { stop: o.stepStop } : {}) });
  return net;
}

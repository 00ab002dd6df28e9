/**
 * A recurrent E–I network with feedback inhibition, driven by Poisson input to the excitatory cells
 * only: the input reaches the inhibitory cells only through E → I, so all inhibition is feedback,
 * recruited in proportion to the excitatory activity it then divides (the circuit reading of the
 * normalization pool: Carandini & Heeger 2012, "Mechanisms"; Isaacson & Scanziani 2011 Neuron 72:231).
 *
 * nE excitatory and nI inhibitory conductance-based LIF neurons ({@link GAIN_CELL}), random
 * connections with probability p (E → E, E → I, I → E, I → I; weights in nS, 1 ms delays), and
 * `inputs` Poisson trains of `input` Hz per excitatory neuron (weight `inputWeight` nS). Rates are
 * counted after `settle`. With w_IE = 0 the network has no feedback inhibition at all.
 */
import { Network } from "../network/network.js";
import { lif } from "../models/lif.js";
import { timeWindow, meanRate } from "../analysis/rates.js";
import { runStatus, type RunStatus } from "../checks/status.js";
import { checkOptions, optionNames } from "../params/options.js";
import type { Spikes } from "../monitors/spike-monitor.js";
import { GAIN_CELL } from "./fi-curve.js";

/** Options of {@link feedbackNetwork}. */
export interface FeedbackNetworkOptions {
  /** Input rate per source train (Hz) — the stimulus strength. */
  input: number;
  /** Source trains per excitatory neuron (default 100) and their weight (nS, default 0.5). */
  inputs?: number;
  inputWeight?: number;
  /** Population sizes (defaults 400 and 100) and connection probability (default 0.1). */
  nE?: number;
  nI?: number;
  p?: number;
  /** Weights (nS): E → E (default 0.5), E → I (4), I → E: the feedback inhibition (10), I → I (8). */
  wEE?: number;
  wEI?: number;
  wIE?: number;
  wII?: number;
  /** Counting time (ms, default 1000) after `settle` (ms, default 200). */
  duration?: number;
  settle?: number;
  seed?: number;
}

/** Result of {@link feedbackNetwork}. */
export interface FeedbackResponse {
  input: number;
  /** Mean rates (Hz) of E and I in the counting window. */
  rE: number;
  rI: number;
  /**
   * Health of the run in the counting window: the worse of E's and I's status, "runaway" when a population's mean
   * rate exceeds 80 % of its refractory ceiling 1/(t_ref + dt) (where the engine's runaway watch warns), or NaN.
   * Silence below threshold is a result, not a failure.
   */
  status: RunStatus;
  spikesE: Spikes;
  spikesI: Spikes;
}

const OPTIONS = optionNames<FeedbackNetworkOptions>({
  input: true, inputs: true, inputWeight: true, nE: true, nI: true, p: true, wEE: true, wEI: true, wIE: true, wII: true, duration: true, settle: true, seed: true,
});

/**
 * Builds and runs the network of the file comment at one input rate; same seed → same spikes.
 * @throws RangeError for a negative or non-finite input, bad sizes, probability, weights or durations.
 */
export function feedbackNetwork(options: FeedbackNetworkOptions): FeedbackResponse {
  checkOptions("feedbackNetwork", options, OPTIONS);
  const { input, inputs = 100, inputWeight = 0.5, nE = 400, nI = 100, p = 0.1, wEE = 0.5, wEI = 4, wIE = 10, wII = 8, duration = 1000, settle = 200, seed = 1 } = options;
  if (!(input >= 0 && Number.isFinite(input))) throw new RangeError(`invalid input: ${input} Hz (expected a finite rate ≥ 0)`);
  if (!(Number.isInteger(nE) && nE >= 1 && Number.isInteger(nI) && nI >= 1 && Number.isInteger(inputs) && inputs >= 1)) throw new RangeError(`invalid sizes: nE = ${nE}, nI = ${nI}, inputs = ${inputs} (expected whole numbers ≥ 1)`);
  if (!(p > 0 && p <= 1)) throw new RangeError(`invalid p: ${p} (expected a probability in (0, 1])`);
  for (const [name, w] of [["wEE", wEE], ["wEI", wEI], ["wIE", wIE], ["wII", wII], ["inputWeight", inputWeight]] as const) {
    if (!(w >= 0 && Number.isFinite(w))) throw new RangeError(`invalid ${name}: ${w} nS (expected a finite weight ≥ 0)`);
  }
  if (!(duration > 0 && settle >= 0)) throw new RangeError(`invalid duration, settle: ${duration}, ${settle} ms (expected duration > 0, settle ≥ 0)`);
  const net = new Network({ dt: 0.1, seed });
  const init = { v: { dist: "uniform" as const, low: GAIN_CELL.E_L, high: -55 } };
  net.population("E", nE, lif(GAIN_CELL), { kind: "excitatory", init });
  net.population("I", nI, lif(GAIN_CELL), { kind: "inhibitory", init });
  const rule = { rule: "probability" as const, p };
  if (wEE > 0) net.connect("E", "E", { rule, weight: wEE, delay: 1 });
  if (wEI > 0) net.connect("E", "I", { rule, weight: wEI, delay: 1 });
  if (wIE > 0) net.connect("I", "E", { rule, weight: wIE, delay: 1 });
  if (wII > 0) net.connect("I", "I", { rule, weight: wII, delay: 1 });
  if (input > 0) net.poissonInput("E", { n: inputs, rate: input, weight: inputWeight });
  const mE = net.monitorSpikes("E"), mI = net.monitorSpikes("I");
  net.run(settle + duration);
  const spikesE = timeWindow(mE.spikes(), settle, settle + duration), spikesI = timeWindow(mI.spikes(), settle, settle + duration);
  const maxRate = (0.8 * 1000) / (GAIN_CELL.t_ref + 0.1);
  const sE = runStatus(spikesE, { from: settle, minRate: 0, maxRate }), sI = runStatus(spikesI, { from: settle, minRate: 0, maxRate });
  return { input, rE: meanRate(spikesE), rI: meanRate(spikesI), status: sE.ok ? sI : sE, spikesE, spikesI };
}

/**
 * Builders of the inhibitory motifs (Isaacson & Scanziani 2011; Pouille & Scanziani 2001;
 * Buzsáki & Wang 2012): feedforward inhibition, a layered feedforward chain with feedforward
 * inhibition in every layer, and a recurrent E–I population with feedback inhibition.
 *
 * Cells are conductance-based LIF neurons: principal cells C = 200 pF, g_L = 10 nS (τ = 20 ms),
 * E_L = −70, V_th = −50, V_reset = −60 mV, t_ref = 2 ms; interneurons are faster (C = 100 pF,
 * τ = 10 ms, t_ref = 1 ms, τ_I = 5 ms at their synapses onto principal cells: PV-like). Weights in
 * nS, delays in ms. Every builder returns a Network with named populations and takes a seed.
 */
import { Network } from "../network/network.js";
import { lif, type LifModel } from "../models/lif.js";
import { checkOptions, optionNames } from "../params/options.js";

/** Principal (pyramidal-like) cell. */
export const PRINCIPAL = (): LifModel => lif({ C_m: 200, g_L: 10, E_L: -70, V_th: -50, V_reset: -60, t_ref: 2, tau_E: 5, tau_I: 5 });
/** Fast-spiking interneuron. */
export const INTERNEURON = (): LifModel => lif({ C_m: 100, g_L: 10, E_L: -70, V_th: -50, V_reset: -60, t_ref: 1, tau_E: 3, tau_I: 5 });
/**
 * Regular-spiking, accommodating interneuron (CCK-basket-like; Freund & Katona 2007): as
 * INTERNEURON but t_ref = 2 ms and spike-triggered adaptation b = 40 pA, τ_w = 200 ms, so strong
 * drive makes it fire at ~100 Hz, not at the 1 kHz refractory limit.
 */
export const CCK_INTERNEURON = (): LifModel => lif({ C_m: 100, g_L: 10, E_L: -70, V_th: -50, V_reset: -60, t_ref: 2, tau_E: 3, tau_I: 5, b: 40, tau_w: 200 });

/** Options of {@link feedforwardCircuit}. */
export interface FeedforwardOptions {
  /** Input fibres, principal cells, interneurons. */
  nIn?: number; nE?: number; nI?: number;
  /** Volley times (ms) and the jitter of each input spike (ms). */
  times?: number[]; jitter?: number;
  /** Input → principal and input → interneuron weights (nS) and connection probabilities. */
  wInE?: number; wInI?: number; pInE?: number; pInI?: number;
  /** Interneuron → principal weight (nS; 0 = no feedforward inhibition), probability and delay (ms). */
  wIE?: number; pIE?: number; delayIE?: number;
  /** Delay of the excitatory input (ms). */
  delayIn?: number;
  seed?: number;
}

const FEEDFORWARDCIRCUIT_OPTIONS = optionNames<FeedforwardOptions>({
  nIn: true, nE: true, nI: true, times: true, jitter: true, wInE: true, wInI: true, pInE: true, pInI: true,
  wIE: true, pIE: true, delayIE: true, delayIn: true, seed: true,
});

/**
 * Feedforward inhibition: volleys of input drive principal cells directly and, through
 * interneurons, inhibit them a synaptic delay later, so the principal cells can fire only in a
 * short window after the input (Pouille & Scanziani 2001). Populations "in", "E", "I".
 */
export function feedforwardCircuit(options: FeedforwardOptions = {}): Network {
  checkOptions("feedforwardCircuit", options, FEEDFORWARDCIRCUIT_OPTIONS);
  const {
    nIn = 100, nE = 100, nI = 30, times = [50], jitter = 1, wInE = 1, wInI = 2, pInE = 0.3, pInI = 0.5,
    wIE = 6, pIE = 0.6, delayIE = 1, delayIn = 1, seed = 1,
  } = options;
  const net = new Network({ dt: 0.1, seed });
  net.volleys("in", nIn, { times, jitter });
  net.population("E", nE, PRINCIPAL());
  net.population("I", nI, INTERNEURON(), { kind: "inhibitory" });
  net.connect("in", "E", { rule: { rule: "probability", p: pInE }, weight: wInE, delay: delayIn });
  net.connect("in", "I", { rule: { rule: "probability", p: pInI }, weight: wInI, delay: delayIn });
  if (wIE > 0) net.connect("I", "E", { rule: { rule: "probability", p: pIE }, weight: wIE, delay: delayIE });
  return net;
}

/** Options of {@link feedforwardChain}. */
export interface ChainOptions {
  layers?: number; nE?: number; nI?: number;
  /** E(l) → E(l+1) and E(l) → I(l+1) weights (nS) and probabilities. */
  wEE?: number; pEE?: number; wEI?: number; pEI?: number;
  /** I(l) → E(l) weight (nS; 0 = none), probability, delay (ms) and the interneurons' τ_I at E (ms). */
  wIE?: number; pIE?: number; delayIE?: number; tauFFI?: number;
  /** Synaptic delay between layers (ms). */
  delay?: number;
  /** The volley that starts the chain: size, time, jitter. */
  nIn?: number; t0?: number; jitter?: number;
  seed?: number;
}

const FEEDFORWARDCHAIN_OPTIONS = optionNames<ChainOptions>({
  layers: true, nE: true, nI: true, wEE: true, pEE: true, wEI: true, pEI: true, wIE: true, pIE: true,
  delayIE: true, tauFFI: true, delay: true, nIn: true, t0: true, jitter: true, seed: true,
});

/**
 * A layered feedforward chain (synfire-like; Diesmann, Gewaltig & Aertsen 1999) in which each layer
 * has principal cells E1…EL and interneurons I1…IL; E(l) excites E(l+1) and I(l+1), and I(l)
 * inhibits E(l). Layer 1 is driven by a volley from "in".
 */
export function feedforwardChain(options: ChainOptions = {}): Network {
  checkOptions("feedforwardChain", options, FEEDFORWARDCHAIN_OPTIONS);
  const {
    layers = 6, nE = 100, nI = 30, wEE = 0.9, pEE = 0.25, wEI = 2, pEI = 0.4, wIE = 6, pIE = 0.6, delayIE = 1, tauFFI = 5,
    delay = 2, nIn = 100, t0 = 20, jitter = 1, seed = 1,
  } = options;
  const net = new Network({ dt: 0.1, seed });
  net.volleys("in", nIn, { times: [t0], jitter });
  const principal = lif({ C_m: 200, g_L: 10, E_L: -70, V_th: -50, V_reset: -60, t_ref: 2, tau_E: 5, tau_I: tauFFI });
  for (let l = 1; l <= layers; l++) {
    net.population(`E${l}`, nE, principal);
    net.population(`I${l}`, nI, INTERNEURON(), { kind: "inhibitory" });
    const src = l === 1 ? "in" : `E${l - 1}`;
    net.connect(src, `E${l}`, { rule: { rule: "probability", p: pEE }, weight: wEE, delay });
    net.connect(src, `I${l}`, { rule: { rule: "probability", p: pEI }, weight: wEI, delay });
    if (wIE > 0) net.connect(`I${l}`, `E${l}`, { rule: { rule: "probability", p: pIE }, weight: wIE, delay: delayIE });
  }
  return net;
}

/** Options of {@link recurrentEI}. */
export interface RecurrentOptions {
  nE?: number; nI?: number;
  /** Recurrent excitation E → E (nS, probability). */
  wEE?: number; pEE?: number;
  /** E → I and I → E (feedback inhibition) weights (nS) and probabilities. */
  wEI?: number; pEI?: number; wIE?: number; pIE?: number;
  /** Delays of the E → I and I → E synapses (ms): the feedback loop delay is their sum. */
  delayEI?: number; delayIE?: number;
  /** Decay time of inhibition at the principal cells (ms). */
  tauI?: number;
  /** Background Poisson drive to E: inputs per cell, rate (Hz), weight (nS). */
  driveN?: number; driveRate?: number; driveW?: number;
  seed?: number;
}

const RECURRENTEI_OPTIONS = optionNames<RecurrentOptions>({
  nE: true, nI: true, wEE: true, pEE: true, wEI: true, pEI: true, wIE: true, pIE: true, delayEI: true,
  delayIE: true, tauI: true, driveN: true, driveRate: true, driveW: true, seed: true,
});

/**
 * A recurrent E–I population: principal cells with recurrent excitation and feedback inhibition
 * through interneurons they excite (PING when driven tonically; Whittington et al. 2000;
 * Börgers & Kopell 2003). Populations "E" and "I"; background Poisson drive on E.
 */
export function recurrentEI(options: RecurrentOptions = {}): Network {
  checkOptions("recurrentEI", options, RECURRENTEI_OPTIONS);
  const {
    nE = 400, nI = 100, wEE = 0.5, pEE = 0.1, wEI = 1.5, pEI = 0.2, wIE = 3, pIE = 0.4, delayEI = 1, delayIE = 1, tauI = 5,
    driveN = 100, driveRate = 40, driveW = 1, seed = 1,
  } = options;
  const net = new Network({ dt: 0.1, seed });
  net.population("E", nE, lif({ C_m: 200, g_L: 10, E_L: -70, V_th: -50, V_reset: -60, t_ref: 2, tau_E: 5, tau_I: tauI }), {
    init: { v: { dist: "uniform", low: -70, high: -55 } },
  });
  net.population("I", nI, INTERNEURON(), { kind: "inhibitory", init: { v: { dist: "uniform", low: -70, high: -55 } } });
  if (wEE > 0) net.connect("E", "E", { rule: { rule: "probability", p: pEE }, weight: wEE, delay: 1 });
  net.connect("E", "I", { rule: { rule: "probability", p: pEI }, weight: wEI, delay: delayEI });
  if (wIE > 0) net.connect("I", "E", { rule: { rule: "probability", p: pIE }, weight: wIE, delay: delayIE });
  if (driveN > 0 && driveRate > 0) net.poissonInput("E", { n: driveN, rate: driveRate, weight: driveW });
  return net;
}

/** Options of {@link dsiCircuit}. */
export interface DsiOptions {
  nE?: number; nFB?: number; nFF?: number; nIn?: number;
  /** Input fibres' rate (Hz) as a function of time (ms): the test stimulus. */
  inputRate?: (t: number) => number;
  /** Times (ms) of synchronous volleys of a second set of nIn fibres, "onset", wired like "in" (none by default). */
  volleyTimes?: readonly number[];
  /** Jitter (sd) of each onset fibre's spike around its volley time (ms). */
  volleyJitter?: number;
  /** Input → E and input → FF interneuron weights (nS). */
  wInE?: number; wInFF?: number;
  /** E → FB interneuron weight (nS); FB → E (CB1+, slower, τ_I of E) and FF → E (CB1−) weights (nS). */
  wEFB?: number; wFBE?: number; wFFE?: number;
  /** Tonic Poisson drive of the feedback interneurons: rate (Hz) of 100 inputs of 1 nS (0 = none). */
  fbDrive?: number;
  seed?: number;
}

const DSICIRCUIT_OPTIONS = optionNames<DsiOptions>({
  nE: true, nFB: true, nFF: true, nIn: true, inputRate: true, volleyTimes: true, volleyJitter: true, wInE: true,
  wInFF: true, wEFB: true, wFBE: true, wFFE: true, fbDrive: true, seed: true,
});

/**
 * Feedback and feedforward inhibition of the same principal cells, for depolarisation-induced
 * suppression of inhibition: principal cells "E" excite CB1-expressing feedback interneurons "FB"
 * (CCK-like: regular-spiking, accommodating, {@link CCK_INTERNEURON}) that inhibit them back through
 * the projection "FB→E"; input fibres "in" (and "onset", if `volleyTimes` is given) drive E and
 * CB1-free feedforward interneurons "FF" (PV-like, fast-spiking) that inhibit E through "FF→E".
 * Attach `net.retrogradeSuppression("FB→E")` to make the feedback synapses endocannabinoid-sensitive.
 */
export function dsiCircuit(options: DsiOptions = {}): Network {
  checkOptions("dsiCircuit", options, DSICIRCUIT_OPTIONS);
  const {
    nE = 20, nFB = 10, nFF = 10, nIn = 50, inputRate = () => 0, volleyTimes, volleyJitter = 0.5, wInE = 1, wInFF = 0.6,
    wEFB = 2, wFBE = 2, wFFE = 3, fbDrive = 0, seed = 1,
  } = options;
  const net = new Network({ dt: 0.1, seed });
  net.poissonSource("in", nIn, { rate: inputRate });
  if (volleyTimes !== undefined) net.volleys("onset", nIn, { times: volleyTimes, jitter: volleyJitter });
  net.population("E", nE, lif({ C_m: 200, g_L: 10, E_L: -70, V_th: -50, V_reset: -60, t_ref: 2, tau_E: 5, tau_I: 10 }));
  net.population("FB", nFB, CCK_INTERNEURON(), { kind: "inhibitory" });
  net.population("FF", nFF, INTERNEURON(), { kind: "inhibitory" });
  for (const src of volleyTimes !== undefined ? ["in", "onset"] : ["in"]) {
    net.connect(src, "E", { rule: { rule: "probability", p: 0.5 }, weight: wInE, delay: 1 });
    net.connect(src, "FF", { rule: { rule: "probability", p: 0.5 }, weight: wInFF, delay: 1 });
  }
  net.connect("E", "FB", { rule: { rule: "probability", p: 0.5 }, weight: wEFB, delay: 1 });
  net.connect("FB", "E", { rule: { rule: "probability", p: 0.6 }, weight: wFBE, delay: 1 });
  net.connect("FF", "E", { rule: { rule: "probability", p: 0.6 }, weight: wFFE, delay: 1 });
  if (fbDrive > 0) net.poissonInput("FB", { n: 100, rate: fbDrive, weight: 1 });
  return net;
}

/**
 * The two spiking experiments of the ISN notebook on {@link isnNetwork}, one seed per call.
 *
 * Step run: baseline rates of E and I over `baseline`, a step of `stepI` pA into every I cell at the
 * end of the baseline window, rates again over `stepped`; the probe populations P0 and P1 (see
 * isn/network.ts) measure the ISN index over the baseline window,
 *
 *   w_EE F′_E ≈ (r_P1 − r_P0) / δr,   δr = probeCurrent / (K_EE w_EE τ_E / 1000)
 *
 * (K_EE = round(p n_E) inputs of w_EE pA decaying with τ_E = 5 ms carry K_EE w_EE τ_E δr / 1000 pA of
 * mean current at δr Hz, so δr is the E-rate rise that would add `probeCurrent` pA). The run also
 * says whether the probes see what E cells see: z = (mean r_P0 − mean r_E)/standard error over cells.
 *
 * Lesion run: the network with a fraction of its inhibitory output removed (`inhibitoryOutput`),
 * rates of E and I over [from, duration), and the run's health with a runaway cap `maxRate`.
 */
import type { Spikes } from "../monitors/spike-monitor.js";
import { firingRates, meanRate, timeWindow } from "../analysis/rates.js";
import { runStatus, type RunStatus } from "../checks/status.js";
import { spread } from "../checks/spread.js";
import { checkOptions, optionNames } from "../params/options.js";
import { ISN_DEFAULTS, isnNetwork, isnNeuron, type IsnNetworkOptions } from "./network.js";

/** The protocol of {@link isnStepRun} (times in ms, currents in pA). */
export interface IsnStepProtocol {
  /** Baseline window [from, to) (default [300, 2300]); the step starts at its end. */
  baseline?: readonly [number, number];
  /** Window after the step (default [2600, 4600]); the run lasts until its end. */
  stepped?: readonly [number, number];
  /** Extra current into every I cell from the end of the baseline on (default 30 pA). */
  stepI?: number;
  /** Cells per probe population P0, P1 (default 300). */
  probes?: number;
  /** Extra mean E current of the P1 probes (default 16 pA); sets δr (file comment). */
  probeCurrent?: number;
}

/** What {@link isnStepRun} returns (rates in Hz: population means over the windows). */
export interface IsnStepResult {
  /** E and I rates over the baseline (E0, I0) and after the step (E1, I1). */
  E0: number;
  I0: number;
  E1: number;
  I1: number;
  /** Probe rates over the baseline. */
  P0: number;
  P1: number;
  /** δr, the extra E input rate of the P1 probes (Hz). */
  probeRate: number;
  /** The ISN index (P1 − P0)/probeRate. */
  index: number;
  /** z of the P0–E difference of mean per-cell rates over the baseline ({@link rateDifferenceZ}). */
  zProbe: number;
  /** Health of E and of I over the baseline (`runStatus`, default caps). */
  status: RunStatus;
  statusI: RunStatus;
  /** The whole recordings, by population. */
  spikes: { E: Spikes; I: Spikes; P0: Spikes; P1: Spikes };
}

const STEP_NAMES = optionNames<IsnStepProtocol>({ baseline: true, stepped: true, stepI: true, probes: true, probeCurrent: true });
/** Options the protocols set themselves. */
const SET_BY_PROTOCOL = ["stepI", "stepStart", "stepStop", "probes", "probeRate"] as const;

/**
 * δr (Hz) such that K_EE w_EE τ_E δr / 1000 = `probeCurrent` pA for the network of `options`
 * (K_EE = round(p n_E), τ_E of {@link isnNeuron}).
 * @example probeRateFor(16)  // 16 / (40 · 40 · 5 / 1000) = 2 Hz with the defaults
 */
export function probeRateFor(probeCurrent: number, options: IsnNetworkOptions = {}): number {
  const o = { ...ISN_DEFAULTS, ...options };
  if (!(Number.isFinite(probeCurrent) && probeCurrent > 0)) throw new RangeError(`invalid probeCurrent: ${probeCurrent} pA (expected a positive current)`);
  if (!(o.wEE > 0)) throw new RangeError(`invalid wEE for probes: ${o.wEE} pA (probes measure the E→E loop: expected wEE > 0)`);
  const K = Math.round(o.p * o.nE);
  return probeCurrent / ((K * o.wEE * isnNeuron().params.tau_E) / 1000);
}

/**
 * z of the difference of two populations' mean per-cell rates: (m_a − m_b)/√(s_a²/n_a + s_b²/n_b),
 * m and s the mean and sample sd of the cells' rates over each recording (Hz). NaN when both
 * spreads are 0 and the means are equal.
 * @example rateDifferenceZ(timeWindow(p0, 300, 2300), timeWindow(e, 300, 2300))  // |z| < 3: same rates
 */
export function rateDifferenceZ(a: Spikes, b: Spikes): number {
  const stats = (s: Spikes) => {
    const r = firingRates(s), n = r.length;
    if (n < 2) throw new RangeError(`invalid rateDifferenceZ population ${s.population}: ${n} cell(s) (expected at least 2 for a spread)`);
    const s2 = spread(r);
    return { m: s2.mean, v: s2.sd ** 2 / n };
  };
  const x = stats(a), y = stats(b);
  return (x.m - y.m) / Math.sqrt(x.v + y.v);
}

/** Checks that a window is [from, to) with 0 ≤ from < to. */
function checkWindow(label: string, w: readonly [number, number]): void {
  if (!(Array.isArray(w) && w.length === 2 && w[0] >= 0 && w[1] > w[0])) throw new RangeError(`invalid ${label}: ${JSON.stringify(w)} (expected [from, to] in ms with 0 ≤ from < to)`);
}

/** Refuses network options that a protocol sets itself. */
function checkNotSet(fn: string, options: IsnNetworkOptions): void {
  const k = SET_BY_PROTOCOL.find((name) => options[name] !== undefined);
  if (k !== undefined) throw new RangeError(`invalid ${fn} options.${k}: set by the protocol (pass it in the protocol, or use isnNetwork directly)`);
}

/**
 * One seed of the step experiment (file comment) on the network of `options` (seed included).
 * @example isnStepRun({ wEE: 10, driveE: 13, seed: 2 }, { stepI: 30 }).I1  // r_I after the step
 */
export function isnStepRun(options: IsnNetworkOptions = {}, protocol: IsnStepProtocol = {}): IsnStepResult {
  checkOptions("isnStepRun protocol", protocol, STEP_NAMES);
  checkNotSet("isnStepRun", options);
  const { baseline = [300, 2300], stepped = [2600, 4600], stepI = 30, probes = 300, probeCurrent = 16 } = protocol;
  checkWindow("isnStepRun baseline", baseline);
  checkWindow("isnStepRun stepped", stepped);
  if (!(stepped[0] >= baseline[1])) throw new RangeError(`invalid isnStepRun stepped: starts at ${stepped[0]} ms (expected at or after the baseline's end, ${baseline[1]} ms, where the step starts)`);
  if (!(Number.isInteger(probes) && probes >= 2)) throw new RangeError(`invalid isnStepRun probes: ${probes} (expected a whole number of probe cells ≥ 2)`);
  const probeRate = probeRateFor(probeCurrent, options);
  const net = isnNetwork({ ...options, probes, probeRate, stepI, stepStart: baseline[1] });
  const mons = { E: net.monitorSpikes("E"), I: net.monitorSpikes("I"), P0: net.monitorSpikes("P0"), P1: net.monitorSpikes("P1") };
  net.run(stepped[1]);
  const spikes = { E: mons.E.spikes(), I: mons.I.spikes(), P0: mons.P0.spikes(), P1: mons.P1.spikes() };
  const base = (s: Spikes) => timeWindow(s, baseline[0], baseline[1]);
  const rate = (s: Spikes, w: readonly [number, number]) => meanRate(timeWindow(s, w[0], w[1]));
  const P0 = rate(spikes.P0, baseline), P1 = rate(spikes.P1, baseline);
  return {
    E0: rate(spikes.E, baseline), I0: rate(spikes.I, baseline), E1: rate(spikes.E, stepped), I1: rate(spikes.I, stepped), P0, P1,
    probeRate, index: (P1 - P0) / probeRate, zProbe: rateDifferenceZ(base(spikes.P0), base(spikes.E)),
    status: runStatus(base(spikes.E)), statusI: runStatus(base(spikes.I)), spikes,
  };
}

/** The protocol of {@link isnLesionRun} (ms, Hz). */
export interface IsnLesionProtocol {
  /** Run length (default 1500 ms). */
  duration?: number;
  /** Start of the analysis window [from, duration) (default 300 ms). */
  from?: number;
  /** E rates above this count as runaway (default 100 Hz). */
  maxRate?: number;
}

/** What {@link isnLesionRun} returns. */
export interface IsnLesionResult {
  /** Mean rates of E and I over [from, duration) (Hz). */
  rE: number;
  rI: number;
  /** Health of E over the window, with the runaway cap `maxRate`. */
  status: RunStatus;
}

const LESION_NAMES = optionNames<IsnLesionProtocol>({ duration: true, from: true, maxRate: true });

/**
 * One seed of the network of `options` (with its `inhibitoryOutput`): E and I rates and E's health.
 * @example isnLesionRun({ inhibitoryOutput: 0.2, seed: 1 }).status.ok  // false: runaway in the ISN
 */
export function isnLesionRun(options: IsnNetworkOptions = {}, protocol: IsnLesionProtocol = {}): IsnLesionResult {
  checkOptions("isnLesionRun protocol", protocol, LESION_NAMES);
  checkNotSet("isnLesionRun", options);
  const { duration = 1500, from = 300, maxRate = 100 } = protocol;
  checkWindow("isnLesionRun [from, duration]", [from, duration]);
  const net = isnNetwork(options), mE = net.monitorSpikes("E"), mI = net.monitorSpikes("I");
  net.run(duration);
  const e = timeWindow(mE.spikes(), from, duration);
  return { rE: meanRate(e), rI: meanRate(timeWindow(mI.spikes(), from, duration)), status: runStatus(e, { maxRate }) };
}

/**
 * The window of opportunity of feedforward inhibition, measured as Pouille & Scanziani (2001) did:
 * two independent input pathways A and B, each subthreshold on its own, stimulated Δt apart. The
 * principal cells fire when the two EPSPs sum; feedforward inhibition recruited by the first input
 * truncates its EPSP a disynaptic delay later, so the two inputs sum only if Δt is short.
 *
 * - {@link pairedTrials}: the stimulus schedule (every interval repeated, in interleaved order).
 * - {@link pairedInputCircuit}: pathways "A" and "B" (volleys of fibres) onto principal cells "E"
 *   and feedforward interneurons "I"; I → E inhibition (wIE = 0: no FFI, like a GABA_A blocker).
 *
 * Principal cells as in circuits.ts (C = 200 pF, g_L = 10 nS, E_L = −70, V_th = −50,
 * V_reset = −60 mV, t_ref = 2 ms) but with a fast AMPA decay τ_E = 2 ms by default (near-physiological
 * temperature); interneurons are INTERNEURON(). Weights nS, delays and times ms.
 */
import { Network } from "../network/network.js";
import { lif } from "../models/lif.js";
import { INTERNEURON } from "./circuits.js";
import { checkOptions, optionNames } from "../params/options.js";

/** The schedule of a paired-input experiment. */
export interface PairedSchedule {
  /** Interval Δt of each trial (ms); Infinity = pathway A alone. */
  interval: number[];
  /** Time of the A volley of each trial (ms): the trial's onset. */
  onset: number[];
  /** Volley times of pathway A and of pathway B (trials with Δt = Infinity have no B volley). */
  timesA: number[];
  timesB: number[];
}

/**
 * Trials at `intervals` (ms, ≥ 0; Infinity = A alone), each repeated `repeats` times, interleaved
 * (all intervals, then all again …), one every `period` ms from `start`.
 * @throws RangeError if an interval is negative or NaN, or a finite interval leaves less than 5 ms
 * before the next trial.
 */
export function pairedTrials(intervals: readonly number[], options: { repeats?: number; period?: number; start?: number } = {}): PairedSchedule {
  checkOptions("pairedTrials", options, ["repeats", "period", "start"]);
  const { repeats = 1, period = 100, start = 20 } = options;
  if (!Number.isInteger(repeats) || repeats < 1) throw new RangeError(`invalid repeats: ${repeats} (expected a whole number ≥ 1)`);
  if (!(period > 0)) throw new RangeError(`invalid period: ${period} ms (expected > 0 ms)`);
  if (!(start >= 0)) throw new RangeError(`invalid start: ${start} ms (expected ≥ 0 ms)`);
  intervals.forEach((d, k) => {
    if (!(d >= 0)) throw new RangeError(`invalid intervals[${k}]: ${d} ms (expected ≥ 0 ms, or Infinity for A alone)`);
    if (Number.isFinite(d) && d > period - 5) throw new RangeError(`invalid intervals[${k}]: ${d} ms (expected ≤ period − 5 = ${period - 5} ms)`);
  });
  const s: PairedSchedule = { interval: [], onset: [], timesA: [], timesB: [] };
  for (let r = 0; r < repeats; r++) {
    for (const d of intervals) {
      const t = start + period * s.onset.length;
      s.interval.push(d);
      s.onset.push(t);
      s.timesA.push(t);
      if (Number.isFinite(d)) s.timesB.push(t + d);
    }
  }
  return s;
}

/** Options of {@link pairedInputCircuit}. */
export interface PairedOptions {
  /** Volley times of pathways A and B (ms), e.g. from {@link pairedTrials}. */
  timesA: readonly number[];
  timesB: readonly number[];
  /** Fibres per pathway, principal cells, interneurons. */
  nIn?: number; nE?: number; nI?: number;
  /** Jitter (sd) of each fibre's spike around its volley time (ms). */
  jitter?: number;
  /** Pathway → E and pathway → I weights (nS) and probabilities (each pathway alike). */
  wInE?: number; pInE?: number; wInI?: number; pInI?: number;
  /** I → E weight (nS; 0 = no feedforward inhibition), probability and delay (ms). */
  wIE?: number; pIE?: number; delayIE?: number;
  /** Delay of the input fibres (ms). */
  delayIn?: number;
  /** Decay time constants of excitation and inhibition at the principal cells (ms). */
  tauE?: number; tauI?: number;
  seed?: number;
}

/** The option names of {@link pairedInputCircuit}: its own, and a {@link PairedSchedule}'s (spread in, unused). */
const PAIRED_OPTIONS = [
  ...optionNames<PairedOptions>({
    timesA: true, timesB: true, nIn: true, nE: true, nI: true, jitter: true, wInE: true, pInE: true, wInI: true,
    pInI: true, wIE: true, pIE: true, delayIE: true, delayIn: true, tauE: true, tauI: true, seed: true,
  }),
  ...optionNames<PairedSchedule>({ interval: true, onset: true, timesA: true, timesB: true }),
];

/**
 * Two input pathways "A" and "B" onto principal cells "E" and feedforward interneurons "I", which
 * inhibit E (projection "I→E"). With the defaults one pathway alone rarely fires a principal cell
 * and the two together usually do; the interneurons fire ~0.5 ms after the input arrives, so
 * inhibition reaches E about 2 ms after excitation (delayIE = 1.5 ms).
 */
export function pairedInputCircuit(options: PairedOptions): Network {
  checkOptions("pairedInputCircuit", options, PAIRED_OPTIONS);
  const {
    timesA, timesB, nIn = 50, nE = 100, nI = 30, jitter = 0.3, wInE = 3, pInE = 0.2, wInI = 1.5, pInI = 0.5,
    wIE = 2, pIE = 0.6, delayIE = 1.5, delayIn = 1, tauE = 2, tauI = 5, seed = 1,
  } = options;
  const net = new Network({ dt: 0.1, seed });
  net.volleys("A", nIn, { times: timesA, jitter });
  net.volleys("B", nIn, { times: timesB, jitter });
  net.population("E", nE, lif({ C_m: 200, g_L: 10, E_L: -70, V_th: -50, V_reset: -60, t_ref: 2, tau_E: tauE, tau_I: tauI }));
  net.population("I", nI, INTERNEURON(), { kind: "inhibitory" });
  for (const src of ["A", "B"]) {
    net.connect(src, "E", { rule: { rule: "probability", p: pInE }, weight: wInE, delay: delayIn });
    net.connect(src, "I", { rule: { rule: "probability", p: pInI }, weight: wInI, delay: delayIn });
  }
  if (wIE > 0) net.connect("I", "E", { rule: { rule: "probability", p: pIE }, weight: wIE, delay: delayIE });
  return net;
}

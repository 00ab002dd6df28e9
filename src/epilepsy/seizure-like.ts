/**
 * A stated seizure-like criterion for a spike recording: the population is "seizure-like" when, in
 * each of `segments` equal parts of the window [from, to) (sustained, not a transient), its mean
 * rate exceeds `rate` (Hz) AND its synchrony index χ (Golomb 2007; analysis/regime.ts, bins of `bin`
 * ms) exceeds `chi`.
 *
 * Default thresholds (a modelling convention, stated before any result): rate 20 Hz — several times
 * the few Hz of cortical pyramidal cells in the awake state, while neurons recruited into ictal
 * discharges fire at tens of Hz; χ 0.3 — three times the χ > 0.1 convention for "synchronous"
 * (Brunel 2000 regimes, analysis/regime.ts) and six times the finite-size floor 1/√N of 400
 * independent cells. Both are conventions: sweep them.
 */
import type { Spikes } from "../monitors/spike-monitor.js";
import { meanRate, timeWindow } from "../analysis/rates.js";
import { synchrony } from "../analysis/regime.js";
import { checkOptions } from "../params/options.js";

/** Options of {@link seizureLike}. */
export interface SeizureLikeOptions {
  /** Analysis window (ms; default the recording). */
  from?: number; to?: number;
  /** Rate threshold (Hz, default 20). */
  rate?: number;
  /** Synchrony threshold on χ (default 0.3). */
  chi?: number;
  /** Bin of χ (ms, default 2). */
  bin?: number;
  /** Parts of the window that must each pass (default 2). */
  segments?: number;
}

/** Result of {@link seizureLike}: mean rate (Hz) and χ over the whole window, per segment, and the verdict. */
export interface SeizureLike { rate: number; chi: number; segmentRates: number[]; segmentChis: number[]; seizure: boolean }

/**
 * Applies the criterion of the module comment.
 * @throws RangeError for an empty window, thresholds < 0 or segments < 1.
 */
export function seizureLike(spikes: Spikes, options: SeizureLikeOptions = {}): SeizureLike {
  const where = "seizureLike";
  checkOptions(where, options, ["from", "to", "rate", "chi", "bin", "segments"]);
  const { from = spikes.start, to = spikes.stop, rate = 20, chi = 0.3, bin = 2, segments = 2 } = options;
  if (!(to > from)) throw new RangeError(`invalid window for ${where}: [${from}, ${to}) ms (expected to > from)`);
  if (!(rate >= 0) || !(chi >= 0)) throw new RangeError(`invalid thresholds for ${where}: rate ${rate} Hz, chi ${chi} (expected ≥ 0)`);
  if (!Number.isInteger(segments) || segments < 1) throw new RangeError(`invalid segments for ${where}: ${segments} (expected an integer ≥ 1)`);
  const whole = timeWindow(spikes, from, to);
  const segmentRates: number[] = [], segmentChis: number[] = [];
  const len = (to - from) / segments;
  for (let k = 0; k < segments; k++) {
    const w = timeWindow(spikes, from + k * len, from + (k + 1) * len);
    segmentRates.push(meanRate(w));
    segmentChis.push(synchrony(w, { bin }));
  }
  const seizure = segmentRates.every((r) => r > rate) && segmentChis.every((c) => c > chi);
  return { rate: meanRate(whole), chi: synchrony(whole, { bin }), segmentRates, segmentChis, seizure };
}

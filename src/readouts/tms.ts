/**
 * Transcranial magnetic stimulation (TMS) as a network input, and the paired-pulse protocols that
 * read cortical inhibition from the motor output.
 *
 * - {@link tmsVolley}: a TMS pulse as a synchronous volley in a population of stimulated fibres.
 *   Fibre k (0 ≤ k < n) has the recruitment threshold θ_k = lo + (hi − lo)(k + ½)/n (intensity
 *   dimensionless; default [lo, hi] = [0, 1], so intensity 1 recruits every fibre). A pulse of
 *   intensity x fires every fibre with θ_k ≤ x — the same low-threshold axons at every pulse, as the
 *   same coil position would — each at t + N(0, σ²) (jitter σ, default 0). The graded response to
 *   intensity comes from how many of each cell's afferent fibres are recruited; fibre groups with
 *   different ranges [lo, hi] model axons of different thresholds (e.g. the low threshold of the
 *   inhibitory circuit of SICI, Kujirai et al. 1993; Ilić et al. 2002, J Physiol 545:153).
 * - {@link pairedPulseSchedule}: conditioning-stimulus (CS) → test-stimulus (TS) trials at chosen
 *   interstimulus intervals (ISI, ms) and CS intensities, plus "test" (TS alone) and CS-alone trials,
 *   each repeated, in a seeded random order, each trial `gap` ms after the previous trial's last pulse.
 * - {@link pairedPulseCounts}, {@link pairedPulseCurve}: the test response of each condition —
 *   spikes of the output population in [TS + delay, TS + delay + window) per trial, optionally minus
 *   the trial's own background (a motor-evoked-potential proxy) — as mean, sd
 *   and the ratio to the mean test-alone response (the quantity plotted against ISI by Kujirai et
 *   al. 1993, J Physiol 471:501, Fig. 2, and by Valls-Solé et al. 1992).
 *
 * Times in ms, intensities dimensionless.
 */
import { Rng } from "../random/rng.js";
import type { Spikes } from "../monitors/spike-monitor.js";
import { checkOptions } from "../params/options.js";
import { spread } from "../checks/spread.js";

/** One TMS pulse: its time (ms) and intensity (fraction of the fibres recruited, ≥ 0). */
export interface TmsPulse { time: number; intensity: number }

/**
 * The spikes of the stimulated fibres for a list of pulses (see the module comment): fibre k fires
 * at every pulse with intensity ≥ lo + (hi − lo)(k + ½)/fibres, at the pulse time plus Gaussian jitter (ms; times
 * below 0 are clipped to 0). Pass `indices`/`times` to `net.spikeTimes(name, fibres, …)`.
 * @throws RangeError for fibres not a whole number ≥ 1, a negative or non-finite time or intensity,
 *   or a negative jitter.
 * @example tmsVolley([{ time: 500, intensity: 0.2 }, { time: 503, intensity: 0.4 }], { fibres: 200 })
 */
export function tmsVolley(pulses: readonly TmsPulse[], options: { fibres: number; thresholds?: readonly [number, number]; jitter?: number; seed?: number }): { indices: Int32Array; times: Float64Array } {
  checkOptions("tmsVolley", options, ["fibres", "thresholds", "jitter", "seed"]);
  const { fibres, thresholds = [0, 1], jitter = 0, seed = 1 } = options;
  const [lo, hi] = thresholds;
  if (!(lo >= 0 && hi > lo && Number.isFinite(hi))) throw new RangeError(`invalid tmsVolley thresholds: [${lo}, ${hi}] (expected 0 ≤ lo < hi, finite)`);
  if (!(Number.isInteger(fibres) && fibres >= 1)) throw new RangeError(`invalid tmsVolley fibres: ${fibres} (expected a whole number ≥ 1)`);
  if (!(jitter >= 0 && Number.isFinite(jitter))) throw new RangeError(`invalid tmsVolley jitter: ${jitter} ms (expected a finite value ≥ 0 ms)`);
  const rng = new Rng(seed);
  const idx: number[] = [], ts: number[] = [];
  pulses.forEach((p, j) => {
    if (!(p.time >= 0 && Number.isFinite(p.time))) throw new RangeError(`invalid tmsVolley pulses[${j}].time: ${p.time} ms (expected a finite time ≥ 0 ms)`);
    if (!(p.intensity >= 0 && Number.isFinite(p.intensity))) throw new RangeError(`invalid tmsVolley pulses[${j}].intensity: ${p.intensity} (expected a finite value ≥ 0)`);
    for (let k = 0; k < fibres && lo + ((hi - lo) * (k + 0.5)) / fibres <= p.intensity; k++) {
      idx.push(k);
      ts.push(Math.max(0, p.time + (jitter > 0 ? jitter * rng.normal() : 0)));
    }
  });
  return { indices: Int32Array.from(idx), times: Float64Array.from(ts) };
}

/**
 * A paired-pulse condition: "test" (TS alone), `{ cs }` (CS alone, intensity cs) or `{ isi, cs }`
 * (a CS of intensity cs, then the TS isi ms later).
 */
export type PairedPulseCondition = "test" | { cs: number; isi?: number };

/** The label of a condition: "test", "CS 0.12 alone" or "CS 0.12, ISI 3 ms". */
export function conditionLabel(c: PairedPulseCondition): string {
  return c === "test" ? "test" : c.isi === undefined ? `CS ${c.cs} alone` : `CS ${c.cs}, ISI ${c.isi} ms`;
}

/** One trial of a paired-pulse schedule. */
export interface PairedPulseTrial {
  /** The condition's label ({@link conditionLabel}). */
  label: string;
  /** Interstimulus interval (ms; NaN for "test" and CS-alone trials). */
  isi: number;
  /** Conditioning intensity (NaN for "test"). */
  csIntensity: number;
  /** Conditioning pulse time (ms; NaN if none). */
  cs: number;
  /** Time the response is read from (ms): the test pulse, or the CS of a CS-alone trial. */
  ts: number;
}

/** A paired-pulse schedule: its trials in run order, the pulses to deliver, and the run's end (ms). */
export interface PairedPulseSchedule { trials: PairedPulseTrial[]; pulses: TmsPulse[]; end: number }

/**
 * Every condition `repeats` times, shuffled with `seed` (Fisher–Yates), the first trial at `start`
 * (ms) and each next one `gap` ms after the previous trial's last pulse; test pulses have intensity
 * `ts`.
 * @throws RangeError for a negative or non-finite ISI or intensity, repeats not a whole number ≥ 1,
 *   gap ≤ 0 or start < 0.
 * @example pairedPulseSchedule(["test", { cs: 0.12, isi: 3 }, { cs: 0.35, isi: 100 }], { ts: 0.35, repeats: 4 })
 */
export function pairedPulseSchedule(conditions: readonly PairedPulseCondition[], options: { ts: number; repeats?: number; gap?: number; start?: number; seed?: number }): PairedPulseSchedule {
  checkOptions("pairedPulseSchedule", options, ["ts", "repeats", "gap", "start", "seed"]);
  const { ts, repeats = 1, gap = 400, start = 500, seed = 1 } = options;
  if (!(Number.isInteger(repeats) && repeats >= 1)) throw new RangeError(`invalid pairedPulseSchedule repeats: ${repeats} (expected a whole number ≥ 1)`);
  if (!(gap > 0 && Number.isFinite(gap))) throw new RangeError(`invalid pairedPulseSchedule gap: ${gap} ms (expected > 0 ms)`);
  if (!(start >= 0 && Number.isFinite(start))) throw new RangeError(`invalid pairedPulseSchedule start: ${start} ms (expected ≥ 0 ms)`);
  if (!(ts >= 0 && Number.isFinite(ts))) throw new RangeError(`invalid pairedPulseSchedule ts: ${ts} (expected an intensity ≥ 0)`);
  conditions.forEach((c, k) => {
    const bad = c === "test" ? false : typeof c !== "object" || c === null || !(c.cs >= 0 && Number.isFinite(c.cs)) || (c.isi !== undefined && !(c.isi >= 0 && Number.isFinite(c.isi)));
    if (bad) throw new RangeError(`invalid pairedPulseSchedule conditions[${k}]: ${JSON.stringify(c)} (expected "test", { cs } or { cs, isi } with cs ≥ 0 and isi ≥ 0 ms)`);
  });
  const order: PairedPulseCondition[] = [];
  for (let r = 0; r < repeats; r++) order.push(...conditions);
  const rng = new Rng(seed);
  for (let i = order.length - 1; i > 0; i--) { const j = rng.integer(i + 1); [order[i], order[j]] = [order[j], order[i]]; }
  const trials: PairedPulseTrial[] = [], pulses: TmsPulse[] = [];
  let t = start;
  for (const c of order) {
    const label = conditionLabel(c);
    if (c === "test") { trials.push({ label, isi: NaN, csIntensity: NaN, cs: NaN, ts: t }); pulses.push({ time: t, intensity: ts }); }
    else if (c.isi === undefined) { trials.push({ label, isi: NaN, csIntensity: c.cs, cs: t, ts: t }); pulses.push({ time: t, intensity: c.cs }); }
    else {
      trials.push({ label, isi: c.isi, csIntensity: c.cs, cs: t, ts: t + c.isi });
      pulses.push({ time: t, intensity: c.cs }, { time: t + c.isi, intensity: ts });
      t += c.isi;
    }
    t += gap;
  }
  return { trials, pulses, end: t };
}

/** The test response of one paired-pulse condition. */
export interface PairedPulsePoint {
  label: string;
  /** ISI (ms; NaN for test and CS-alone) and conditioning intensity (NaN for test). */
  isi: number;
  cs: number;
  /** Trials of this condition. */
  n: number;
  /** Mean and sample sd of the spike count per trial in the response window. */
  mean: number;
  sd: number;
  /** mean / mean of the "test" trials (NaN without test trials or if their mean is 0). */
  ratio: number;
}

/** First index k with t[k] ≥ x in a sorted column. */
function lowerBound(t: ArrayLike<number>, x: number): number {
  let lo = 0, hi = t.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (t[mid] < x) lo = mid + 1; else hi = mid; }
  return lo;
}

/**
 * Spike count of `spikes` in [ts + delay, ts + delay + window) for every trial (`delay` default
 * 1 ms, `window` default 8 ms). With `baseline` = B ms (default 0: none), each trial's own
 * background is subtracted: its count in the B ms before its first pulse, × window/B. Spikes must
 * be in time order, as monitors record them.
 */
export function pairedPulseCounts(spikes: Spikes, trials: readonly PairedPulseTrial[], options: { window?: number; delay?: number; baseline?: number } = {}): Float64Array {
  checkOptions("pairedPulseCounts", options, ["window", "delay", "baseline"]);
  const { window = 8, delay = 1, baseline = 0 } = options;
  if (!(window > 0 && Number.isFinite(window))) throw new RangeError(`invalid pairedPulseCounts window: ${window} ms (expected > 0 ms)`);
  if (!(delay >= 0 && Number.isFinite(delay))) throw new RangeError(`invalid pairedPulseCounts delay: ${delay} ms (expected ≥ 0 ms)`);
  if (!(baseline >= 0 && Number.isFinite(baseline))) throw new RangeError(`invalid pairedPulseCounts baseline: ${baseline} ms (expected ≥ 0 ms)`);
  const count = (a: number, b: number) => lowerBound(spikes.t, b) - lowerBound(spikes.t, a);
  return Float64Array.from(trials, (tr) => {
    const first = Number.isFinite(tr.cs) ? tr.cs : tr.ts;
    const bg = baseline > 0 ? (count(first - baseline, first) * window) / baseline : 0;
    return count(tr.ts + delay, tr.ts + delay + window) - bg;
  });
}

/**
 * Per condition (in the order first met among the trials), the mean ± sd of the per-trial counts
 * and the ratio to the mean of the "test" trials (see {@link pairedPulseCounts}).
 * @throws RangeError if counts and trials differ in length.
 */
export function pairedPulseCurve(trials: readonly PairedPulseTrial[], counts: ArrayLike<number>): PairedPulsePoint[] {
  if (counts.length !== trials.length) throw new RangeError(`invalid pairedPulseCurve counts: ${counts.length} values for ${trials.length} trials (expected one per trial)`);
  const groups = new Map<string, { isi: number; cs: number; v: number[] }>();
  trials.forEach((t, k) => {
    const g = groups.get(t.label) ?? { isi: t.isi, cs: t.csIntensity, v: [] };
    g.v.push(counts[k]);
    groups.set(t.label, g);
  });
  const stats = (v: number[]) => {
    const s = spread(v);
    return { n: v.length, mean: s.mean, sd: v.length > 1 ? s.sd : NaN };
  };
  const test = groups.has("test") ? stats(groups.get("test")!.v).mean : NaN;
  return [...groups].map(([label, g]) => { const s = stats(g.v); return { label, isi: g.isi, cs: g.cs, ...s, ratio: test > 0 ? s.mean / test : NaN }; });
}

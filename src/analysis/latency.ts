/**
 * Per-trial bookkeeping of evoked responses: which neurons answered a stimulus, how many spikes
 * they fired, how long after the onset their first spike came, and averages over trials of the
 * same condition. Used for the window of opportunity of feedforward inhibition (Pouille &
 * Scanziani 2001), the timing of responses before, during and after DSI, and burst lengths.
 *
 * - {@link firstSpikeLatencies}: per neuron, the time from an onset to its first spike in a window
 *   (NaN if it stayed silent).
 * - {@link trialResponses}: per trial, the fraction of neurons that fired, spikes per neuron, and
 *   the mean and sd of first-spike latencies over the neurons that fired.
 * - {@link conditionMeans}: the mean of a per-trial value over the trials of each condition.
 * - {@link activityEnd}: the last time a population rate exceeds a level (end of a burst).
 * - {@link oscillationPeriod}: the period of a rhythmic population rate, to a fraction of a bin
 *   (cycle-by-cycle bookkeeping: spikes per cycle need the period more finely than a spectrum gives it).
 *
 * Times in ms. Spikes are taken in [onset, onset + window).
 */
import type { Spikes } from "../monitors/spike-monitor.js";
import { checkOptions } from "../params/options.js";

/** One trial's response of a population. */
export interface TrialResponse {
  /** Stimulus onset (ms). */
  onset: number;
  /** Length of the response window (ms). */
  window: number;
  /** Fraction of neurons with at least one spike in the window. */
  probability: number;
  /** Spikes in the window per neuron (all neurons). */
  spikesPerNeuron: number;
  /** Mean first-spike latency (ms) over the neurons that fired (NaN if none did). */
  latency: number;
  /** Sample sd of those latencies (ms; NaN with fewer than two responders). */
  latencySd: number;
}

function checkWindow(trial: string, onset: number, window: number): void {
  if (!Number.isFinite(onset)) throw new RangeError(`invalid onset${trial}: ${onset} ms (expected a finite time)`);
  if (!(window > 0 && Number.isFinite(window))) throw new RangeError(`invalid window${trial}: ${window} ms (expected a finite duration > 0 ms)`);
}

/** First index k with t[k] ≥ x in a sorted column (spike monitors record in time order). */
function lowerBound(t: Float64Array, x: number): number {
  let lo = 0, hi = t.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (t[mid] < x) lo = mid + 1; else hi = mid; }
  return lo;
}

/**
 * Per neuron of `spikes`, the latency t_first − onset of its first spike in [onset, onset + window)
 * (ms), or NaN if it did not fire there. Spikes must be in time order (as monitors record them).
 */
export function firstSpikeLatencies(spikes: Spikes, onset: number, window: number): Float64Array {
  checkWindow("", onset, window);
  const lat = new Float64Array(spikes.n).fill(NaN);
  const end = onset + window;
  for (let k = lowerBound(spikes.t, onset); k < spikes.t.length && spikes.t[k] < end; k++) {
    const i = spikes.i[k];
    if (Number.isNaN(lat[i])) lat[i] = spikes.t[k] - onset;
  }
  return lat;
}

/**
 * The response of the neurons in `spikes` to each onset: spikes in [onset, onset + window) (`window`
 * one length for all trials, or one per trial). Trials may overlap; each is counted on its own.
 */
export function trialResponses(spikes: Spikes, onsets: ArrayLike<number>, options: { window: number | ArrayLike<number> }): TrialResponse[] {
  checkOptions("trialResponses", options, ["window"]);
  const { window } = options;
  if (typeof window !== "number" && window.length !== onsets.length) {
    throw new RangeError(`invalid window: ${window.length} lengths for ${onsets.length} onsets (expected one per onset, or one number)`);
  }
  if (!(spikes.n > 0)) throw new RangeError(`invalid spikes: population ${spikes.population} has ${spikes.n} neurons (expected ≥ 1)`);
  const out: TrialResponse[] = [];
  for (let r = 0; r < onsets.length; r++) {
    const onset = onsets[r], w = typeof window === "number" ? window : window[r];
    checkWindow(` of trial ${r}`, onset, w);
    const lat = firstSpikeLatencies(spikes, onset, w);
    let count = 0;
    for (let k = lowerBound(spikes.t, onset); k < spikes.t.length && spikes.t[k] < onset + w; k++) count++;
    let n = 0, sum = 0;
    for (const l of lat) if (!Number.isNaN(l)) { n++; sum += l; }
    const mean = n > 0 ? sum / n : NaN;
    let ss = 0;
    for (const l of lat) if (!Number.isNaN(l)) ss += (l - mean) ** 2;
    out.push({ onset, window: w, probability: n / spikes.n, spikesPerNeuron: count / spikes.n, latency: mean, latencySd: n > 1 ? Math.sqrt(ss / (n - 1)) : NaN });
  }
  return out;
}

/**
 * Mean of `values[k]` over the trials k with the same `conditions[k]`, one row per condition in
 * ascending order (NaN values are left out and counted in `nan`). E.g. the firing probability at
 * each interval Δt of a paired-input protocol.
 */
export function conditionMeans(conditions: ArrayLike<number>, values: ArrayLike<number>): { condition: number; mean: number; n: number; nan: number }[] {
  if (conditions.length !== values.length) {
    throw new RangeError(`invalid values: ${values.length} values for ${conditions.length} conditions (expected equal lengths)`);
  }
  const acc = new Map<number, { sum: number; n: number; nan: number }>();
  for (let k = 0; k < conditions.length; k++) {
    const c = conditions[k];
    if (Number.isNaN(c)) throw new RangeError(`invalid conditions[${k}]: NaN (expected a number; Infinity is allowed)`);
    const a = acc.get(c) ?? { sum: 0, n: 0, nan: 0 };
    if (Number.isNaN(values[k])) a.nan++;
    else { a.sum += values[k]; a.n++; }
    acc.set(c, a);
  }
  return [...acc.entries()].sort((x, y) => x[0] - y[0]).map(([condition, a]) => ({ condition, mean: a.n > 0 ? a.sum / a.n : NaN, n: a.n, nan: a.nan }));
}

/**
 * End of a burst: the end of the last bin (t[k] + bin) at or after `from` whose rate exceeds
 * `threshold` (Hz), or `from` if none does. `rate` is a population rate (`populationRate`): bin
 * starts `t` (ms), rates (Hz), and the bin width (ms; default t[1] − t[0]).
 * `ended` is false when activity is still above threshold in the last bin (the burst outlasted
 * the recording: its length is only a lower bound).
 */
export function activityEnd(rate: { t: ArrayLike<number>; rate: ArrayLike<number>; bin?: number }, options: { threshold: number; from?: number }): { end: number; ended: boolean } {
  checkOptions("activityEnd", options, ["threshold", "from"]);
  const { threshold, from = -Infinity } = options;
  if (!(threshold >= 0)) throw new RangeError(`invalid threshold: ${threshold} Hz (expected ≥ 0 Hz)`);
  const { t, rate: r } = rate;
  if (t.length !== r.length || t.length < 2) throw new RangeError(`invalid rate: ${t.length} times and ${r.length} rates (expected equal lengths ≥ 2)`);
  const bin = rate.bin ?? t[1] - t[0];
  let end = Number.isFinite(from) ? from : t[0];
  let last = -1;
  for (let k = 0; k < r.length; k++) if (t[k] >= from && r[k] > threshold) { end = t[k] + bin; last = k; }
  return { end, ended: last < r.length - 1 };
}

/**
 * Period (ms) of a rhythmic signal `x` sampled every `dt` ms, refined from a rough `guess` (e.g. the
 * inverse of a spectral peak, whose resolution is 1000/(segment · dt) Hz): for c = 1 … `cycles`, the
 * autocorrelation r(k) = Σ_i (x_i − x̄)(x_{i+k} − x̄)/(n − k) is maximised within ±guess/4 of c·T
 * (T: the guess for c = 1, then the estimate from the cycles so far), with parabolic interpolation
 * between samples, and the period is the least-squares slope of those lags against c (through the
 * origin). NaN if the signal is constant.
 * @throws RangeError if guess or dt is not positive, or the signal is shorter than cycles + 1 periods.
 */
export function oscillationPeriod(x: ArrayLike<number>, dt: number, options: { guess: number; cycles?: number }): number {
  checkOptions("oscillationPeriod", options, ["guess", "cycles"]);
  const { guess, cycles = 5 } = options;
  if (!(dt > 0)) throw new RangeError(`invalid dt: ${dt} ms (expected > 0 ms)`);
  if (!(guess > 2 * dt && Number.isFinite(guess))) throw new RangeError(`invalid guess: ${guess} ms (expected a finite period > 2 dt = ${2 * dt} ms)`);
  if (!Number.isInteger(cycles) || cycles < 1) throw new RangeError(`invalid cycles: ${cycles} (expected a whole number ≥ 1)`);
  const n = x.length;
  if ((cycles + 1) * guess > n * dt) throw new RangeError(`invalid signal: ${n * dt} ms long (expected ≥ (cycles + 1) × guess = ${(cycles + 1) * guess} ms)`);
  let mean = 0;
  for (let i = 0; i < n; i++) mean += x[i];
  mean /= n;
  const y = Float64Array.from({ length: n }, (_, i) => x[i] - mean);
  const r = (k: number) => { let s = 0; for (let i = 0; i + k < n; i++) s += y[i] * y[i + k]; return s / (n - k); };
  let num = 0, den = 0;
  for (let c = 1; c <= cycles; c++) {
    const T = c === 1 ? guess : num / den; // the estimate so far centres the next search
    const lo = Math.max(1, Math.round((c * T - 0.25 * guess) / dt)), hi = Math.min(n - 2, Math.round((c * T + 0.25 * guess) / dt));
    let best = lo, rBest = -Infinity;
    for (let k = lo; k <= hi; k++) { const v = r(k); if (v > rBest) { rBest = v; best = k; } }
    const a = r(best - 1), b = rBest, d = r(best + 1);
    const curv = a - 2 * b + d;
    const delta = curv < 0 ? Math.max(-0.5, Math.min(0.5, (0.5 * (a - d)) / curv)) : 0;
    num += c * (best + delta) * dt;
    den += c * c;
  }
  return r(0) > 0 ? num / den : NaN;
}

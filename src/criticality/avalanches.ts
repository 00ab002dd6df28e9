/**
 * Neuronal avalanches (Beggs & Plenz 2003): bin the population's events in Δt, call every run of
 * non-empty bins between empty ones an avalanche; its size is the number of events, its duration the
 * number of bins. Δt defaults to the mean inter-event interval of the population. The naive
 * branching ratio is the mean ratio of events in consecutive bins within avalanches (descendants /
 * ancestors; Beggs & Plenz 2003) — biased under subsampling, unlike the MR estimator (mr.ts).
 */
import { checkOptions } from "../params/options.js";

/** Avalanches found in a binned activity series. */
export interface Avalanches {
  sizes: Float64Array;
  durations: Float64Array;
  /** Start bin of each avalanche. */
  starts: Int32Array;
  /** The bin width used (in the unit of the input times, or 1 for counts). */
  bin: number;
}

/** Avalanches in a series of counts per bin (runs of non-zero bins between zeros). */
export function avalanchesFromCounts(counts: ArrayLike<number>, bin = 1): Avalanches {
  const sizes: number[] = [], durations: number[] = [], starts: number[] = [];
  let s = 0, d = 0, start = -1;
  // an avalanche touching the first or the last bin is incomplete: skipped
  let sawZero = false;
  for (let t = 0; t < counts.length; t++) {
    const c = counts[t];
    if (c > 0) {
      if (d === 0) start = t;
      s += c; d++;
    } else {
      if (d > 0 && sawZero) { sizes.push(s); durations.push(d); starts.push(start); }
      s = 0; d = 0;
      sawZero = true;
    }
  }
  return { sizes: Float64Array.from(sizes), durations: Float64Array.from(durations), starts: Int32Array.from(starts), bin };
}

/** Bins event times (sorted or not) into counts of width `bin` over [start, stop). */
export function binEvents(times: ArrayLike<number>, bin: number, start: number, stop: number): Int32Array {
  if (!(bin > 0)) throw new RangeError(`invalid bin: ${bin} (expected > 0)`);
  const n = Math.max(0, Math.floor((stop - start) / bin));
  const counts = new Int32Array(n);
  for (let k = 0; k < times.length; k++) {
    const b = Math.floor((times[k] - start) / bin);
    if (b >= 0 && b < n) counts[b]++;
  }
  return counts;
}

/** Mean inter-event interval of the population (all events pooled). */
export function meanInterEventInterval(times: ArrayLike<number>): number {
  if (times.length < 2) throw new RangeError(`invalid times: ${times.length} events (expected at least 2)`);
  let lo = Infinity, hi = -Infinity;
  for (let k = 0; k < times.length; k++) { lo = Math.min(lo, times[k]); hi = Math.max(hi, times[k]); }
  return (hi - lo) / (times.length - 1);
}

/** Avalanches from event times; the bin defaults to the mean inter-event interval. */
export function avalanchesFromSpikes(times: ArrayLike<number>, options: { bin?: number; start?: number; stop?: number } = {}): Avalanches {
  checkOptions("avalanchesFromSpikes", options, ["bin", "start", "stop"]);
  const { bin, start, stop } = options;
  const b = bin ?? meanInterEventInterval(times);
  let lo = Infinity, hi = -Infinity;
  for (let k = 0; k < times.length; k++) { lo = Math.min(lo, times[k]); hi = Math.max(hi, times[k]); }
  return avalanchesFromCounts(binEvents(times, b, start ?? lo, stop ?? hi + b), b);
}

/** Naive branching ratio: mean of n_{t+1}/n_t over bins with n_t > 0 inside avalanches. */
export function naiveBranchingRatio(counts: ArrayLike<number>): number {
  let sum = 0, k = 0;
  for (let t = 0; t + 1 < counts.length; t++) {
    if (counts[t] > 0) { sum += counts[t + 1] / counts[t]; k++; }
  }
  return k ? sum / k : NaN;
}

/** Average avalanche shape: mean count in each bin, for avalanches of each given duration. */
export function avalancheShapes(counts: ArrayLike<number>, av: Avalanches, durations: readonly number[]): { duration: number; n: number; shape: Float64Array }[] {
  return durations.map((D) => {
    const shape = new Float64Array(D);
    let n = 0;
    for (let k = 0; k < av.durations.length; k++) {
      if (av.durations[k] !== D) continue;
      n++;
      for (let j = 0; j < D; j++) shape[j] += counts[av.starts[k] + j];
    }
    for (let j = 0; j < D; j++) shape[j] = n ? shape[j] / n : NaN;
    return { duration: D, n, shape };
  });
}

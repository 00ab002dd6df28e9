/**
 * Firing rates from spike columns: per-neuron rates, the population mean, and the population rate
 * over time (binned, optionally smoothed with a Gaussian kernel). Rates in Hz, times in ms.
 */
import { recordedNeurons } from "../monitors/spike-monitor.js";
import type { Spikes } from "../monitors/spike-monitor.js";
import type { PopulationCounts } from "../monitors/rate-monitor.js";
import { toSteps } from "../network/steps.js";
import { checkOptions } from "../params/options.js";

/** Restricts spikes to [start, stop) (ms). */
export function timeWindow(spikes: Spikes, start = spikes.start, stop = spikes.stop): Spikes {
  if (!(stop > start)) throw new RangeError(`invalid stop: ${stop} ms (expected after start = ${start} ms)`);
  let a = 0;
  while (a < spikes.t.length && spikes.t[a] < start) a++;
  let b = a;
  while (b < spikes.t.length && spikes.t[b] < stop) b++;
  return { ...spikes, i: spikes.i.slice(a, b), t: spikes.t.slice(a, b), start, stop };
}

/** Each neuron's rate (Hz) over the recording interval. */
export function firingRates(spikes: Spikes): Float64Array {
  const r = new Float64Array(spikes.n);
  const T = (spikes.stop - spikes.start) / 1000;
  if (!(T > 0)) throw new RangeError(`invalid recording interval: [${spikes.start}, ${spikes.stop}) ms (run the network first)`);
  for (let k = 0; k < spikes.i.length; k++) r[spikes.i[k]]++;
  for (let i = 0; i < r.length; i++) r[i] /= T;
  return r;
}

/** Mean rate (Hz) of the population over the recording interval. */
export function meanRate(spikes: Spikes): number {
  const T = (spikes.stop - spikes.start) / 1000;
  if (!(T > 0)) throw new RangeError(`invalid recording interval: [${spikes.start}, ${spikes.stop}) ms (run the network first)`);
  return spikes.i.length / recordedNeurons(spikes) / T;
}

/** A population rate time series. */
export interface RateSeries {
  /** Bin start times (ms). */
  t: Float64Array;
  /** Rate per neuron (Hz). */
  rate: Float64Array;
  /** Bin width (ms). */
  bin: number;
}

/**
 * Population rate in bins of `bin` ms (default 1) from per-step counts, optionally smoothed by a
 * Gaussian of standard deviation `smooth` ms (0 = none). A bin is a whole number of steps (at
 * least one; network/steps.ts: nearest, halves up): a bin that is not a multiple of dt warns once,
 * and the width used is returned as `bin`.
 */
export function populationRate(counts: PopulationCounts, options: { bin?: number; smooth?: number } = {}): RateSeries {
  checkOptions("populationRate", options, ["bin", "smooth"]);
  const { bin = 1, smooth = 0 } = options;
  const per = toSteps(bin, counts.dt, "populationRate bin", { min: 1 });
  const width = per * counts.dt;
  const nb = Math.floor(counts.counts.length / per);
  const rate = new Float64Array(nb);
  const t = new Float64Array(nb);
  for (let b = 0; b < nb; b++) {
    let c = 0;
    for (let k = b * per; k < (b + 1) * per; k++) c += counts.counts[k];
    rate[b] = (c / counts.n / width) * 1000;
    t[b] = counts.start + b * width;
  }
  return { t, rate: smooth > 0 ? gaussianSmooth(rate, smooth / width) : rate, bin: width };
}

/** Population rate from spike columns, binned (ms) — for spikes recorded without a rate monitor. */
export function populationRateFromSpikes(spikes: Spikes, options: { bin?: number; smooth?: number } = {}): RateSeries {
  checkOptions("populationRateFromSpikes", options, ["bin", "smooth"]);
  const { bin = 1, smooth = 0 } = options;
  const nb = Math.floor((spikes.stop - spikes.start) / bin);
  const rate = new Float64Array(nb);
  for (let k = 0; k < spikes.t.length; k++) {
    const b = Math.floor((spikes.t[k] - spikes.start) / bin);
    if (b >= 0 && b < nb) rate[b]++;
  }
  const t = new Float64Array(nb);
  for (let b = 0; b < nb; b++) { rate[b] = (rate[b] / recordedNeurons(spikes) / bin) * 1000; t[b] = spikes.start + b * bin; }
  return { t, rate: smooth > 0 ? gaussianSmooth(rate, smooth / bin) : rate, bin };
}

/** Convolution with a normalised Gaussian of sd `sigma` samples (edges renormalised). */
export function gaussianSmooth(x: Float64Array, sigma: number): Float64Array {
  const h = Math.ceil(4 * sigma);
  const kern = new Float64Array(2 * h + 1);
  for (let k = -h; k <= h; k++) kern[k + h] = Math.exp(-0.5 * (k / sigma) ** 2);
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) {
    let s = 0, wsum = 0;
    for (let k = -h; k <= h; k++) {
      const j = i + k;
      if (j < 0 || j >= x.length) continue;
      s += kern[k + h] * x[j];
      wsum += kern[k + h];
    }
    out[i] = s / wsum;
  }
  return out;
}

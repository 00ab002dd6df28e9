/**
 * Classifying the state of a network (Brunel 2000): synchronous or asynchronous by the synchrony
 * index χ, regular or irregular by the mean CV of ISIs.
 *
 *   χ² = Var_t(A) / mean_i Var_t(s_i)
 *
 * with s_i the spike count of neuron i and A the population mean count, in bins of `bin` ms
 * (Golomb 2007). Independent neurons give χ ≈ 1/√N; full synchrony gives χ = 1. The single-neuron
 * variances are taken as their Poisson value (the mean count), which is exact for irregular firing.
 * Thresholds (defaults): synchronous when χ > 0.1; regular when CV < 0.3 (in Brunel's SR state neurons fire
 * almost periodically, CV ≈ 0; irregular states have CV ≳ 0.4). SI states are called "fast"
 * when the population rate oscillates above 100 Hz (Brunel's regime B, ≈ 170 Hz) and "slow" otherwise (D).
 *
 * The χ threshold is a convention, and an asynchronous state of a finite network can exceed it: its
 * global activity fluctuates by O(1/√N), amplified near an oscillatory instability. In Brunel's
 * network at N_E = 10000, regime C (AI in the paper) gives χ ≈ 0.10–0.11, on the threshold. Where
 * that matters, decide synchrony by how χ scales with N ({@link synchronyScaling}) and pass the
 * verdict as `synchronous`.
 */
import { recordedNeurons } from "../monitors/spike-monitor.js";
import type { Spikes } from "../monitors/spike-monitor.js";
import { isiCV, nanMean } from "./isi.js";
import { populationRateFromSpikes } from "./rates.js";
import { powerSpectrum, spectralPeak } from "./spectrum.js";
import { checkOptions, optionNames } from "../params/options.js";

/** A network state and the measures behind it. */
export interface Regime {
  /** "SR", "AI", "SI fast", "SI slow" or "AR" (asynchronous regular), or "silent". */
  label: string;
  description: string;
  rate: number;
  cv: number;
  chi: number;
  /** Frequency (Hz) of the population-rate spectral peak and its height over the median. */
  peakFrequency: number;
  peakRatio: number;
}

const DESCRIPTIONS: Record<string, string> = {
  SR: "synchronous regular",
  AI: "asynchronous irregular",
  "SI fast": "synchronous irregular, fast oscillation",
  "SI slow": "synchronous irregular, slow oscillation",
  AR: "asynchronous regular",
  silent: "silent",
};

/** Synchrony index χ of spikes in bins of `bin` ms (default 1). */
export function synchrony(spikes: Spikes, options: { bin?: number } = {}): number {
  checkOptions("synchrony", options, ["bin"]);
  const { bin = 1 } = options;
  const series = populationRateFromSpikes(spikes, { bin });
  const counts = series.rate.map((r) => (r * bin) / 1000); // mean count per neuron per bin
  let m = 0;
  for (const c of counts) m += c;
  m /= counts.length;
  let v = 0;
  for (const c of counts) v += (c - m) ** 2;
  v /= counts.length - 1;
  return m > 0 ? Math.sqrt(v / m) : 0;
}

/** Options of {@link classifyRegime}. */
export interface RegimeOptions {
  /** Bin (ms) of the synchrony index (default 1). */
  bin?: number;
  /** Synchronous when χ > chiThreshold (default 0.1), unless `synchronous` is given. */
  chiThreshold?: number;
  /** Regular when the mean CV < cvThreshold (default 0.3). */
  cvThreshold?: number;
  /** SI "fast" when the spectral peak is above this (Hz, default 100). */
  fastFrequency?: number;
  /** Synchrony decided elsewhere (e.g. `!synchronyScaling(runs).asynchronous`), replacing the χ threshold. */
  synchronous?: boolean;
}

const REGIME_OPTIONS = optionNames<RegimeOptions>({
  bin: true, chiThreshold: true, cvThreshold: true, fastFrequency: true, synchronous: true,
});

/** Classifies a network state from its spikes (see module doc for the measures and thresholds). */
export function classifyRegime(spikes: Spikes, options: RegimeOptions = {}): Regime {
  checkOptions("classifyRegime", options, REGIME_OPTIONS);
  const { bin = 1, chiThreshold = 0.1, cvThreshold = 0.3, fastFrequency = 100, synchronous } = options;
  const T = (spikes.stop - spikes.start) / 1000;
  const rate = spikes.i.length / recordedNeurons(spikes) / T;
  const cv = nanMean(isiCV(spikes));
  if (!(rate > 0.1)) {
    return { label: "silent", description: DESCRIPTIONS.silent, rate, cv, chi: 0, peakFrequency: NaN, peakRatio: NaN };
  }
  const chi = synchrony(spikes, { bin });
  const fine = populationRateFromSpikes(spikes, { bin: 0.5 });
  const peak = spectralPeak(powerSpectrum(fine.rate, 0.5));
  const sync = synchronous ?? chi > chiThreshold;
  const regular = cv < cvThreshold;
  const label = sync ? (regular ? "SR" : peak.frequency > fastFrequency ? "SI fast" : "SI slow") : regular ? "AR" : "AI";
  return { label, description: DESCRIPTIONS[label], rate, cv, chi, peakFrequency: peak.frequency, peakRatio: peak.ratio };
}

/**
 * The frequency of a population rhythm from a rate signal (e.g. tr.populationRate(...).rate): the
 * Welch spectrum's peak above `minFrequency` (analysis/spectrum.ts; resolution 1000/(segment·dt) Hz),
 * refined by the autocorrelation over `cycles` periods (analysis/latency.ts `oscillationPeriod`,
 * sub-sample accurate). Also returns the peak's power relative to the median power (a rhythm stands
 * well above 1; broadband noise near 1).
 */
import { powerSpectrum, spectralPeak } from "../analysis/spectrum.js";
import { oscillationPeriod } from "../analysis/latency.js";
import { checkOptions } from "../params/options.js";

/** What {@link rhythmFrequency} measures. */
export interface Rhythm {
  /** Refined frequency (Hz): 1000/period; the spectral peak when the signal is too short to refine. */
  frequency: number;
  /** Period (ms). */
  period: number;
  /** The spectral peak (Hz) before refinement. */
  peak: number;
  /** Peak power / median power above minFrequency. */
  ratio: number;
}

/**
 * The rhythm in `x` (sampled every `dt` ms) from time `from` (ms, default 0) on; NaN frequency if
 * the spectrum has no peak (e.g. a constant signal).
 */
export function rhythmFrequency(x: ArrayLike<number>, dt: number, options: { from?: number; minFrequency?: number; segment?: number; cycles?: number } = {}): Rhythm {
  checkOptions("rhythmFrequency", options, ["from", "minFrequency", "segment", "cycles"]);
  if (!(dt > 0 && Number.isFinite(dt))) throw new RangeError(`invalid rhythmFrequency dt: ${dt} ms (expected > 0 ms)`);
  const { from = 0, minFrequency = 10, cycles = 8 } = options;
  const y = Array.prototype.slice.call(x, Math.max(0, Math.round(from / dt))) as number[];
  const seg = options.segment ?? Math.min(1 << Math.floor(Math.log2(y.length)), Math.max(64, 1 << Math.ceil(Math.log2(500 / dt))));
  const pk = spectralPeak(powerSpectrum(y, dt, { segment: seg }), { minFrequency });
  if (!(pk.frequency > 0)) return { frequency: NaN, period: NaN, peak: NaN, ratio: NaN };
  const guess = 1000 / pk.frequency;
  const n = Math.min(cycles, Math.floor((y.length * dt) / guess) - 1);
  const period = n >= 1 ? oscillationPeriod(y, dt, { guess, cycles: n }) : guess;
  return { frequency: 1000 / period, period, peak: pk.frequency, ratio: pk.ratio };
}

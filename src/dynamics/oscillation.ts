/**
 * Amplitude and frequency of a sustained oscillation in a sampled signal (a simulated limit cycle):
 * over the analysed part, the half peak-to-peak amplitude and the period as the mean interval between
 * successive upward crossings of the signal's mean (crossing times by linear interpolation, so the
 * period is accurate to O(dt²) for a smooth signal). A signal that never crosses its mean twice, or
 * whose amplitude is below `minAmplitude`, has no oscillation: frequency NaN.
 */
import { checkOptions } from "../params/options.js";
import { spread } from "../checks/spread.js";

/** What {@link oscillation} measures. */
export interface Oscillation {
  /** (max − min)/2 over the analysed part (signal units). */
  amplitude: number;
  /** Mean period (ms), NaN if none. */
  period: number;
  /** 1000/period (Hz), NaN if none. */
  frequency: number;
  /** Full cycles measured. */
  cycles: number;
  /** Standard deviation of the cycle periods (ms): near 0 for a limit cycle, large for noise. */
  periodSd: number;
}

/** The oscillation in x (sampled every dt ms) from time `from` ms on (default: the second half). */
export function oscillation(x: ArrayLike<number>, dt: number, options: { from?: number; minAmplitude?: number } = {}): Oscillation {
  checkOptions("oscillation", options, ["from", "minAmplitude"]);
  if (!(dt > 0 && Number.isFinite(dt))) throw new RangeError(`invalid oscillation dt: ${dt} (expected a positive sampling step in ms)`);
  const n = x.length;
  const { from = (n * dt) / 2, minAmplitude = 0 } = options;
  const start = Math.max(0, Math.min(n - 1, Math.round(from / dt)));
  if (n - start < 3) throw new RangeError(`invalid oscillation signal: ${n - start} samples after ${from} ms (expected at least 3)`);
  let mean = 0, lo = Infinity, hi = -Infinity;
  for (let i = start; i < n; i++) { const v = x[i]; mean += v; if (v < lo) lo = v; if (v > hi) hi = v; }
  mean /= n - start;
  const amplitude = (hi - lo) / 2;
  const ups: number[] = [];
  for (let i = start + 1; i < n; i++) {
    const a = x[i - 1] - mean, b = x[i] - mean;
    if (a < 0 && b >= 0) ups.push((i - 1 + a / (a - b)) * dt);
  }
  const none = { amplitude, period: NaN, frequency: NaN, cycles: 0, periodSd: NaN };
  if (ups.length < 2 || !(amplitude > minAmplitude)) return none;
  const periods = ups.slice(1).map((t, k) => t - ups[k]);
  const period = (ups[ups.length - 1] - ups[0]) / periods.length;
  return { amplitude, period, frequency: 1000 / period, cycles: periods.length, periodSd: spread(periods).sd };
}

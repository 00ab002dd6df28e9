/**
 * Severity of an activity episode (e.g. a withdrawal seizure) from a binned population rate, and the
 * trend of a severity over successive episodes. A peak rate alone is a poor severity measure: it
 * depends on the bin width, is set by one bin, and saturates near 1/t_ref; the excess spikes per cell
 * above a baseline, ∫ max(0, r − r_base) dt, and the time spent above a threshold are reported with it.
 */
import type { BinnedSeries } from "./plateau.js";
import { checkOptions } from "../params/options.js";

/** Result of {@link episodeSeverity}. */
export interface EpisodeSeverity {
  /** Largest bin rate (Hz). */
  peak: number;
  /** Excess spikes per cell above the baseline rate: Σ max(0, r − base) · bin. */
  excess: number;
  /** Time (ms) in bins whose rate exceeds the threshold. */
  above: number;
  /** Mean rate over the window (Hz). */
  mean: number;
}

/**
 * Severity of the episode in `series` restricted to [from, to) ms (default: all of it): `base` is the
 * baseline rate (Hz) for the excess spikes, `threshold` (Hz) the rate counted as "in the episode".
 * Throws a RangeError when the window holds no bin.
 */
export function episodeSeverity(series: BinnedSeries, options: { base: number; threshold: number; from?: number; to?: number }): EpisodeSeverity {
  checkOptions("episodeSeverity", options, ["base", "threshold", "from", "to"]);
  const { base, threshold, from = -Infinity, to = Infinity } = options;
  if (!(base >= 0)) throw new RangeError(`invalid base: ${base} (expected a baseline rate in Hz, ≥ 0)`);
  if (!(threshold >= 0)) throw new RangeError(`invalid threshold: ${threshold} (expected a rate in Hz, ≥ 0)`);
  let peak = -Infinity, excess = 0, above = 0, sum = 0, n = 0;
  for (let k = 0; k < series.t.length; k++) {
    if (series.t[k] < from || series.t[k] + series.bin > to + 1e-9 * series.bin) continue;
    const r = series.rate[k];
    peak = Math.max(peak, r);
    excess += (Math.max(0, r - base) * series.bin) / 1000;
    if (r > threshold) above += series.bin;
    sum += r;
    n++;
  }
  if (n === 0) throw new RangeError(`invalid window: [${from}, ${to}) ms holds no whole bin of ${series.bin} ms`);
  return { peak, excess, above, mean: sum / n };
}

/**
 * Least-squares slope of `values` against episode number 1, 2, … (units of the value per episode):
 * > 0 when episodes grow more severe. Throws a RangeError for fewer than two values.
 */
export function severityTrend(values: ArrayLike<number>): number {
  const n = values.length;
  if (n < 2) throw new RangeError(`invalid values: ${n} episode(s) (expected at least 2)`);
  let sx = 0, sy = 0, sxx = 0, sxy = 0;
  for (let k = 0; k < n; k++) { const x = k + 1; sx += x; sy += values[k]; sxx += x * x; sxy += x * values[k]; }
  return (n * sxy - sx * sy) / (n * sxx - sx * sx);
}

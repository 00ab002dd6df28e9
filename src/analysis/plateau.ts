/**
 * The plateau of a binned time series (e.g. a population rate from {@link populationRate}): the
 * mean over its last `last` ms with the spread over the bins, so a notebook reports "3.5 ± 0.4 Hz
 * (last 20 s, 1-s bins)" instead of one bin's value. Bins are correlated when the series has slow
 * fluctuations, so the sd over bins describes the fluctuation, not the error of the mean: for that,
 * compare plateaus over seeds.
 */
import { spread, type Spread } from "../checks/spread.js";

/** A binned series: bin start times (ms), values, and the bin width (ms). */
export interface BinnedSeries {
  t: ArrayLike<number>;
  rate: ArrayLike<number>;
  bin: number;
}

/** {@link Spread} over the bins of the plateau window, with the window [from, to) in ms. */
export interface Plateau extends Spread {
  from: number;
  to: number;
}

/**
 * Mean ± sample sd over the bins that lie wholly in the last `last` ms of `series` (ms, > 0; at least
 * two bins). `to` is the end of the last bin, `from` = to − last. Throws a RangeError when the series is
 * shorter than `last` or the window holds fewer than two bins.
 */
export function plateau(series: BinnedSeries, last: number): Plateau {
  const { t, rate, bin } = series;
  if (!(bin > 0)) throw new RangeError(`invalid series.bin: ${bin} (expected a bin width in ms, > 0)`);
  if (t.length !== rate.length) throw new RangeError(`invalid series: ${t.length} times for ${rate.length} values (expected equal lengths)`);
  if (!(last > 0)) throw new RangeError(`invalid last: ${last} (expected a window in ms, > 0)`);
  if (t.length === 0) throw new RangeError("invalid series: no bins (run the network first)");
  const to = t[t.length - 1] + bin;
  const from = to - last;
  if (from < t[0] - 1e-9 * bin) throw new RangeError(`invalid last: ${last} ms (expected at most the series length, ${to - t[0]} ms)`);
  const kept: number[] = [];
  for (let k = 0; k < t.length; k++) if (t[k] >= from - 1e-9 * bin) kept.push(rate[k]);
  if (kept.length < 2) throw new RangeError(`invalid last: ${last} ms holds ${kept.length} bin of ${bin} ms (expected at least 2)`);
  return { ...spread(kept), from, to };
}

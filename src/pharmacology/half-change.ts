/**
 * When a response to a drug is half-way: the latency after `onset` at which a time series first
 * crosses the midpoint between its baseline and its plateau,
 *
 *   level = (mean of x over [baseline) + mean of x over [plateau)) / 2,
 *   latency = first t ≥ onset with x(t) on the plateau's side of level − onset
 *
 * (linear interpolation between the two samples that bracket the crossing). Used to ask whether
 * pyramidal cells change after interneurons under an NMDA blocker (Homayoun & Moghaddam 2007,
 * J Neurosci 27:11496: the pyramidal increase lagged the interneuron decrease).
 *
 * Noise: the first crossing of a noisy series comes early; smooth or average over seeds first, and
 * compare the latency with the bin width. Units: t and windows in ms (latency in ms), x in any unit.
 */
import { levelCrossing } from "../analysis/coincidence.js";

/** Options of {@link halfChange}. */
export interface HalfChangeOptions {
  /** Time the drug is given (ms). */
  onset: number;
  /** Window [from, to) (ms) whose mean is the baseline level. */
  baseline: readonly [number, number];
  /** Window [from, to) (ms) whose mean is the level under the drug. */
  plateau: readonly [number, number];
}

/** Result of {@link halfChange}. */
export interface HalfChange {
  /** Mean over the baseline window. */
  before: number;
  /** Mean over the plateau window. */
  after: number;
  /** The midpoint (before + after)/2. */
  level: number;
  /** Time after onset (ms) of the first crossing of level; Infinity if it never crosses before the plateau ends. */
  latency: number;
}

function windowMean(t: ArrayLike<number>, x: ArrayLike<number>, [a, b]: readonly [number, number], name: string): number {
  let s = 0, n = 0;
  for (let k = 0; k < t.length; k++) if (t[k] >= a && t[k] < b) { s += x[k]; n++; }
  if (n === 0) throw new RangeError(`invalid halfChange ${name}: [${a}, ${b}) ms holds no sample (expected a window inside the series, ${t[0]}–${t[t.length - 1]} ms)`);
  return s / n;
}

/**
 * The half-change latency of the series (t, x) (see the module comment).
 * @throws RangeError for series of different lengths, fewer than 2 samples, or windows without samples.
 * @example halfChange(series.t, series.rate, { onset: 500, baseline: [100, 500], plateau: [1000, 1500] }).latency
 */
export function halfChange(t: ArrayLike<number>, x: ArrayLike<number>, options: HalfChangeOptions): HalfChange {
  if (t.length !== x.length || t.length < 2) throw new RangeError(`invalid halfChange series: ${t.length} times and ${x.length} values (expected equal lengths, at least 2)`);
  const { onset, baseline, plateau } = options;
  if (!Number.isFinite(onset)) throw new RangeError(`invalid halfChange onset: ${onset} (expected a time in ms)`);
  const before = windowMean(t, x, baseline, "baseline");
  const after = windowMean(t, x, plateau, "plateau");
  const level = (before + after) / 2;
  const ts: number[] = [], xs: number[] = [];
  for (let k = 0; k < t.length; k++) if (t[k] >= onset && t[k] < plateau[1]) { ts.push(t[k]); xs.push(x[k]); }
  if (ts.length < 2 || before === after) return { before, after, level, latency: Infinity };
  // start from the baseline side so a first sample already past the level counts as a crossing at once
  const cross = levelCrossing([onset - 1e-9, ...ts], [before, ...xs], level);
  return { before, after, level, latency: Math.max(0, cross - onset) };
}
